import type { Db } from '../../db/database.js';

export function findActor(db: Db, id: string) {
  return db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findActors(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('actors').selectAll().where('id', 'in', ids).execute();
}

export function listActors(db: Db) {
  return db.selectFrom('actors').selectAll().orderBy('actor_type').orderBy('name').limit(1000).execute();
}

export interface ActorValues {
  actor_type: string;
  name: string | null;
  names: string;
  level: 'national' | 'regional' | 'local' | null;
  person_id: string | null;
  name_public: boolean;
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
