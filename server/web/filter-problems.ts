import { type MessageKey, t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';
import { AppError, type ErrorDetail } from '../http/errors.js';
import { parseParams } from '../http/validate.js';
import { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import type { LabelLookup } from '../views/incidents/summary.js';

/** One refused filter: the parameter, its label and the reason, in the reader's language. */
export interface FilterProblem {
  field: string;
  label: string;
  reason: string;
}

/** The label each filter has on the page; the ones not on the form are named for the summary. */
const LABELS: Record<string, MessageKey> = {
  q: 'list.search',
  from: 'list.from',
  to: 'list.to',
  group: 'list.group',
  type: 'pp.filter.type',
  region: 'list.region',
  city: 'pp.filter.city',
  country: 'pp.filter.country',
  victimRole: 'list.victimRole',
  accountability: 'list.accountability',
  actorType: 'list.actorType',
  involvementRole: 'pp.filter.involvementRole',
  openForDays: 'pp.filter.openForDays',
  sort: 'list.sort',
  limit: 'pp.filter.limit',
  cursor: 'pp.filter.page',
};

// The limits IncidentQuery sets, for a reason that names them.
const MAX_SEARCH = 200;
const MAX_VALUES = 50;
const NUMBER_RANGE: Record<string, [number, number]> = { limit: [1, 200], openForDays: [0, 36500] };

/** "30 February 2024" for a date that cannot exist; null when the text is not even shaped like one. */
function impossibleDate(lang: Language, typed: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typed);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const locale = lang === 'kk' ? 'kk-KZ' : lang;
  const parts = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(year, month - 1, 1)));
  return parts.map((p) => (p.type === 'day' ? String(day) : p.value)).join('');
}

function reasonFor(lang: Language, detail: ErrorDetail, typed: string[]): string {
  const field = detail.path.split('.')[0] ?? '';
  const value = typed[Number(detail.path.split('.')[1] ?? 0)] ?? typed[0] ?? '';
  switch (detail.code) {
    case 'invalid_date': {
      const date = impossibleDate(lang, value);
      return date ? t(lang, 'pp.filter.noSuchDate', { date }) : t(lang, 'pp.filter.dateForm');
    }
    case 'end_before_start':
      return t(lang, 'pp.filter.endBeforeStart');
    case 'invalid_cursor':
      return t(lang, 'pp.filter.staleCursor');
    case 'unknown_field':
    case 'not_allowed':
      return t(lang, 'pp.filter.unknownFilter');
    case 'invalid_value':
    case 'invalid_format':
    case 'invalid_union':
      return t(lang, 'pp.filter.noSuchOption', { value: value.slice(0, 60) });
    case 'too_small':
      if (field === 'q') return t(lang, 'pp.filter.tooShort', { min: 1 });
      break;
    case 'too_big':
      if (field === 'q') return t(lang, 'pp.filter.tooLong', { max: MAX_SEARCH });
      if (!NUMBER_RANGE[field]) return t(lang, 'pp.filter.tooMany', { max: MAX_VALUES });
      break;
  }
  const range = NUMBER_RANGE[field];
  if (range) {
    return /^-?\d+$/.test(value)
      ? t(lang, 'pp.filter.between', { min: range[0], max: range[1] })
      : t(lang, 'pp.filter.wholeNumber');
  }
  return t(lang, 'pp.filter.invalid');
}

/** The details of a refused query as problems a reader can act on, one per field. */
export function filterProblems(
  lang: Language,
  params: URLSearchParams,
  details: ErrorDetail[],
): FilterProblem[] {
  const seen = new Map<string, FilterProblem>();
  for (const detail of details) {
    const field = detail.path.split('.')[0] || 'q';
    if (seen.has(field)) continue;
    const key = LABELS[field];
    seen.set(field, {
      field,
      label: key ? t(lang, key) : t(lang, 'pp.filter.other', { name: field.slice(0, 40) }),
      reason: reasonFor(lang, detail, params.getAll(field)),
    });
  }
  return [...seen.values()];
}

// Filters whose values name a place or a term: a code that names nothing would silently match nothing.
const NAMED: [keyof IncidentQuery, (code: string) => string | null][] = [
  ['region', () => null],
  ['city', () => null],
  ['type', (code) => `typology/${code}`],
  ['victimRole', (code) => `victim_role/${code}`],
  ['actorType', (code) => `actor_type/${code}`],
];

/** The values of a well-formed query that name no place or term the portal knows. */
function unknownValues(query: IncidentQuery, known: LabelLookup): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const [field, termKey] of NAMED) {
    const values = (query[field] ?? []) as string[];
    values.forEach((code, i) => {
      const key = termKey(code);
      const exists = key === null ? known.places.has(code) : known.terms.has(key);
      if (!exists) details.push({ path: `${field}.${i}`, code: 'invalid_value' });
    });
  }
  return details;
}

/**
 * The portal's filters read from the address: the query, or the problems with it (a day that
 * does not exist, an end before the start, an option there is not). The API keeps its JSON
 * refusal; a person gets the list page back with the reasons beside the fields.
 */
export function readFilters(
  lang: Language,
  params: URLSearchParams,
  known?: LabelLookup,
): { query: IncidentQuery; problems: null } | { query: null; problems: FilterProblem[] } {
  let query: IncidentQuery;
  try {
    query = parseParams(params, IncidentQuery, true);
  } catch (err) {
    if (err instanceof AppError && err.code === 'invalid_query') {
      return { query: null, problems: filterProblems(lang, params, err.details) };
    }
    throw err;
  }
  const details = known ? unknownValues(query, known) : [];
  if (query.from && query.to && query.to < query.from) details.push({ path: 'to', code: 'end_before_start' });
  if (details.length > 0) return { query: null, problems: filterProblems(lang, params, details) };
  return { query, problems: null };
}
