import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError, zodDetails } from './errors.js';

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
