import fc from 'fast-check';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.js';
import { type Doc, resolve, type Schema } from './json-schema.js';

/**
 * The classes of hostile input the adversarial suites send, and the bookkeeping around them:
 * every answer counted, every 5xx kept with the request that caused it, and the row counts of the
 * main tables compared after every refusal (a refused request must write nothing).
 */

/** Strings no text column can store, impossible dates, sizes over every limit, tricks. */
export const HOSTILE_STRINGS: readonly string[] = [
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '2023-02-30',
  '99999999999999999999',
  'x'.repeat(10_001),
  '',
  '\u202egpj.exe<script>alert(1)</script>',
];
/** The first few, sent by callers who should be refused before validation anyway. */
export const FEW_STRINGS = HOSTILE_STRINGS.slice(0, 4);

/** Integers over int4 and the safe range, negative, fractional, and infinite (as raw JSON). */
export const HOSTILE_NUMBERS: readonly unknown[] = [
  2147483648,
  -2147483649,
  raw('9007199254740993'),
  -1,
  0.5,
  raw('1e400'),
  '12',
];

/** A value written into the JSON text as is (1e400 parses as Infinity; NaN is no JSON at all). */
export function raw(text: string): string {
  return `\u0001raw:${text}\u0001`;
}

/** JSON text of a body, with raw() values put in unquoted. */
export function toJson(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:([^\\]*)\\u0001"/g, '$1');
}

/** Values of the wrong type for any field. */
export const WRONG_TYPES: readonly unknown[] = [null, {}, [], true, 12, 'x'];

/** Unknown fields, including the ones that pollute prototypes when merged carelessly. */
export const UNKNOWN_FIELDS: readonly Record<string, unknown>[] = [
  { unknownField: 1 },
  JSON.parse('{"__proto__": {"role": "administrator"}}'),
  { constructor: { prototype: { admin: true } } },
];

