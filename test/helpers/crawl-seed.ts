import type { Language } from '../../shared/languages.js';
import type { TestContext, TestResponse, Who } from './app.js';
import type { MarkerSet } from './markers.js';
import type { Mentions } from './withheld.js';

/** Where and when the hidden incidents happened: no public incident shares any of these. */
export const HIDDEN_ONLY = { region: 'KZ-MAN', type: 'spyware', year: '2019' } as const;

/** Today, and its year: one restricted incident happened today, no public one this year. */
export const TODAY = new Date().toISOString().slice(0, 10);
export const THIS_YEAR = TODAY.slice(0, 4);

/** One seeded incident: its id and reference, and what it stands for in the crawl. */
export interface SeededIncident {
  id: string;
  reference: string;
  version: number;
  label: string;
  sourceIds: string[];
}

/** Everything the crawl needs to know about the seeded records. */
export interface World {
  markers: MarkerSet;
  /** The incidents the public may see, by label. */
  public: Record<string, SeededIncident>;
  /** The incidents the public must not see, by label. */
  hidden: Record<string, SeededIncident>;
  /** Ids of hidden records by kind (people, outlets, actors, interventions, files, …). */
  hiddenIds: Record<string, string[]>;
  /** Ids of public records by kind, to read them as the public would. */
  publicIds: Record<string, string[]>;
  /** Withheld names as a reader would type them, in both scripts. */
  withheldQueries: string[];
  /** The withheld victims of P2, to name them in its case and statements. */
  mentions: Mentions[];
}

/** Throws with the answer when a seeding request is refused. */
export async function ok(res: Promise<TestResponse>, what: string): Promise<TestResponse> {
  const r = await res;
  if (r.status >= 300) throw new Error(`seeding ${what}: ${r.status} ${r.text}`);
  return r;
}

/** Field writers for one hidden record: every call registers a marker. */
export class Fields {
  constructor(
    private readonly markers: MarkerSet,
    private readonly record: string,
    private readonly kind: string,
  ) {}

  /** One marked word in a short text. */
  word(field: string, before = ''): string {
    return `${before}${before ? ' ' : ''}${this.markers.hidden(`${this.record}.${field}`, this.kind)}`;
  }

  /** A text in kk, ru and en, each language with its own marker. */
  text(field: string): Record<Language, string> {
    return {
      kk: this.word(`${field}.kk`, 'Оқиға туралы'),
      ru: this.word(`${field}.ru`, 'О случае'),
      en: this.word(`${field}.en`, 'About the case'),
    };
  }

  /** An address whose path carries a marker. */
  url(field: string): string {
    return `https://example.org/news/${this.word(field)}`;
  }
}

/** A victim whose every name field and note is marked; consenting, so only the record hides it. */
export function markedPerson(f: Fields, outletIds: string[] = []) {
  return {
    name: `${f.word('victim.name')} ${f.word('victim.name2')}`,
    names: { kk: f.word('victim.names.kk'), ru: f.word('victim.names.ru'), en: f.word('victim.names.en') },
    aliases: [f.word('victim.alias')],
    roles: ['journalist'],
    gender: 'female',
    consentToName: true,
    notes: f.word('victim.notes'),
    outletIds,
  };
}

/** A source with every text field marked. */
export function markedSource(f: Fields, field: string, isPublic: boolean) {
  return {
    type: isPublic ? 'media_report' : 'testimony',
    url: f.url(`${field}.url`),
    title: f.word(`${field}.title`),
    publisher: f.word(`${field}.publisher`),
    excerpt: f.word(`${field}.excerpt`),
    language: 'ru',
    public: isPublic,
  };
}

/** An incident document whose every text field carries a marker. */
export function markedIncident(f: Fields, overrides: Record<string, unknown> = {}, outletIds: string[] = []) {
  return {
    date: { start: `${HIDDEN_ONLY.year}-06-10` },
    place: {
      country: 'KZ',
      region: HIDDEN_ONLY.region,
      city: null,
      type: 'street_or_public_place',
      detail: f.text('place.detail'),
    },
    title: f.text('title'),
    description: f.text('description'),
    originalLanguage: 'ru',
    verification: 'verified',
    visibility: 'public',
    internalNotes: f.word('internalNotes'),
    victims: [{ key: 'v', person: markedPerson(f, outletIds) }],
    violations: [{ typeCode: HIDDEN_ONLY.type, victim: 'v', description: f.text('violation.description') }],
    sources: [markedSource(f, 'source[public]', true), markedSource(f, 'source[internal]', false)],
    ...overrides,
  };
}

/** Records an incident through the API as `as`, registering its id and reference as markers. */
export async function record(
  t: TestContext,
  world: World,
  label: string,
  doc: Record<string, unknown>,
  hidden: boolean,
  as: Who = 'admin',
): Promise<SeededIncident> {
  const res = await ok(t.request('POST', '/api/v1/incidents', { json: doc, as }), `incident ${label}`);
  const body = res.body as { id: string; reference: string; version: number; sources: { id: string }[] };
  const seeded = {
    id: body.id,
    reference: body.reference,
    version: body.version,
    label,
    sourceIds: body.sources.map((s) => s.id),
  };
  if (hidden) {
    world.hidden[label] = seeded;
    world.markers.id(body.id, `incident(${label}).id`, label);
    world.markers.id(body.reference, `incident(${label}).reference`, label);
  } else world.public[label] = seeded;
  return seeded;
}

/** Reads an incident's current version (after workflow moves or case writes). */
export async function currentVersion(t: TestContext, id: string): Promise<number> {
  return (await ok(t.get(`/api/v1/incidents/${id}`), 'version')).body.version as number;
}

/** Posts with an optional field that a stricter schema may require and an older one refuse. */
export async function postWithReason(
  t: TestContext,
  path: string,
  json: Record<string, unknown>,
  reason: string,
): Promise<TestResponse> {
  return ok(t.post(path, { ...json, reason }), path);
}

/** What each hidden incident must be, as an administrator reads it. */
const EXPECTED: Record<string, string> = {
  restricted: 'verified/restricted',
  'restricted, this year': 'verified/restricted',
  confidential: 'verified/confidential',
  'confidential merge target': 'verified/confidential',
  reported: 'reported/public',
  'reported by a monitor': 'reported/restricted',
  verifying: 'verifying/public',
  rejected: 'rejected/public',
  // A merged duplicate's address leads to the incident it repeats.
  'confidential duplicate': 'merged',
  'public duplicate': 'merged',
};

/** Fails the seeding when a record is not in the state the crawl relies on. */
export async function checkSeeded(t: TestContext, world: World): Promise<void> {
  for (const [label, incident] of Object.entries(world.hidden)) {
    const res = await t.get(`/api/v1/incidents/${incident.id}`);
    const state =
      res.status === 404
        ? 'deleted'
        : res.status === 301
          ? 'merged'
          : `${res.body?.verification}/${res.body?.visibility}`;
    const expected = EXPECTED[label] ?? 'deleted';
    if (state !== expected) throw new Error(`seeding: ${label} is ${state}, not ${expected}`);
  }
}
