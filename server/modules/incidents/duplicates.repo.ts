import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { IncidentRow } from '../../db/schema.js';

/** Incidents dated within `days` of this one with an overlapping typology: do they share a victim or an outlet? */
export async function closeIncidents(db: Db, row: IncidentRow, days: number) {
  const close = await sql<{ id: string; same_victim: boolean; same_outlet: boolean }>`
    WITH mine AS (SELECT victim_id FROM violations WHERE incident_id = ${row.id} AND victim_id IS NOT NULL),
         my_outlets AS (SELECT outlet_id FROM person_outlets WHERE person_id IN (SELECT victim_id FROM mine))
    SELECT c.id,
      EXISTS (SELECT 1 FROM violations v WHERE v.incident_id = c.id AND v.victim_id IN (SELECT victim_id FROM mine)) AS same_victim,
      EXISTS (SELECT 1 FROM violations v JOIN person_outlets po ON po.person_id = v.victim_id
              WHERE v.incident_id = c.id AND po.outlet_id IN (SELECT outlet_id FROM my_outlets)) AS same_outlet
    FROM incidents c
    WHERE c.id <> ${row.id} AND c.verification NOT IN ('merged', 'rejected')
      AND c.date_start <= ${row.date_last ?? row.date_start}::date + ${days}::int
      AND c.date_last >= ${row.date_start}::date - ${days}::int
      AND c.type_groups && ${sql.val(row.type_groups)}::text[]`.execute(db);
  return close.rows;
}

/** Up to 30 texts sharing any of the telling words (a tsquery), best ranked first. */
export async function similarTexts(db: Db, id: string, query: string) {
  const texts = await sql<{ id: string; title: unknown; description: unknown }>`
    SELECT id, title, description FROM incidents
    WHERE id <> ${id} AND verification NOT IN ('merged', 'rejected')
      AND search_all @@ to_tsquery('simple', ${query})
    ORDER BY ts_rank(search_all, to_tsquery('simple', ${query})) DESC
    LIMIT 30`.execute(db);
  return texts.rows;
}

/** What a duplicate candidate shows. */
export function candidateRows(db: Db, ids: string[]) {
  return db
    .selectFrom('incidents')
    .select([
      'id',
      'reference',
      'title',
      'description',
      'date_start',
      'verification',
      'visibility',
      'created_by',
    ])
    .where('id', 'in', ids)
    .execute();
}

/** The names (in every spelling) of the victims of each incident, to compare across scripts. */
export function victimNamesOf(db: Db, incidentIds: string[]) {
  if (incidentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('violations')
    .innerJoin('people', 'people.id', 'violations.victim_id')
    .select(['violations.incident_id', 'people.name', 'people.names', 'people.aliases'])
    .where('violations.incident_id', 'in', incidentIds)
    .distinct()
    .execute();
}
