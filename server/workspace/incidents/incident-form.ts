import type { Language } from '../../../shared/languages.js';
import { skeletonWords } from '../../../shared/text/transliterate.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { refuseUnstorable } from '../../http/validate.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import type { IncidentAudience } from '../../modules/incidents/incident-scope.repo.js';
import { findPerson, peopleNamed } from '../../modules/people/person.repo.js';

/**
 * The incident editor's form: one flat set of named fields (`title.en`, `victims.0.person`,
 * `sources.2.url` …) to and from the incident document. Rows left empty add nothing, so the
 * page can offer blank rows for new victims, violations and sources without any script.
 */
export type FormValues = Record<string, string>;

const LANGS: Language[] = ['kk', 'ru', 'en'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Blank rows the editor adds after the existing ones. */
export const BLANK_ROWS = { victims: 1, violations: 2, sources: 2 };

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
    const person = victim.person as { name: string; consentToName: boolean; roles: string[] };
    keyOf.set(victim.personId, `v${i}`);
    v[`victims.${i}.personId`] = victim.personId;
    v[`victims.${i}.person`] = person.name;
    v[`victims.${i}.consent`] = person.consentToName ? 'true' : '';
    v[`victims.${i}.role`] = person.roles[0] ?? '';
  });
  incident.violations.forEach((violation, i) => {
    v[`violations.${i}.id`] = violation.id;
    v[`violations.${i}.typeCode`] = violation.typeCode;
    v[`violations.${i}.victim`] = violation.victim ? (keyOf.get(violation.victim) ?? '') : '';
    v[`violations.${i}.description`] = JSON.stringify(violation.description ?? {});
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

/**
 * Finds the person a victim row names: the id it carried, an id typed in, or exactly one person
 * with that name or alias (in any script). Otherwise a new person is recorded.
 */
async function resolveVictim(db: Db, audience: IncidentAudience, values: FormValues, i: number) {
  const typed = values[`victims.${i}.person`]?.trim() ?? '';
  const carried = values[`victims.${i}.personId`] ?? '';
  const key = `v${i}`;
  if (UUID.test(typed)) return { key, personId: typed };
  if (carried && UUID.test(carried) && typed !== '') {
    const same = await findPerson(db, carried, audience);
    if (same && same.name === typed) return { key, personId: carried };
  }
  const folded = skeletonWords(typed).join(' ');
  const matches = await peopleNamed(db, typed, audience);
  const exact = matches.filter(
    (m) => skeletonWords(m.name).join(' ') === folded || m.aliases.includes(typed),
  );
  if (exact.length === 1) return { key, personId: (exact[0] as { id: string }).id };
  if (exact.length > 1) {
    throw new AppError('validation_failed', 'ambiguous', [
      { path: `victims.${i}.person`, code: 'ambiguous', message: exact.map((m) => m.id).join(', ') },
    ]);
  }
  const role = values[`victims.${i}.role`];
  return {
    key,
    person: {
      name: typed,
      consentToName: values[`victims.${i}.consent`] === 'true',
      roles: role ? [role] : [],
    },
  };
}

async function victimsOf(db: Db, audience: IncidentAudience, values: FormValues) {
  const victims = [];
  for (let i = 0; i < rowCount(values, 'victims'); i++) {
    if (values[`victims.${i}.person`]?.trim()) victims.push(await resolveVictim(db, audience, values, i));
  }
  return victims;
}

/**
 * A value the editor carries through the form as JSON (a violation's description in every
 * language): what comes back is the client's, so a field that is no longer JSON is refused.
 */
function carried(text: string, path: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', 'A field the form carries was changed', [
      { path, code: 'invalid_json' },
    ]);
  }
  refuseUnstorable(value, path);
  return value;
}

function violationsOf(values: FormValues, victimKeys: Set<string>) {
  const violations = [];
  for (let i = 0; i < rowCount(values, 'violations'); i++) {
    const typeCode = values[`violations.${i}.typeCode`];
    if (!typeCode) continue;
    const victim = values[`violations.${i}.victim`] || null;
    const description = values[`violations.${i}.description`];
    violations.push({
      ...(values[`violations.${i}.id`] ? { id: values[`violations.${i}.id`] } : {}),
      typeCode,
      victim: victim && victimKeys.has(victim) ? victim : null,
      ...(description ? { description: carried(description, `violations.${i}.description`) } : {}),
    });
  }
  return violations;
}

function sourcesOf(values: FormValues) {
  const sources = [];
  for (let i = 0; i < rowCount(values, 'sources'); i++) {
    const f = (name: string) => orNull(values[`sources.${i}.${name}`]);
    if (!f('url') && !f('title') && !f('excerpt')) continue;
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

/** The incident document the form describes, ready for the incident schema to check. */
export async function documentOf(
  db: Db,
  audience: IncidentAudience,
  values: FormValues,
  editing: boolean,
): Promise<Record<string, unknown>> {
  const victims = await victimsOf(db, audience, values);
  const start = orNull(values['date.start']);
  return {
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
    violations: violationsOf(values, new Set(victims.map((v) => v.key))),
    sources: sourcesOf(values),
    ...(editing ? { version: Number(values.version) } : {}),
  };
}
