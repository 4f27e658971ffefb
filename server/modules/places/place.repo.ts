import type { Db } from '../../db/database.js';
import type { PlaceKind } from './place.schema.js';

export function findPlace(db: Db, code: string) {
  return db.selectFrom('places').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Places by any of the filters, country first, then regions and cities by code. */
export function listPlaces(db: Db, filter: { country?: string; kind?: PlaceKind; parent?: string }) {
  let query = db.selectFrom('places').selectAll();
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.parent) query = query.where('parent_code', '=', filter.parent);
  return query.orderBy('country').orderBy('kind').orderBy('code').execute();
}

/** The places among `codes`, for checking an incident's location in one query. */
export function findPlaces(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('places').selectAll().where('code', 'in', codes).execute();
}

export interface PlaceValues {
  kind: PlaceKind;
  country: string;
  parent_code: string | null;
  names: string;
  aliases: string[];
  lat: number | null;
  lon: number | null;
}

export function insertPlace(db: Db, code: string, values: PlaceValues) {
  return db
    .insertInto('places')
    .values({ code, ...values })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updatePlace(db: Db, code: string, version: number, values: PlaceValues) {
  return db
    .updateTable('places')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('code', '=', code)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Every place's names, for the portal's label cache. */
export function allPlaceNames(db: Db) {
  return db.selectFrom('places').select(['code', 'names']).execute();
}
