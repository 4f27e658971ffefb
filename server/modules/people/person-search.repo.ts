import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import {
  type IncidentAudience,
  seenThroughIncidents,
  visibleIncident,
} from '../incidents/incident-scope.repo.js';

/**
 * Every person the audience may see, with the names a search folds (thousands of rows, not
 * millions: the cross-script folding runs in memory, as the people list's search does).
 */
export function scopedNames(db: Db, audience: IncidentAudience) {
  let query = db.selectFrom('people').select(['id', 'name', 'names', 'aliases', 'roles']);
  const seen = seenThroughIncidents('person', audience);
  if (seen) query = query.where(seen);
  return query.orderBy('name').execute();
}

/** The outlets of each person that the audience may see, by name. */
export async function outletNamesOf(db: Db, personIds: string[], audience: IncidentAudience) {
  if (personIds.length === 0) return [];
  let query = db
    .selectFrom('person_outlets')
    .innerJoin('outlets', 'outlets.id', 'person_outlets.outlet_id')
    .select(['person_outlets.person_id', 'outlets.id', 'outlets.name', 'outlets.names'])
    .where('person_outlets.person_id', 'in', personIds);
  const seen = seenThroughIncidents('outlet', audience);
  if (seen) query = query.where(seen);
  return query.orderBy('outlets.name').execute();
}

/**
 * The latest incident each person is a victim in, among those the audience may see: an incident
 * hidden from the reader never lends its date or title to the candidate shown to them.
 */
export async function lastIncidentsOf(db: Db, personIds: string[], audience: IncidentAudience) {
  if (personIds.length === 0) return [];
  const visible = visibleIncident(audience, 'i');
  const rows = await sql<{ person_id: string; reference: string; date_start: string | null; title: unknown }>`
    SELECT DISTINCT ON (v.victim_id) v.victim_id AS person_id, i.reference, i.date_start::text AS date_start, i.title
    FROM violations v JOIN incidents i ON i.id = v.incident_id
    WHERE v.victim_id IN (${sql.join(personIds)})
      AND i.verification NOT IN ('merged', 'rejected')
      AND ${visible ?? sql`true`}
    ORDER BY v.victim_id, i.date_start DESC NULLS LAST, i.created_at DESC`.execute(db);
  return rows.rows;
}
