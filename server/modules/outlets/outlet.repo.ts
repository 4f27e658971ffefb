import type { Db } from '../../db/database.js';
import { type IncidentAudience, seenThroughIncidents } from '../incidents/incident-scope.repo.js';

/** One outlet; with an audience, only if it belongs to an incident it may see (or to none). */
export function findOutlet(db: Db, id: string, audience?: IncidentAudience) {
  let query = db.selectFrom('outlets').selectAll().where('id', '=', id);
  const seen = audience && seenThroughIncidents('outlet', audience);
  if (seen) query = query.where(seen);
  return query.executeTakeFirst();
}

export function findOutlets(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('outlets').selectAll().where('id', 'in', ids).execute();
}

/** Outlets by name; the list of outlets is small, so a scan is fine. */
export function listOutlets(db: Db, nameLike: string | undefined, audience: IncidentAudience) {
  let query = db.selectFrom('outlets').selectAll();
  const seen = seenThroughIncidents('outlet', audience);
  if (seen) query = query.where(seen);
  if (nameLike) {
    const pattern = `%${nameLike.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('name', 'ilike', pattern),
        eb(eb.fn<string>('array_to_string', ['aliases', eb.val(' ')]), 'ilike', pattern),
      ]),
    );
  }
  return query.orderBy('name').limit(500).execute();
}

export interface OutletValues {
  name: string;
  names: string;
  aliases: string[];
  outlet_type: string;
  independence: 'independent' | 'state' | 'private_affiliated' | 'unknown';
  country: string | null;
  url: string | null;
}

export function insertOutlet(db: Db, values: OutletValues) {
  return db.insertInto('outlets').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateOutlet(db: Db, id: string, version: number, values: OutletValues) {
  return db
    .updateTable('outlets')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function deleteOutlet(db: Db, id: string, version: number) {
  return db
    .deleteFrom('outlets')
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}
