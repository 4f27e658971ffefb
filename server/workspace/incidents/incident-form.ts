import type { Language } from '../../../shared/languages.js';
import type { Db } from '../../db/database.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import type { IncidentAudience } from '../../modules/incidents/incident-scope.repo.js';
import { type Namesakes, resolveVictims } from './victim-picker.js';

/**
 * The incident editor's form: one flat set of named fields (`title.en`, `victims.0.person`,
 * `sources.2.url` …) to and from the incident document. Rows left empty add nothing, so the
 * page can offer blank rows for new victims, violations and sources without any script.
 */
export type FormValues = Record<string, string>;

const LANGS: Language[] = ['kk', 'ru', 'en'];

/** The editor's repeated groups of fields. */
export const GROUPS = ['victims', 'violations', 'sources'] as const;
export type Group = (typeof GROUPS)[number];

/** A posted form as the editor's values: a multiple choice (a victim's outlets) as ids joined by commas. */
export function valuesFrom(fields: Record<string, string | string[]>): FormValues {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
}

/** How many rows of a repeated group the form carries. */
export function rowCount(values: FormValues, group: string): number {
  let max = -1;
  for (const key of Object.keys(values)) {
    const match = new RegExp(`^${group}\\.(\\d+)\\.`).exec(key);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}

const text = (values: FormValues, prefix: string) =>
  Object.fromEntries(
    LANGS.flatMap((l) => (values[`${prefix}.${l}`]?.trim() ? [[l, values[`${prefix}.${l}`]?.trim()]] : [])),
  );

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The form's values for an incident as stored: what the editor shows first. */
export function valuesOf(incident: IncidentView): FormValues {
  const v: FormValues = {
    'date.start': incident.date?.start ?? '',
    'date.end': incident.date?.end ?? '',
    'place.country': incident.place.country,
    'place.region': incident.place.region ?? '',
    'place.city': incident.place.city ?? '',
    'place.type': incident.place.type ?? '',
    originalLanguage: incident.originalLanguage,
    verification: incident.verification,
    visibility: incident.visibility,
    seriesId: incident.seriesId ?? '',
    internalNotes: incident.internalNotes ?? '',
    version: String(incident.version),
  };
  for (const l of LANGS) {
    v[`title.${l}`] = incident.title[l] ?? '';
    v[`description.${l}`] = incident.description[l] ?? '';
    v[`place.detail.${l}`] = (incident.place.detail as Record<string, string>)[l] ?? '';
  }
  const keyOf = new Map<string, string>();
  incident.victims.forEach((victim, i) => {
    const person = victim.person as {
      name: string;
      consentToName: boolean;
      roles: string[];
      outletIds?: string[];
    };
    keyOf.set(victim.personId, `v${i}`);
    v[`victims.${i}.personId`] = victim.personId;
    v[`victims.${i}.person`] = person.name;
    v[`victims.${i}.consent`] = person.consentToName ? 'true' : '';
    v[`victims.${i}.role`] = person.roles[0] ?? '';
    v[`victims.${i}.outletIds`] = (person.outletIds ?? []).join(',');
  });
  incident.violations.forEach((violation, i) => {
    v[`violations.${i}.id`] = violation.id;
    v[`violations.${i}.typeCode`] = violation.typeCode;
    v[`violations.${i}.victim`] = violation.victim ? (keyOf.get(violation.victim) ?? '') : '';
    for (const l of LANGS) v[`violations.${i}.note.${l}`] = violation.description?.[l] ?? '';
  });
  incident.sources.forEach((source, i) => {
    const s = source as typeof source & Record<string, unknown>;
    v[`sources.${i}.id`] = source.id;
    for (const field of [
      'type',
      'url',
      'title',
      'publisher',
      'language',
      'publishedOn',
      'reliability',
      'excerpt',
      'sha256',
      'capturedAt',
    ]) {
      v[`sources.${i}.${field}`] = s[field] === null || s[field] === undefined ? '' : String(s[field]);
    }
    v[`sources.${i}.public`] = source.public ? 'true' : '';
  });
  return v;
}

/** Which form row each entry of a document's list came from (empty rows add nothing). */
export type RowsOf = Record<Group, number[]>;

function violationsOf(values: FormValues, victimKeys: Set<string>, rows: number[]) {
  const violations = [];
  for (let i = 0; i < rowCount(values, 'violations'); i++) {
    const typeCode = values[`violations.${i}.typeCode`];
    if (!typeCode) continue;
    rows.push(i);
    const victim = values[`violations.${i}.victim`] || null;
    violations.push({
      ...(values[`violations.${i}.id`] ? { id: values[`violations.${i}.id`] } : {}),
      typeCode,
      victim: victim && victimKeys.has(victim) ? victim : null,
      description: text(values, `violations.${i}.note`),
    });
  }
  return violations;
}

function sourcesOf(values: FormValues, rows: number[]) {
  const sources = [];
  for (let i = 0; i < rowCount(values, 'sources'); i++) {
    const f = (name: string) => orNull(values[`sources.${i}.${name}`]);
    if (!f('url') && !f('title') && !f('excerpt')) continue;
    rows.push(i);
    sources.push({
      ...(f('id') ? { id: f('id') } : {}),
      type: f('type') ?? 'other',
      url: f('url'),
      title: f('title'),
      publisher: f('publisher'),
      language: f('language'),
      publishedOn: f('publishedOn'),
      reliability: f('reliability') ?? 'unknown',
      capturedAt: f('capturedAt'),
      sha256: f('sha256'),
      excerpt: f('excerpt'),
      public: values[`sources.${i}.public`] === 'true',
    });
  }
  return sources;
}

/**
 * The incident document the form describes, ready for the incident schema to check, and the
 * victim rows whose names are near people already recorded (to be confirmed before saving).
 */
export async function documentOf(
  db: Db,
  audience: IncidentAudience,
  values: FormValues,
  editing: boolean,
): Promise<{ document: Record<string, unknown>; namesakes: Namesakes; rows: RowsOf }> {
  const { victims, namesakes, rows: victimRows } = await resolveVictims(db, audience, values);
  const rows: RowsOf = { victims: victimRows, violations: [], sources: [] };
  const start = orNull(values['date.start']);
  const document = {
    date: start ? { start, end: orNull(values['date.end']) } : null,
    place: {
      country: (values['place.country'] || 'KZ').trim().toUpperCase(),
      region: orNull(values['place.region']),
      city: orNull(values['place.city']),
      type: orNull(values['place.type']),
      detail: text(values, 'place.detail'),
    },
    title: text(values, 'title'),
    description: text(values, 'description'),
    originalLanguage: values.originalLanguage || 'ru',
    verification: values.verification || 'reported',
    visibility: values.visibility || 'restricted',
    seriesId: orNull(values.seriesId),
    internalNotes: orNull(values.internalNotes),
    victims,
    violations: violationsOf(values, new Set(victims.map((v) => v.key)), rows.violations),
    sources: sourcesOf(values, rows.sources),
    ...(editing ? { version: Number(values.version) } : {}),
  };
  return { document, namesakes, rows };
}

/**
 * A problem's path in the document as the field of the form that holds it: the document's
 * fourth source may be the form's fifth row, a violation's description is its note, a new
 * person's name is the row's name field.
 */
export function formPathOf(path: string, rows: RowsOf): string {
  const m = /^(victims|violations|sources)\.(\d+)(?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const group = m[1] as Group;
  const row = rows[group][Number(m[2])] ?? Number(m[2]);
  let rest = m[3] ?? '';
  if (group === 'victims') {
    rest = rest.startsWith('person.outletIds')
      ? 'outletIds'
      : rest.startsWith('person.roles')
        ? 'role'
        : 'person';
  }
  if (group === 'violations') rest = rest.replace(/^description/, 'note');
  return rest ? `${group}.${row}.${rest}` : `${group}.${row}`;
}

/** The values with one more (empty) row of a group: the row is shown, nothing is saved. */
export function withRowAdded(values: FormValues, group: Group): FormValues {
  const n = Math.max(rowCount(values, group), 1);
  const key = group === 'victims' ? 'personId' : 'id';
  return { ...values, [`${group}.${n}.${key}`]: '' };
}

/**
 * The values without row `index` of a group, the rows after it moved up; a removed victim's
 * violations then name nobody, and those of later victims follow their victim's new key.
 */
export function withRowRemoved(values: FormValues, group: Group, index: number): FormValues {
  const out: FormValues = {};
  const row = new RegExp(`^${group}\\.(\\d+)\\.(.+)$`);
  for (const [k, v] of Object.entries(values)) {
    const m = row.exec(k);
    if (!m) {
      out[k] = v;
      continue;
    }
    const i = Number(m[1]);
    if (i === index) continue;
    out[`${group}.${i > index ? i - 1 : i}.${m[2]}`] = v;
  }
  return group === 'victims' ? withVictimKeysMoved(out, index) : out;
}

/** Violations' victims after victim row `index` is removed: its own name nobody, later ones move up. */
function withVictimKeysMoved(values: FormValues, index: number): FormValues {
  const out = { ...values };
  for (const k of Object.keys(out)) {
    const m = /^violations\.\d+\.victim$/.exec(k) && /^v(\d+)$/.exec(out[k] ?? '');
    if (!m) continue;
    const i = Number(m[1]);
    out[k] = i === index ? '' : `v${i > index ? i - 1 : i}`;
  }
  return out;
}
