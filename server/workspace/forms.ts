import type { Context } from 'hono';
import { CATALOGS, formatDateTime, type MessageKey, t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';
import { clientAddress, socketAddress } from '../http/client-address.js';
import type { AppEnv } from '../http/env.js';
import { AppError } from '../http/errors.js';
import { refuseUnstorable } from '../http/validate.js';
import type { WorkspaceEnv } from './env.js';
import { problemsNotice } from './field-errors.js';
import type { Me, Notice } from './views/layout.js';

/** The page's language, from its path. */
export const lang = (c: Context) => c.req.param('lang') as Language;

/** The client's address, for throttling sign-in attempts (behind a trusted proxy, the one it names). */
export function address(c: Context): string {
  const proxies = (c.var as Partial<AppEnv['Variables']>).trustedProxies ?? null;
  return clientAddress(socketAddress(c), c.req.header('x-forwarded-for'), proxies);
}

/**
 * A posted form's fields; repeated fields (checkboxes) become arrays. A body that cannot be read
 * as a form is 400 `invalid_form`; text no column can store (a NUL) is 400 `invalid_text`.
 */
export async function form(c: Context): Promise<Record<string, string | string[]>> {
  let body: Awaited<ReturnType<typeof c.req.parseBody>>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('invalid_form', 'The form cannot be read', [{ path: '', code: 'invalid_form' }]);
  }
  refuseUnstorable(body);
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return out;
}

/** One value of a field that may have come as several. */
export const one = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '');

/** A refusal as the person reads it: a known code in their language, or the error's own words. */
export function problem(l: Language, err: unknown): Notice {
  if (!(err instanceof AppError)) throw err;
  const detail = err.details[0];
  if (err.code === 'account_locked' && detail?.message) {
    const time = formatDateTime(l, detail.message);
    return { kind: 'error', text: `${t(l, 'ws.error.account_locked', { time })} (UTC)` };
  }
  if (detail?.code === 'wrong_password') return { kind: 'error', text: t(l, 'ws.error.wrong_password') };
  // A refused form names each field by its label, with the reason, in the reader's language.
  if (err.code === 'validation_failed' && err.details.length) {
    return problemsNotice(l, err.details);
  }
  const known = `ws.error.${err.code}`;
  if (known in CATALOGS[l]) {
    const fields = err.details.map((d) => d.path).join(', ');
    return { kind: 'error', text: t(l, known as MessageKey, { fields }) };
  }
  return { kind: 'error', text: err.message };
}

/** The signed-in person as the layout shows them, with the CSRF token for forms. */
export function me(c: Context<WorkspaceEnv>): Me {
  const s = c.var.session;
  return {
    name: s.account.display_name,
    role: s.account.role,
    csrf: s.csrfToken,
    helpWaiting: c.var.helpWaiting,
  };
}
