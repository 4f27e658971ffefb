import { z } from 'zod';
import { placeNamedIn, regionAndCity } from '../../../../shared/gazetteer/match.js';
import { country } from './country.js';
import { accept, quoted, refuse, type Transformed } from './result.js';

export const PlaceOptions = z.strictObject({});
export type PlaceOptions = z.infer<typeof PlaceOptions>;

/** A place of the gazetteer: its country and, when named, its region and city codes ('' if not). */
export interface PlaceCodes {
  country: string;
  region: string;
  city: string;
}

/**
 * A place name in any script, with or without a case ending ("Алматыда", "в Шымкенте"), to the
 * shipped gazetteer's codes. A cell naming only a country gives the country alone, so the import
 * can add a place of its own for it; anything else unknown is refused.
 */
export function place(value: string, _options: PlaceOptions): Transformed<PlaceCodes> {
  if (value.trim() === '') return refuse('value_empty', 'the cell is empty');
  const found = placeNamedIn(value);
  if (found) return accept({ country: found.country, ...regionAndCity(found) });
  const asCountry = country(value, {});
  if (asCountry.ok) return accept({ country: asCountry.value, region: '', city: '' });
  return refuse('place_unknown', `${quoted(value)} names no region or city of the gazetteer`);
}
