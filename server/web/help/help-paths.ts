import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../http/errors.js';

/** The help desk's pages: their headers, body limits and failure logging are their own. */
export const HELP_PATH = /^\/(kk|ru|en)\/help(\/|$)/;
/** The help forms that carry files: their body limit is their own (intake-limits.ts). */
export const HELP_UPLOAD_PATH = /^\/(kk|ru|en)\/help\/(report|question|status\/reply)\/?$/;

/**
 * Every answer under /help, refusals and failures included: not kept by any cache, no referrer
 * sent on, not indexed, and never a cookie (the language comes from the path alone).
 */
export const privateAnswer: MiddlewareHandler = async (c, next) => {
  if (!HELP_PATH.test(c.req.path)) return next();
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
  c.res.headers.set('X-Robots-Tag', 'noindex, noarchive');
  c.res.headers.delete('Set-Cookie');
  c.res.headers.delete('ETag');
};

/**
 * A failure on a help page as the log may see it: its kind and code only. Its message or stack
 * could quote what the form carried (a database error names the value it refused), so neither
 * is printed, and the person gets the plain server-failure page.
 */
export function helpFailure(method: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const raw = (err as { code?: unknown } | null)?.code;
  const code = typeof raw === 'string' && /^[\w-]{1,40}$/.test(raw) ? ` ${raw}` : '';
  const name = err instanceof Error && /^\w{1,40}$/.test(err.name) ? err.name : 'error';
  console.error(`help desk: a ${method} request failed (${name}${code})`);
  return new AppError('internal_error', 'Something went wrong on the server');
}