/** Cursors that pass a format check but hold an impossible day, a non-UUID, or nothing usable. */
export const BAD_CURSORS: readonly string[] = [
  Buffer.from(JSON.stringify(['2023-02-30', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
  Buffer.from(JSON.stringify(['2023-02-20', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'])).toString('base64url'),
  Buffer.from(JSON.stringify(['99999-01-01', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
  Buffer.from(JSON.stringify({ date: 1 })).toString('base64url'),
  Buffer.from('\u0000').toString('base64url'),
  'not-a-cursor',
];

/** Values for a path parameter or query value, written as they go into the URL. */
export const HOSTILE_URL_VALUES: readonly string[] = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%FF%FE',
  'x'.repeat(3000),
  '-1',
  '99999999999999999999',
  'NaN',
  '1e309',
  '2023-02-30',
  '..%2F..%2Fetc%2Fpasswd',
  ...BAD_CURSORS,
];

/** Nested far deeper than any document: as arrays and as objects. */
export const DEEP_BODIES: readonly string[] = [
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`,
];

export const MALFORMED_JSON: readonly string[] = ['{', '{"a":', 'NaN', '{"a":1}}', "{'a':1}", '\u0000'];

type Path = (string | number)[];

/** Every leaf of an input schema (through refs, unions and lists) with its path and kind. */
export function leavesOf(doc: Doc, schemaIn: Schema, path: Path = [], seen = new Set<Schema>()) {
  const out: { path: Path; kind: string }[] = [];
  const schema = resolve(doc, schemaIn);
  if (seen.has(schema) || path.length > 8) return out;
  const next = new Set(seen).add(schema);
  for (const option of (schema.anyOf ?? []) as Schema[]) out.push(...leavesOf(doc, option, path, next));
  const types = [schema.type ?? []].flat().filter((t) => t !== 'null') as string[];
  for (const kind of types) if (!['object', 'array'].includes(kind)) out.push({ path, kind });
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    out.push(...leavesOf(doc, child, [...path, key], next));
  }
  if (schema.items && typeof schema.items === 'object')
    out.push(...leavesOf(doc, schema.items as Schema, [...path, 0], next));
  const unique = new Map(out.map((l) => [`${l.path.join('.')}:${l.kind}`, l]));
  return [...unique.values()];
}

/** Every object node of an input schema, for unknown fields. */
export function objectPaths(doc: Doc, schema: Schema): Path[] {
  const paths = new Map<string, Path>([['', []]]);
  for (const leaf of leavesOf(doc, schema)) {
    for (let i = 1; i < leaf.path.length; i += 1) {
      const p = leaf.path.slice(0, i);
      if (typeof leaf.path[i] === 'string') paths.set(p.join('.'), p);
    }
  }
  return [...paths.values()];
}

/** A copy of `body` with `value` at `path`, creating the objects and lists on the way. */
export function setAt(body: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  if (typeof head === 'number') {
    const list = Array.isArray(body) ? [...body] : [];
    list[head] = setAt(list[head] ?? {}, rest, value);
    return list;
  }
  const object = body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as object) } : {};
  return { ...object, [head]: setAt((object as Record<string, unknown>)[head] ?? {}, rest, value) };
}

/** A fast-check arbitrary of bodies shaped like the schema, with hostile values mixed in. */
export function arbitraryOf(doc: Doc, schemaIn: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, schemaIn);
  const hostile = fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, ...WRONG_TYPES);
  if (depth > 4) return hostile;
  const options: fc.Arbitrary<unknown>[] = [];
  for (const option of (schema.anyOf ?? []) as Schema[]) options.push(arbitraryOf(doc, option, depth + 1));
  if (Array.isArray(schema.enum)) options.push(fc.constantFrom(...(schema.enum as unknown[])));
  for (const kind of [schema.type ?? []].flat())
    options.push(arbitraryOfKind(doc, schema, String(kind), depth));
  if (options.length === 0) return hostile;
  return fc.oneof(
    { arbitrary: hostile, weight: 1 },
    ...options.map((arbitrary) => ({ arbitrary, weight: 4 })),
  );
}

function arbitraryOfKind(doc: Doc, schema: Schema, kind: string, depth: number): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'string':
      return fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.uuid(),
      );
    case 'integer':
      return fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -2, max: 5 }));
    case 'number':
      return fc.double();
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(arbitraryOf(doc, (schema.items ?? {}) as Schema, depth + 1), { maxLength: 3 });
    default: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const shape = Object.fromEntries(
        Object.entries(properties).map(([key, child]) => [key, arbitraryOf(doc, child, depth + 1)]),
      );
      return fc.record(shape, { requiredKeys: (schema.required ?? []) as string[] });
    }
  }
}

/** The tables whose rows a refused request must leave as they were. */
export const COUNTED_TABLES = [
  'accounts',
  'api_tokens',
  'sessions',
  'recovery_codes',
  'incidents',
  'violations',
  'sources',
  'people',
  'person_outlets',
  'person_relations',
  'person_merges',
  'outlets',
  'actors',
  'involvements',
  'involvement_events',
  'proceedings',
  'proceeding_events',
  'interventions',
  'intervention_incidents',
  'indicators',
  'published_figures',
  'incident_comments',
  'incident_grants',
  'evidence_files',
  'audit_events',
  'places',
  'vocabulary_terms',
  'series',
  'settings',
] as const satisfies readonly (keyof Database)[];

/** The row count of every counted table, in one query. */
export async function rowCounts(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectNoFrom((eb) =>
      COUNTED_TABLES.map((table) =>
        eb
          .selectFrom(table)
          .select((e) => e.fn.countAll<number>().as('n'))
          .as(table),
      ),
    )
    .executeTakeFirstOrThrow();
  return JSON.stringify(row);
}

/** One request's outcome, for the figures and for the failures' report. */
export interface Outcome {
  label: string;
  method: string;
  status: number;
  text: string;
}

/**
 * Tallies answers; a 5xx, or a refusal that changed row counts, is kept as a failure. Requests
 * go in batches: a batch that may write (`perRequest`) compares the counts after every refusal;
 * any other compares them once at its end, and is sent again request by request if one of its
 * writes was accepted after all.
 */
export class Tally {
  requests = 0;
  refusals = 0;
  serverErrors = 0;
  readonly failures: string[] = [];
  private last: string | null = null;
  private perRequest = false;
  private accepted = false;

  constructor(private readonly db: Kysely<Database>) {}

  async batch(perRequest: boolean, send: () => Promise<void>): Promise<void> {
    this.perRequest = perRequest;
    this.accepted = false;
    this.last = await rowCounts(this.db);
    const failures = this.failures.length;
    await send();
    if (!perRequest && this.accepted) {
      this.failures.splice(failures);
      return this.batch(true, send);
    }
    if (!perRequest && (await rowCounts(this.db)) !== this.last) {
      this.failures.push('rows changed by a batch of refusals');
    }
  }

  async record(outcome: Outcome): Promise<boolean> {
    this.requests += 1;
    let fine = true;
    if (outcome.status >= 500) {
      this.serverErrors += 1;
      fine = false;
      this.failures.push(`${outcome.status} ${outcome.label}: ${outcome.text.slice(0, 200)}`);
    }
    if (outcome.status >= 400) this.refusals += 1;
    else if (outcome.method !== 'GET') this.accepted = true;
    if (!this.perRequest) return fine;
    const counts = await rowCounts(this.db);
    if (outcome.status >= 400 && counts !== this.last) {
      fine = false;
      this.failures.push(`rows changed by a refusal (${outcome.status}) ${outcome.label}`);
    }
    this.last = counts;
    return fine;
  }

  /** The figures for the closing note. */
  summary(engine: string, what: string): string {
    return `${what} on ${engine}: ${this.requests} requests, ${this.refusals} refused, ${this.serverErrors} 5xx`;
  }
}
