import type { LocalizedText } from '../../../shared/languages.js';
import type { IndicatorRow, PublishedFigureRow } from '../../db/schema.js';

/** Country indicators are public context: one presenter for every audience. */
export function presentIndicator(row: IndicatorRow) {
  return {
    id: row.id,
    country: row.country,
    indicator: row.indicator,
    year: row.year,
    rank: row.rank,
    outOf: row.out_of,
    score: row.score === null ? null : Number(row.score),
    zone: row.zone,
    source: row.source,
    sourceExcerpt: row.source_excerpt,
    version: row.version,
  };
}

/** Figures other organisations published are public context: one presenter for every audience. */
export function presentFigure(row: PublishedFigureRow) {
  return {
    id: row.id,
    organisation: row.organisation,
    country: row.country,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    category: row.category as LocalizedText,
    typeCodes: row.type_codes,
    count: row.count,
    publishedOn: row.published_on,
    source: row.source,
    sourceExcerpt: row.source_excerpt,
    version: row.version,
  };
}
