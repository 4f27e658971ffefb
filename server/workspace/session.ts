import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Language } from '../../shared/languages.js';
import { AppError } from '../http/errors.js';
import { randomSecret, sameSecret } from '../modules/accounts/secrets.js';
import {
  type ActiveSession,
  findSession,
  type Gate,
  SESSION_HOURS,
} from '../modules/accounts/session.service.js';
import type { WorkspaceEnv } from './env.js';
import { helpWaitingFor } from './help/nav-count.js';

export const SESSION_COOKIE = 'qorgau_session';
/** Before there is a session, the sign-in form is protected by a double-submit cookie. */
const LOGIN_COOKIE = 'qorgau_login';

/** Cookies are Secure whenever the page was reached over HTTPS (directly or behind a proxy). */
function overHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: overHttps(c),
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context): void {
  setCookie(c, SESSION_COOKIE, '', {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: overHttps(c),
    maxAge: 0,
  });
}

/** The token for the sign-in form: the same value in a cookie and in the form. */
export function loginCsrf(c: Context): string {
  const existing = getCookie(c, LOGIN_COOKIE);
  if (existing && existing.length >= 32) return existing;
  const token = randomSecret();
  setCookie(c, LOGIN_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: overHttps(c),
    maxAge: 3600,
  });
  return token;
}

/** A form posted from another site is refused: its Origin, when sent, must be this site. */
function checkOrigin(c: Context): void {
  const origin = c.req.header('origin');
  if (origin && origin !== 'null' && origin !== new URL(c.req.url).origin) {
    throw new AppError('csrf_failed', 'The form was sent from another site');
  }
}

export function checkLoginCsrf(c: Context, form: Record<string, unknown>): void {
  checkOrigin(c);
  const cookie = getCookie(c, LOGIN_COOKIE);
  const field = typeof form._csrf === 'string' ? form._csrf : '';
  if (!cookie || !sameSecret(cookie, field)) throw new AppError('csrf_failed', 'The form expired');
}

export function checkCsrf(c: Context, session: ActiveSession, form: Record<string, unknown>): void {
  checkOrigin(c);
  const field = typeof form._csrf === 'string' ? form._csrf : '';
  if (!sameSecret(session.csrfToken, field)) throw new AppError('csrf_failed', 'The form expired');
}

/** Where each gate is passed. */
export const GATE_PAGE: Record<Exclude<Gate, null>, string> = {
  second_factor: 'second-factor',
  change_password: 'password',
  enrol_two_factor: 'two-factor',
};

export const workspacePath = (lang: Language, page = '') => `/${lang}/workspace/${page}`;

/**
 * Opens the workspace to a signed-in person: no session sends them to sign in; a session with a
 * step still to do (second factor, a temporary password, mandatory two-step sign-in) sends them
 * there and nowhere else. Every workspace page is private and never cached.
 */
export function requireSession(allowGate: Gate | 'any' = null): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const lang = c.req.param('lang') as Language;
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(c.var.db, token) : null;
    if (!session) {
      if (token) clearSessionCookie(c);
      return c.redirect(workspacePath(lang, 'login'), 303);
    }
    if (session.gate && allowGate !== 'any' && session.gate !== allowGate) {
      return c.redirect(workspacePath(lang, GATE_PAGE[session.gate]), 303);
    }
    c.set('session', session);
    c.set('actor', session.gate ? { kind: 'public' } : session.principal);
    const waiting = session.gate ? null : await helpWaitingFor(c.var.db, session.principal);
    if (waiting !== null) c.set('helpWaiting', waiting);
    return next();
  };
}
