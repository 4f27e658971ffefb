import type { Language } from '../../shared/languages.js';
import type { Db } from '../db/database.js';
import { PUBLIC } from '../http/auth.js';
import type { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../modules/incidents/incident-list.service.js';
import type { IncidentItem } from '../views/incidents/summary.js';
import { pickText } from './labels.js';

/** How many incidents one download holds; the API pages through any number. */
export const EXPORT_LIMIT = 10_000;

/** Every public incident the filters select, page by page, up to the export limit. */
export async function exportItems(
  db: Db,
  query: IncidentQuery,
  stalledAfterDays: number,
): Promise<IncidentItem[]> {
  const items: IncidentItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await listIncidents(
      db,
      { ...query, limit: 200, facets: false, cursor },
      PUBLIC,
      stalledAfterDays,
    );
    items.push(...(page.items as IncidentItem[]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < EXPORT_LIMIT);
  return items.slice(0, EXPORT_LIMIT);
}

// A cell a spreadsheet would run as a formula is prefixed with an apostrophe, so it stays text.
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV for spreadsheets: UTF-8 with a byte-order mark, CRLF line ends, one incident a row. */
export function toCsv(items: IncidentItem[], lang: Language, origin: string): string {
  const header = [
    'reference',
    'date',
    'date_precision',
    'country',
    'region',
    'city',
    'title',
    'type_codes',
    'accountability',
    'url',
  ];
  const rows = items.map((i) => [
    i.reference,
    i.date?.start ?? null,
    i.date?.precision ?? null,
    i.place.country,
    i.place.region,
    i.place.city,
    pickText(i.title, lang, 'en').text,
    i.typeCodes.join(' '),
    i.accountability.status,
    `${origin}/${lang}/incidents/${i.reference}`,
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
