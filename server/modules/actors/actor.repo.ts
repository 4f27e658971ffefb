import type { Db } from '../../db/database.js';
import { type IncidentAudience, seenThroughIncidents } from '../incidents/incident-scope.repo.js';

/** One actor; with an audience, only if it is involved in an incident it may see (or in none). */
export function findActor(db: Db, id: string, audience?: IncidentAudience) {
  let query = db.selectFrom('actors').selectAll().where('id', '=', id);
  const seen = audience && seenThroughIncidents('actor', audience);
  if (seen) query = query.where(seen);
  return query.executeTakeFirst();
}

export function findActors(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('actors').selectAll().where('id', 'in', ids).execute();
}

export function listActors(db: Db, audience: IncidentAudience) {
  let query = db.selectFrom('actors').selectAll();
  const seen = seenThroughIncidents('actor', audience);
  if (seen) query = query.where(seen);
  return query.orderBy('actor_type').orderBy('name').limit(1000).execute();
}

export interface ActorValues {
  actor_type: string;
  name: string | null;
  names: string;
  level: 'national' | 'regional' | 'local' | null;
  person_id: string | null;
  notes: string | null;
}

export function insertActor(db: Db, values: ActorValues) {
  return db.insertInto('actors').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateActor(db: Db, id: string, version: number, values: ActorValues) {
  return db
    .updateTable('actors')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}
