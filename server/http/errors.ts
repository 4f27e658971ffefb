import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { outputSchema } from './openapi.js';

/** One problem with one field of the input: where it is and a stable code for what is wrong. */
export interface ErrorDetail {
  path: string;
  code: string;
  message?: string;
}

/** Stable error codes, each mapped to its HTTP status here and nowhere else. */
const STATUS: Record<string, ContentfulStatusCode> = {
  invalid_json: 400,
  invalid_query: 400,
  invalid_text: 400,
  invalid_form: 400,
  validation_failed: 422,
  unknown_code: 422,
  publish_needs_source: 422,
  unauthorized: 401,
  forbidden: 403,
  login_failed: 401,
  second_factor_failed: 401,
  csrf_failed: 403,
  account_locked: 429,
  too_many_attempts: 429,
  weak_password: 422,
  not_found: 404,
  incident_not_found: 404,
  person_not_found: 404,
  outlet_not_found: 404,
  place_not_found: 404,
  term_not_found: 404,
  file_not_found: 404,
  method_not_allowed: 405,
  version_conflict: 409,
  invalid_transition: 409,
  incident_merged: 409,
  merge_would_disclose: 409,
  already_exists: 409,
  still_referenced: 409,
  payload_too_large: 413,
  file_too_large: 413,
  unsupported_media_type: 415,
  unsupported_file_type: 415,
  invalid_upload: 400,
  try_again: 503,
  help_desk_not_ready: 503,
  help_desk_locked: 403,
  receipt_not_found: 404,
  receipt_throttled: 429,
  already_initialised: 409,
  internal_error: 500,
  file_damaged: 500,
};

/** A failure the client can act on. Thrown anywhere; turned into JSON by `errorResponse`. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): ContentfulStatusCode {
    return STATUS[this.code] ?? (this.code.endsWith('_not_found') ? 404 : 400);
  }
}

/** The answer to a write that was based on an old version of the record. */
export function versionConflict(current: number): AppError {
  return new AppError('version_conflict', 'The record was changed by someone else; reload it', [
    { path: 'version', code: 'stale', message: `current version is ${current}` },
  ]);
}

export const notFound = (code: string, what: string, id: string): AppError =>
  new AppError(code, `${what} ${id} does not exist`);

/** Converts zod issues to details with dotted paths ("violations.0.typeCode"). */
export function zodDetails(error: z.ZodError, prefix: (string | number)[] = []): ErrorDetail[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return { path: [path, ...issue.keys].filter(Boolean).join('.'), code: 'unknown_field' };
    }
    // Refinements name their own stable code (e.g. end_before_start) in params.code.
    const own = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
    return { path, code: own ?? issue.code, message: issue.message };
  });
}

/** The JSON body of every error response. */
export const ErrorBody = outputSchema(
  'Error',
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string().optional() })),
    }),
  }),
);

// PostgreSQL SQLSTATE codes that are the client's fault, not the server's.
const PG_ERRORS: Record<string, [string, string]> = {
  '23505': ['already_exists', 'A record with the same unique value already exists'],
  '23503': ['still_referenced', 'The record is referenced by, or refers to, another record'],
  '23001': ['still_referenced', 'Other records still refer to this one'],
  // Concurrent writes that still collided after inTransaction's retries: nothing was written.
  '40001': ['try_again', 'Other changes were being made at the same time; send the request again'],
  '40P01': ['try_again', 'Other changes were being made at the same time; send the request again'],
  '55P03': ['try_again', 'The record is busy with another change; send the request again'],
  // Values the schemas should have refused: still the client's input, never a server failure.
  '22001': ['validation_failed', 'A value is longer than the database can store'],
  '22003': ['validation_failed', 'A number is out of the range the database can store'],
  '22007': ['validation_failed', 'A date or time is not valid'],
  '22008': ['validation_failed', 'A date or time is out of range'],
  '22021': ['invalid_text', 'Text holds a character the database cannot store'],
  '22P02': ['validation_failed', 'A value does not have the form its field needs'],
  '22P05': ['invalid_text', 'Text holds a character the database cannot store'],
  '54000': ['validation_failed', 'A value is larger than the database can index'],
  '23514': ['validation_failed', 'A value breaks a rule of its field'],
};

/** A thrown value the client can act on, as its AppError (PostgreSQL codes included); null otherwise. */
export function asAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  // A schema applied with parse() rather than through validate.ts: still a refusal of the input.
  if (err instanceof z.ZodError) {
    return new AppError('validation_failed', 'The input does not match the schema', zodDetails(err));
  }
  if (isPgError(err) && PG_ERRORS[err.code]) {
    const [code, message] = PG_ERRORS[err.code] as [string, string];
    // A schema let this value through: the client still gets a 4xx, and the log says which.
    if (err.code.startsWith('22') || err.code === '54000') {
      console.warn(
        `input no schema refused (SQLSTATE ${err.code}): ${String((err as { message?: unknown }).message)}`,
      );
    }
    const detail = err.constraint ? [{ path: err.constraint, code }] : [];
    return new AppError(code, message, detail);
  }
  return null;
}

/** Any thrown value as the AppError the client gets; unknown failures are logged, not echoed. */
export function toAppError(err: unknown): AppError {
  const appError = asAppError(err);
  if (appError) return appError;
  console.error(err);
  return new AppError('internal_error', 'Something went wrong on the server');
}

/** Maps any thrown value to a JSON error response. */
export function errorResponse(c: Context, err: unknown): Response {
  const appError = toAppError(err);
  // A refused body may still be arriving: close the connection rather than read the rest.
  if (appError.status === 413) c.header('Connection', 'close');
  return c.json(
    { error: { code: appError.code, message: appError.message, details: appError.details } },
    appError.status,
  );
}

function isPgError(err: unknown): err is { code: string; constraint?: string } {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string';
}
