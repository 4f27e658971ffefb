import type { Db } from '../../db/database.js';

/** Series link a wave of incidents (e.g. attacks on independent journalists since 2022). */
export function insertSeries(db: Db, values: { code: string; title: string; description: string }) {
  return db.insertInto('series').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findSeriesByCode(db: Db, code: string) {
  return db.selectFrom('series').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findSeries(db: Db, id: string) {
  return db.selectFrom('series').select('id').where('id', '=', id).executeTakeFirst();
}
