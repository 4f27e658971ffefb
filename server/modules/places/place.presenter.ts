import type { Labels } from '../../../shared/languages.js';
import type { PlaceRow } from '../../db/schema.js';

/** The gazetteer is public reference data: one presenter serves every audience. */
export function presentPlace(row: PlaceRow) {
  return {
    code: row.code,
    kind: row.kind,
    country: row.country,
    parent: row.parent_code,
    names: row.names as Labels,
    aliases: row.aliases,
    lat: row.lat,
    lon: row.lon,
    version: row.version,
  };
}
