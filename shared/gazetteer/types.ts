import type { Labels } from '../languages.js';

export type PlaceKind = 'country' | 'region' | 'city';

/** One place of the gazetteer as shipped. Codes are stable; never reuse or rename one. */
export interface PlaceSeed {
  /** e.g. 'KZ' (country), 'KZ-ALA' (region or city of republican significance), 'KZ-ALA-almaty'. */
  code: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** The code of the containing place: the country for a region, the region for a city. */
  parent: string | null;
  names: Labels;
  /** Other spellings people write (old names, alternative transliterations), any script. */
  aliases: string[];
  lat: number;
  lon: number;
}
