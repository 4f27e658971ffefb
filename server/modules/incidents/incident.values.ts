import type { Db } from '../../db/database.js';
import { lastDayOf, partialDateColumns } from '../../http/common.schema.js';
import { AppError } from '../../http/errors.js';
import { type CodeUse, unknownReferences } from '../../http/references.js';
import { findPlaces } from '../places/place.repo.js';
import { findSeries } from '../series/series.repo.js';
import type { IncidentDateInput, IncidentInput } from './incident.schema.js';

/** The date columns for a date of any precision; `date_last` is the last day it may cover. */
export function dateColumns(date: IncidentDateInput | null) {
  if (!date) return { date_start: null, date_precision: 'unknown' as const, date_end: null, date_last: null };
  const { day, precision } = partialDateColumns(date.start) as {
    day: string;
    precision: 'day' | 'month' | 'year';
  };
  return {
    date_start: day,
    date_precision: precision,
    date_end: date.end,
    date_last: date.end ?? lastDayOf(day, precision),
  };
}

/**
 * Checks every code and place the document names, and returns the region to store (taken from
 * the city when only the city is given). Every problem is reported at its path in one answer.
 */
export async function checkIncidentReferences(
  trx: Db,
  input: IncidentInput,
): Promise<{ region: string | null }> {
  const vocabulary: Record<string, CodeUse[]> = {
    typology: input.violations.map((v, i) => ({ path: `violations.${i}.typeCode`, code: v.typeCode })),
    source_type: input.sources.map((s, i) => ({ path: `sources.${i}.type`, code: s.type })),
    place_type: input.place.type ? [{ path: 'place.type', code: input.place.type }] : [],
  };
  const details = await unknownReferences(trx, {
    vocabulary,
    countries: [{ path: 'place.country', code: input.place.country }],
  });
  const { region, city } = input.place;
  const places = new Map(
    (
      await findPlaces(
        trx,
        [region, city].filter((c): c is string => c !== null),
      )
    ).map((p) => [p.code, p]),
  );
  const regionRow = region ? places.get(region) : undefined;
  if (region && (regionRow?.kind !== 'region' || regionRow.country !== input.place.country)) {
    details.push({ path: 'place.region', code: 'unknown_code' });
  }
  const cityRow = city ? places.get(city) : undefined;
  if (city && (cityRow?.kind !== 'city' || cityRow.country !== input.place.country)) {
    details.push({ path: 'place.city', code: 'unknown_code' });
  } else if (cityRow && region && cityRow.parent_code !== region) {
    details.push({ path: 'place.city', code: 'not_in_region', message: `${city} is not in ${region}` });
  }
  if (input.seriesId) {
    const series = await findSeries(trx, input.seriesId);
    if (!series) details.push({ path: 'seriesId', code: 'unknown_id' });
  }
  if (details.length > 0)
    throw new AppError('unknown_code', 'The incident names places that do not exist or do not fit', details);
  return { region: region ?? cityRow?.parent_code ?? null };
}
