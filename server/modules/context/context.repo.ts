import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';

/** Indicators by country and year, newest first. */
export function listIndicators(db: Db, country?: string) {
  let query = db.selectFrom('indicators').selectAll();
  if (country) query = query.where('country', '=', country);
  return query.orderBy('country').orderBy('indicator').orderBy('year', 'desc').execute();
}

/** Published figures by country and period, newest first. */
export function listFigures(db: Db, country?: string) {
  let query = db.selectFrom('published_figures').selectAll();
  if (country) query = query.where('country', '=', country);
  return query.orderBy('period_end', 'desc').orderBy('organisation').orderBy('count', 'desc').execute();
}

export function findIndicator(db: Db, id: string) {
  return db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findFigure(db: Db, id: string) {
  return db.selectFrom('published_figures').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertIndicator(db: Db, values: Insertable<Database['indicators']>) {
  return db.insertInto('indicators').values(values).returningAll().executeTakeFirstOrThrow();
}

export function insertFigure(db: Db, values: Insertable<Database['published_figures']>) {
  return db.insertInto('published_figures').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateIndicator(
  db: Db,
  id: string,
  version: number,
  values: Insertable<Database['indicators']>,
) {
  return db
    .updateTable('indicators')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function updateFigure(
  db: Db,
  id: string,
  version: number,
  values: Insertable<Database['published_figures']>,
) {
  return db
    .updateTable('published_figures')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}
