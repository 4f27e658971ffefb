import { ACCOUNTABILITY_STATUS_TERMS } from '../../../../shared/accountability/labels.js';
import type { Language } from '../../../../shared/languages.js';
import type { LabelLookup } from '../../../views/incidents/summary.js';
import { reasonLabel } from '../../../web/open-data/columns.js';
import type { ExportRecord } from './records.js';

/*
 * The flat export: one row per incident, codes (not labels) in the columns an import maps back,
 * label columns beside them in the chosen language for the person reading the spreadsheet. Headers
 * are the stable column names (they are the names an import preset maps), not translated words.
 * The CSV and the spreadsheet are written by open-data's writers (formulas neutralised, BOM,
 * control characters removed), so the two exports cannot disagree on how a cell is made safe.
 */

/** Between the values of a cell that holds several. */
export const MULTI = ' | ';

interface FlatContext {
  lang: Language;
  labels: LabelLookup;
}
type Cell = (r: ExportRecord, c: FlatContext) => string;

const join = (values: (string | null | undefined)[]) =>
  [...new Set(values.filter((v): v is string => !!v))].join(MULTI);
const text = (value: Record<string, string | undefined>, lang: string) => value[lang] ?? '';
const term = (c: FlatContext, vocabulary: string, code: string) =>
  c.labels.terms.get(`${vocabulary}/${code}`)?.[c.lang] ?? code;
const place = (c: FlatContext, code: string | null) =>
  code ? (c.labels.places.get(code)?.[c.lang] ?? code) : '';
const person = (v: ExportRecord['incident']['victims'][number]) =>
  v.person as { name?: string; roles?: string[] };
const actors = (r: ExportRecord) => [
  ...new Map(r.story.involvements.map((i) => [i.actor.id, i.actor])).values(),
];

const CELLS = {
  id: (r) => r.incident.id,
  reference: (r) => r.incident.reference,
  version: (r) => String(r.incident.version),
  date_start: (r) => r.incident.date?.start ?? '',
  date_end: (r) => r.incident.date?.end ?? '',
  date_precision: (r) => r.incident.date?.precision ?? '',
  country: (r) => r.incident.place.country,
  region_code: (r) => r.incident.place.region ?? '',
  region_label: (r, c) => place(c, r.incident.place.region),
  city_code: (r) => r.incident.place.city ?? '',
  city_label: (r, c) => place(c, r.incident.place.city),
  original_language: (r) => r.incident.originalLanguage,
  title_kk: (r) => text(r.incident.title, 'kk'),
  title_ru: (r) => text(r.incident.title, 'ru'),
  title_en: (r) => text(r.incident.title, 'en'),
  description_kk: (r) => text(r.incident.description, 'kk'),
  description_ru: (r) => text(r.incident.description, 'ru'),
  description_en: (r) => text(r.incident.description, 'en'),
  verification: (r) => r.incident.verification,
  visibility: (r) => r.incident.visibility,
  type_codes: (r) => join(r.incident.violations.map((v) => v.typeCode)),
  type_labels: (r, c) => join(r.incident.violations.map((v) => term(c, 'typology', v.typeCode))),
  victim_ids: (r) => join(r.incident.victims.map((v) => v.personId)),
  victim_names: (r) => join(r.incident.victims.map((v) => person(v).name)),
  victim_role_codes: (r) => join(r.incident.victims.flatMap((v) => person(v).roles ?? [])),
  victim_role_labels: (r, c) =>
    join(
      r.incident.victims.flatMap((v) => (person(v).roles ?? []).map((code) => term(c, 'victim_role', code))),
    ),
  perpetrator_ids: (r) => join(actors(r).map((a) => a.id)),
  perpetrator_names: (r) => join(actors(r).map((a) => a.name)),
  perpetrator_type_codes: (r) => join(actors(r).map((a) => a.type)),
  perpetrator_type_labels: (r, c) => join(actors(r).map((a) => term(c, 'actor_type', a.type))),
  accountability_status: (r) => r.incident.accountability.status,
  accountability_status_label: (r, c) =>
    ACCOUNTABILITY_STATUS_TERMS[r.incident.accountability.status as keyof typeof ACCOUNTABILITY_STATUS_TERMS]
      ?.label[c.lang] ?? r.incident.accountability.status,
  accountability_reason: (r) => r.incident.accountability.reason,
  accountability_reason_label: (r, c) => reasonLabel(r.story.accountability as never, c.lang),
  proceeding_count: (r) => String(r.story.proceedings.length),
  source_urls: (r) => join(r.incident.sources.map((s) => s.url)),
  intervention_ids: (r) => join(r.interventions.map((i) => i.id)),
  internal_notes: (r) => r.incident.internalNotes ?? '',
  created_at: (r) => r.incident.createdAt,
  updated_at: (r) => r.incident.updatedAt,
} satisfies Record<string, Cell>;

export type FlatColumn = keyof typeof CELLS;
/** The flat export's columns, in order; their names are its header row. */
export const FLAT_COLUMNS = Object.keys(CELLS) as FlatColumn[];

/** One incident as its row of cells. */
export function flatRow(record: ExportRecord, context: FlatContext): string[] {
  return FLAT_COLUMNS.map((key) => (CELLS[key] as Cell)(record, context));
}

/** How wide a column is drawn in the spreadsheet. */
export const flatWidth = (key: FlatColumn) => (key.startsWith('description') ? 60 : key === 'id' ? 38 : 20);
