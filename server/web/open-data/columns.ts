import { ACCOUNTABILITY_STATUSES } from '../../../shared/accountability/codes.js';
import {
  ACCOUNTABILITY_STATUS_TERMS,
  PROCEEDING_EVENT_TERMS,
} from '../../../shared/accountability/labels.js';
import { formatDate, type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { LabelLookup } from '../../views/incidents/summary.js';
import { pickText } from '../labels.js';
import type { PublicRecord } from './records.js';

/*
 * The columns of the open-data downloads, defined once: the CSV and the spreadsheet write them,
 * and the data dictionary explains them, from this list, so the three cannot drift apart.
 */

/** What a cell is computed with besides its record. */
export interface CellContext {
  lang: Language;
  labels: LabelLookup;
  /** The site's address, for links to the incident pages. */
  origin: string;
}

/** A closed list of values a column takes, explained in the dictionary with its labels. */
export type Vocabulary =
  | { kind: 'closed'; values: { code: string; label: (lang: Language) => string }[] }
  | { kind: 'terms'; vocabulary: 'typology' | 'victim_role' | 'actor_type' };

export interface Column {
  /** Stable name, also the key of its header (`od.col.<key>`) and meaning (`od.col.<key>.about`). */
  key: ColumnKey;
  /** A value as it would appear, in the reader's language. */
  example: (lang: Language) => string;
  vocabulary?: Vocabulary;
  value: (record: PublicRecord, context: CellContext) => string;
}

/** Between the values of a cell that holds several (types, victims, sources). */
export const LIST_SEPARATOR = '; ';
/** Between the values one victim has, inside the victims' list (roles). */
export const ITEM_SEPARATOR = ', ';

const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/** Accountability reasons that are not a step of the proceedings (those are named by the step). */
export const DERIVED_REASONS = [
  'in_progress',
  'stalled',
  'all_convicted',
  'organisers_not_convicted',
  'some_not_convicted',
  'acquitted',
  'no_information',
  'override',
] as const;

const term = (labels: LabelLookup, vocabulary: string, code: string, lang: Language) =>
  labels.terms.get(`${vocabulary}/${code}`)?.[lang] ?? code;
const place = (labels: LabelLookup, code: string | null, lang: Language) =>
  code ? (labels.places.get(code)?.[lang] ?? code) : '';
const list = (values: string[]) => values.join(LIST_SEPARATOR);
const unique = (values: string[]) => [...new Set(values)];
const actorTypes = (r: PublicRecord) => unique(r.story.involvements.map((i) => i.actor.type));

/** The words of an accountability reason: a derived reason, a step of the proceedings, or an editor's. */
export function reasonLabel(record: PublicRecord['story']['accountability'], lang: Language): string {
  const { reason, override } = record;
  if (reason === 'override') return `${t(lang, 'od.reason.override')}: ${override?.reason ?? ''}`;
  if ((DERIVED_REASONS as readonly string[]).includes(reason))
    return t(lang, `od.reason.${reason}` as MessageKey);
  return PROCEEDING_EVENT_TERMS[reason as keyof typeof PROCEEDING_EVENT_TERMS]?.label[lang] ?? reason;
}

const victimName = (v: PublicRecord['incident']['victims'][number], lang: Language) =>
  v.withheld ? t(lang, 'incident.withheld') : (v.names[lang] ?? v.name ?? t(lang, 'incident.withheld'));

export const COLUMN_KEYS = [
  'reference',
  'url',
  'date_start',
  'date_end',
  'date_precision',
  'date_text',
  'country',
  'region_code',
  'region_name',
  'city_code',
  'city_name',
  'title',
  'description',
  'type_codes',
  'type_labels',
  'victims',
  'victim_role_codes',
  'victim_role_labels',
  'perpetrator_type_codes',
  'perpetrator_type_labels',
  'accountability_status',
  'accountability_status_label',
  'accountability_reason',
  'accountability_reason_label',
  'sources',
  'updated_at',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

const example = (key: ColumnKey) => (lang: Language) => t(lang, `od.col.${key}.example` as MessageKey);
const same = (text: string) => () => text;

const DEFINITIONS: Record<ColumnKey, Omit<Column, 'key'>> = {
  reference: { example: same('KZ-2024-0012'), value: (r) => r.incident.reference },
  url: {
    example: (lang) => `https://qorgau.example/${lang}/incidents/KZ-2024-0012`,
    value: (r, c) => `${c.origin}/${c.lang}/incidents/${r.incident.reference}`,
  },
  date_start: { example: same('2024-03-12'), value: (r) => r.incident.date?.start ?? '' },
  date_end: { example: same('2024-03-13'), value: (r) => r.incident.date?.end ?? '' },
  date_precision: {
    example: same('day'),
    vocabulary: {
      kind: 'closed',
      values: DATE_PRECISIONS.map((code) => ({
        code,
        label: (lang) => t(lang, `od.precision.${code}` as MessageKey),
      })),
    },
    value: (r) => r.incident.date?.precision ?? '',
  },
  date_text: {
    example: (lang) => formatDate(lang, '2024-03-12', 'day'),
    value: (r, c) =>
      r.incident.date ? formatDate(c.lang, r.incident.date.start, r.incident.date.precision) : '',
  },
  country: { example: same('KZ'), value: (r) => r.incident.place.country },
  region_code: { example: same('KZ-SHY'), value: (r) => r.incident.place.region ?? '' },
  region_name: {
    example: example('region_name'),
    value: (r, c) => place(c.labels, r.incident.place.region, c.lang),
  },
  city_code: { example: same('KZ-10-semey'), value: (r) => r.incident.place.city ?? '' },
  city_name: {
    example: example('city_name'),
    value: (r, c) => place(c.labels, r.incident.place.city, c.lang),
  },
  title: {
    example: example('title'),
    value: (r, c) => pickText(r.incident.title, c.lang, r.incident.originalLanguage).text,
  },
  description: {
    example: example('description'),
    value: (r, c) => pickText(r.incident.description, c.lang, r.incident.originalLanguage).text,
  },
  type_codes: {
    example: same('short_detention; assault'),
    vocabulary: { kind: 'terms', vocabulary: 'typology' },
    value: (r) => list(unique(r.incident.violations.map((v) => v.typeCode))),
  },
  type_labels: {
    example: example('type_labels'),
    value: (r, c) =>
      list(unique(r.incident.violations.map((v) => term(c.labels, 'typology', v.typeCode, c.lang)))),
  },
  victims: {
    example: (lang) => `${t(lang, 'od.col.victims.example')}${LIST_SEPARATOR}${t(lang, 'incident.withheld')}`,
    value: (r, c) => list(r.incident.victims.map((v) => victimName(v, c.lang))),
  },
  victim_role_codes: {
    example: same('journalist, editor; camera_operator'),
    vocabulary: { kind: 'terms', vocabulary: 'victim_role' },
    value: (r) => list(r.incident.victims.map((v) => v.roles.join(ITEM_SEPARATOR))),
  },
  victim_role_labels: {
    example: example('victim_role_labels'),
    value: (r, c) =>
      list(
        r.incident.victims.map((v) =>
          v.roles.map((code) => term(c.labels, 'victim_role', code, c.lang)).join(ITEM_SEPARATOR),
        ),
      ),
  },
  perpetrator_type_codes: {
    example: same('police; unknown'),
    vocabulary: { kind: 'terms', vocabulary: 'actor_type' },
    value: (r) => list(actorTypes(r)),
  },
  perpetrator_type_labels: {
    example: example('perpetrator_type_labels'),
    value: (r, c) => list(actorTypes(r).map((code) => term(c.labels, 'actor_type', code, c.lang))),
  },
  accountability_status: {
    example: same('impunity'),
    vocabulary: {
      kind: 'closed',
      values: ACCOUNTABILITY_STATUSES.map((code) => ({
        code,
        label: (lang) => ACCOUNTABILITY_STATUS_TERMS[code].label[lang],
      })),
    },
    value: (r) => r.story.accountability.status,
  },
  accountability_status_label: {
    example: (lang) => ACCOUNTABILITY_STATUS_TERMS.impunity.label[lang],
    value: (r, c) =>
      ACCOUNTABILITY_STATUS_TERMS[r.story.accountability.status as keyof typeof ACCOUNTABILITY_STATUS_TERMS]
        ?.label[c.lang] ?? r.story.accountability.status,
  },
  accountability_reason: {
    example: same('refusal_to_open'),
    vocabulary: {
      kind: 'closed',
      values: [
        ...DERIVED_REASONS.map((code) => ({ code, label: (lang: Language) => t(lang, `od.reason.${code}`) })),
        ...Object.entries(PROCEEDING_EVENT_TERMS).map(([code, termOf]) => ({
          code,
          label: (lang: Language) => termOf.label[lang],
        })),
      ],
    },
    value: (r) => r.story.accountability.reason,
  },
  accountability_reason_label: {
    example: (lang) => PROCEEDING_EVENT_TERMS.refusal_to_open.label[lang],
    value: (r, c) => reasonLabel(r.story.accountability, c.lang),
  },
  sources: {
    example: example('sources'),
    value: (r) =>
      list(r.incident.sources.map((s) => [s.title, s.publisher, s.url].filter(Boolean).join(' — '))),
  },
  updated_at: { example: same('2024-03-14T09:30:00.000Z'), value: (r) => r.incident.updatedAt },
};

/** Every column of the downloads, in order. */
export const COLUMNS: Column[] = COLUMN_KEYS.map((key) => ({ key, ...DEFINITIONS[key] }));

/** A column's header in the reader's language. */
export const header = (column: Column, lang: Language) => t(lang, `od.col.${column.key}` as MessageKey);
/** What a column means, in the reader's language. */
export const meaning = (column: Column, lang: Language) =>
  t(lang, `od.col.${column.key}.about` as MessageKey, { withheld: t(lang, 'incident.withheld') });

/** One record as the row of cells every download writes. */
export function rowOf(record: PublicRecord, context: CellContext): string[] {
  return COLUMNS.map((column) => column.value(record, context));
}
