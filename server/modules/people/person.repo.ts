import { sql } from 'kysely';
import { searchDocument } from '../../../shared/text/transliterate.js';
import type { Db } from '../../db/database.js';
import {
  type IncidentAudience,
  publicIncident,
  seenThroughIncidents,
} from '../incidents/incident-scope.repo.js';

/** One person; with an audience, only if they belong to an incident it may see (or to none). */
export function findPerson(db: Db, id: string, audience?: IncidentAudience) {
  let query = db.selectFrom('people').selectAll().where('id', '=', id);
  const seen = audience && seenThroughIncidents('person', audience);
  if (seen) query = query.where(seen);
  return query.executeTakeFirst();
}

/** People by id; with an audience, only those it may see. */
export function findPeople(db: Db, ids: string[], audience?: IncidentAudience) {
  if (ids.length === 0) return Promise.resolve([]);
  let query = db.selectFrom('people').selectAll().where('id', 'in', ids);
  const seen = audience && seenThroughIncidents('person', audience);
  if (seen) query = query.where(seen);
  return query.execute();
}

/** The outlet links of each of the people, by person id. */
export async function outletIdsOf(db: Db, personIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return map;
  const rows = await db
    .selectFrom('person_outlets')
    .select(['person_id', 'outlet_id'])
    .where('person_id', 'in', personIds)
    .orderBy('outlet_id')
    .execute();
  for (const row of rows) map.get(row.person_id)?.push(row.outlet_id);
  return map;
}

/**
 * People whose name, in any script or transliteration, contains every word of `query`.
 * The people table holds thousands, not millions, of rows: the folding runs in memory.
 */
export async function searchPeople(db: Db, query: string | undefined, audience: IncidentAudience) {
  let select = db.selectFrom('people').selectAll();
  const seen = seenThroughIncidents('person', audience);
  if (seen) select = select.where(seen);
  const rows = await select.orderBy('name').execute();
  if (!query) return rows.slice(0, 500);
  const wanted = searchDocument([query]).split(' ');
  return rows
    .filter((row) => {
      const keys = searchDocument([row.name, ...Object.values(row.names as object), ...row.aliases]).split(
        ' ',
      );
      return wanted.every((w) => keys.some((k) => k.startsWith(w)));
    })
    .slice(0, 500);
}

export interface PersonValues {
  name: string;
  names: string;
  aliases: string[];
  roles: string[];
  gender: 'female' | 'male' | 'other' | 'unknown';
  consent_to_name: boolean;
  notes: string | null;
}

export function insertPerson(db: Db, values: PersonValues) {
  return db.insertInto('people').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updatePerson(db: Db, id: string, version: number, values: PersonValues) {
  return db
    .updateTable('people')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function deletePerson(db: Db, id: string, version: number) {
  return db
    .deleteFrom('people')
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Removes a person merged into another, once every link has moved to the one kept. */
export async function removeMergedPerson(db: Db, id: string): Promise<void> {
  await db.deleteFrom('people').where('id', '=', id).execute();
}

/** Replaces a person's outlet links. */
export async function setOutlets(db: Db, personId: string, outletIds: string[]): Promise<void> {
  await db.deleteFrom('person_outlets').where('person_id', '=', personId).execute();
  if (outletIds.length === 0) return;
  await db
    .insertInto('person_outlets')
    .values([...new Set(outletIds)].map((outlet_id) => ({ person_id: personId, outlet_id })))
    .execute();
}

/** Whether the person is a victim in at least one incident the public can see. */
export async function appearsPublicly(db: Db, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('violations')
    .innerJoin('incidents', 'incidents.id', 'violations.incident_id')
    .select(sql<number>`1`.as('one'))
    .where('violations.victim_id', '=', personId)
    .where(publicIncident())
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The most recently recorded names the audience may see (the editor's suggestions while typing). */
export function recentNames(db: Db, audience: IncidentAudience, limit: number) {
  let query = db.selectFrom('people').select('name');
  const seen = seenThroughIncidents('person', audience);
  if (seen) query = query.where(seen);
  return query.orderBy('created_at', 'desc').limit(limit).execute();
}

/** Up to ten people the audience may see whose name (any case) or one alias is exactly `typed`. */
export function peopleNamed(db: Db, typed: string, audience: IncidentAudience) {
  let query = db
    .selectFrom('people')
    .select(['id', 'name', 'aliases'])
    .where((eb) =>
      eb.or([
        eb(sql`lower(name)`, '=', typed.toLowerCase()),
        eb(sql.val(typed), '=', sql<string>`ANY(aliases)`),
      ]),
    );
  const seen = seenThroughIncidents('person', audience);
  if (seen) query = query.where(seen);
  return query.limit(10).execute();
}
