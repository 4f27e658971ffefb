import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { applyFilter } from './incident-list.repo.js';
import type { ConfidentialReader } from './incident-scope.repo.js';

/** How the incidents are reached: a victim, an outlet's people, the subject of a case, or a list. */
export type IncidentLink =
  | { victimId: string }
  | { outletId: string }
  | { subjectId: string }
  | { ids: string[] }
  | { references: string[] };

/**
 * The incidents linked to a person, an outlet or an intervention, newest first, as an internal
 * reader sees them: confidential ones only when the reader may (the list's own rule, so the
 * two cannot drift apart).
 */
export function linkedIncidents(db: Db, link: IncidentLink, reader: ConfidentialReader, limit = 500) {
  let query = applyFilter(
    db
      .selectFrom('incidents')
      .select([
        'id',
        'reference',
        'title',
        'date_start',
        'date_precision',
        'date_end',
        'verification',
        'visibility',
      ]),
    { publicOnly: false, stalledAfterDays: 0, confidential: reader },
  );
  if ('victimId' in link) {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('violations').select('incident_id').where('victim_id', '=', link.victimId),
    );
  } else if ('outletId' in link) {
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('violations')
        .innerJoin('person_outlets', 'person_outlets.person_id', 'violations.victim_id')
        .select('violations.incident_id')
        .where('person_outlets.outlet_id', '=', link.outletId),
    );
  } else if ('subjectId' in link) {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('proceedings').select('incident_id').where('subject_id', '=', link.subjectId),
    );
  } else if ('ids' in link) {
    if (link.ids.length === 0) return Promise.resolve([]);
    query = query.where('id', 'in', link.ids);
  } else {
    if (link.references.length === 0) return Promise.resolve([]);
    query = query.where('reference', 'in', link.references);
  }
  return query.orderBy(sql`date_start DESC NULLS LAST`).orderBy('reference').limit(limit).execute();
}

export type LinkedIncidentRow = Awaited<ReturnType<typeof linkedIncidents>>[number];
