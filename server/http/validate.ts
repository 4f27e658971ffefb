import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { AppError, type ErrorDetail, zodDetails } from './errors.js';

// Half of a UTF-16 surrogate pair: it has no UTF-8 form, so PostgreSQL cannot store it (nor a NUL).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Deeper than any document this API takes; refused before a schema walks it. */
const MAX_DEPTH = 32;

/** Whether a string holds a character no text column can store. */
export const isUnstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

function textError(details: ErrorDetail[]): AppError {
  return new AppError(
    'invalid_text',
    'Text may not contain NUL characters or unpaired surrogates (invalid UTF-16)',
    details,
  );
}

/**
 * Refuses a decoded body, form or query whose strings (keys too) hold a NUL or an unpaired
 * surrogate, naming every such field; and a body nested deeper than any schema goes.
 */
export function refuseUnstorable(value: unknown, prefix = ''): void {
  const details: ErrorDetail[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: prefix, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof v === 'string') {
      if (isUnstorable(v)) details.push({ path, code: 'invalid_text' });
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_DEPTH) {
      throw new AppError('invalid_json', `The body is nested deeper than ${MAX_DEPTH} levels`, [
        { path, code: 'too_deep' },
      ]);
    }
    for (const [key, child] of Object.entries(v)) {
      const at = path ? `${path}.${key}` : key;
      if (isUnstorable(key)) details.push({ path: at, code: 'invalid_text' });
      stack.push({ value: child, path: at, depth: depth + 1 });
    }
  }
  if (details.length > 0) throw textError(details.sort((a, b) => a.path.localeCompare(b.path)));
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Every request's path and query string, checked before any route sees them: a NUL or an
 * unpaired surrogate in either is 400 `invalid_text`, so no handler passes one to the database.
 */
export function refuseUnstorableUrl(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (url.pathname.split('/').some((segment) => isUnstorable(decoded(segment)))) {
      throw textError([{ path: 'path', code: 'invalid_text' }]);
    }
    const details: ErrorDetail[] = [];
    for (const [key, value] of url.searchParams) {
      if (isUnstorable(key) || isUnstorable(value)) details.push({ path: key, code: 'invalid_text' });
    }
    if (details.length > 0) throw textError(details);
    await next();
  };
}

/** Reads a JSON body: wrong content type → 415, malformed → 400, schema mismatch → 422. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError('unsupported_media_type', 'The body must be sent as application/json', [
      { path: '', code: 'content_type' },
    ]);
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : 'unreadable';
    throw new AppError('invalid_json', `The body is not valid JSON: ${message}`, [
      { path: '', code: 'invalid_json' },
    ]);
  }
  refuseUnstorable(body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'The body does not match the schema', zodDetails(parsed.error));
  }
  return parsed.data;
}

/** Validates query parameters; repeated keys (?type=a&type=b) arrive as arrays. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseParams(new URL(c.req.url).searchParams, schema, false);
}

/**
 * Validates URL parameters. A form submitted without JavaScript sends every field, filled or
 * not: with `dropEmpty`, an empty field means "no filter" rather than an invalid value.
 */
export function parseParams<S extends z.ZodType>(
  params: URLSearchParams,
  schema: S,
  dropEmpty: boolean,
): z.output<S> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => !dropEmpty || v !== '');
    if (values.length === 0) continue;
    raw[key] = values.length === 1 ? (values[0] as string) : values;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('invalid_query', 'The query parameters are not valid', zodDetails(parsed.error));
  }
  return parsed.data;
}

/** Validates a path parameter (an id or a code). */
export function readParam<S extends z.ZodType>(
  value: string,
  schema: S,
  name: string,
  notFoundCode: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  // A malformed id cannot name an existing record: answer as for any unknown id.
  if (!parsed.success) throw new AppError(notFoundCode, `No record has the ${name} ${value}`);
  return parsed.data;
}
