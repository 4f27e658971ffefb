import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { errorResponse, toAppError } from '../http/errors.js';
import { ErrorPage } from '../views/error.page.js';
import { HELP_PATH, helpFailure } from './help/help-paths.js';
import { isLanguage, pickLanguage } from './locale.js';

/**
 * The one answer to a failure: JSON for the API, a page in the reader's language for people
 * (the language of the path, else of the cookie or the browser). Pages that can show a refusal
 * in their own frame (the workspace, with a session) do so before it reaches this.
 */
export function failureResponse(c: Context, err: unknown): Response | Promise<Response> {
  const path = c.req.path;
  if (path.startsWith('/api/') || path === '/healthz') return errorResponse(c, err);
  // On the help pages a failure is logged by its kind only: it may carry what a form held.
  const appError = toAppError(HELP_PATH.test(path) ? helpFailure(c.req.method, err) : err);
  const first = path.split('/')[1];
  const lang = isLanguage(first)
    ? first
    : pickLanguage(getCookie(c, 'lang'), c.req.header('accept-language'));
  c.header('Cache-Control', 'no-store');
  if (appError.status === 413) c.header('Connection', 'close');
  return c.html(
    <ErrorPage lang={lang} status={appError.status} path={path} code={appError.code} />,
    appError.status,
  );
}
