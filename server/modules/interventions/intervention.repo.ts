import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import {
  type IncidentAudience,
  seenThroughIncidents,
  visibleIncident,
} from '../incidents/incident-scope.repo.js';

/** One intervention as the audience may see it (null: the system, which sees every one). */
export function findIntervention(db: Db, id: string, audience: IncidentAudience | null) {
  let query = db.selectFrom('interventions').selectAll().where('id', '=', id);
  if (audience?.publicOnly) query = query.where('visibility', '=', 'public');
  const seen = audience && seenThroughIncidents('intervention', audience);
  if (seen) query = query.where(seen);
  return query.executeTakeFirst();
}

/** Interventions newest first; `overdue`: no reply yet and the deadline has passed. */
export function listInterventions(
  db: Db,
  f: {
    incidentId?: string | undefined;
    kind?: string | undefined;
    overdue?: boolean;
    audience: IncidentAudience;
  },
) {
  let query = db.selectFrom('interventions').selectAll();
  if (f.audience.publicOnly) query = query.where('visibility', '=', 'public');
  const seen = seenThroughIncidents('intervention', f.audience);
  if (seen) query = query.where(seen);
  if (f.kind) query = query.where('kind', '=', f.kind as never);
  if (f.overdue)
    query = query.where('reply_status', '=', 'none_yet').where(sql<boolean>`deadline < current_date`);
  if (f.incidentId) {
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('intervention_incidents')
        .select('intervention_id')
        .where('incident_id', '=', f.incidentId as string),
    );
  }
  return query.orderBy(sql`issued_on DESC NULLS LAST`).orderBy('id').limit(500).execute();
}

/** The incidents each intervention is about, only those the audience may see (null: every one). */
export async function incidentIdsOf(
  db: Db,
  interventionIds: string[],
  audience: IncidentAudience | null,
): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(interventionIds.map((id) => [id, []]));
  if (interventionIds.length === 0) return map;
  let query = db
    .selectFrom('intervention_incidents')
    .innerJoin('incidents', 'incidents.id', 'intervention_incidents.incident_id')
    .select(['intervention_incidents.intervention_id', 'intervention_incidents.incident_id'])
    .where('intervention_incidents.intervention_id', 'in', interventionIds);
  const visible = audience && visibleIncident(audience);
  if (visible) query = query.where(visible);
  for (const row of await query.orderBy('intervention_incidents.incident_id').execute()) {
    map.get(row.intervention_id)?.push(row.incident_id);
  }
  return map;
}

export function insertIntervention(db: Db, values: Insertable<Database['interventions']>) {
  return db.insertInto('interventions').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateIntervention(
  db: Db,
  id: string,
  version: number,
  values: Insertable<Database['interventions']>,
) {
  return db
    .updateTable('interventions')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Replaces the incidents an intervention is linked to. */
export async function setIncidents(db: Db, interventionId: string, incidentIds: string[]): Promise<void> {
  await db.deleteFrom('intervention_incidents').where('intervention_id', '=', interventionId).execute();
  if (incidentIds.length === 0) return;
  await db
    .insertInto('intervention_incidents')
    .values(
      [...new Set(incidentIds)].map((incident_id) => ({ intervention_id: interventionId, incident_id })),
    )
    .execute();
}

/** The ids among `ids` that are incidents. */
export async function existingIncidentIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('incidents').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
