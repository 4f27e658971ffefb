import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import type { Role } from '../../shared/access/permissions.js';
import type { TestContext } from './app.js';

/** The password of every account these helpers create. */
export const PASSWORD = 'a long enough passphrase';

export type Fields = Record<string, string | string[]>;

/** A browser without a browser: keeps cookies, posts forms, does not follow redirects. */
export function browser(t: TestContext, extraHeaders: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  const send = async (method: string, path: string, fields?: Fields) => {
    const headers: Record<string, string> = { ...extraHeaders };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (fields) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) params.append(k, one);
      body = params.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await t.app.request(path, { method, headers, body });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair as string).split('=');
      if (value.join('=') === '') jar.delete(name as string);
      else jar.set(name as string, value.join('='));
    }
    return {
      status: res.status,
      html: await res.text(),
      location: res.headers.get('location'),
      headers: res.headers,
    };
  };
  const csrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return {
    jar,
    get: (path: string) => send('GET', path),
    post: (path: string, fields: Fields) => send('POST', path, fields),
    csrf,
    /** Opens a page and sends its form with the page's CSRF token. */
    async submit(page: string, action: string, fields: Fields) {
      const html = (await send('GET', page)).html;
      return send('POST', action, { _csrf: csrf(html), ...fields });
    },
    async signIn(username: string, password = PASSWORD) {
      return this.submit('/en/workspace/login', '/en/workspace/login', { username, password });
    },
  };
}

export type Browser = ReturnType<typeof browser>;
export const workspaceBrowser = browser;

let n = 0;

/** A new account with a known password (or a temporary one when `password` is null). */
export async function account(t: TestContext, role: Role = 'monitor', password: string | null = PASSWORD) {
  n += 1;
  const input = AccountInput.parse({
    username: `worker${n}`,
    displayName: `Worker ${n}`,
    role,
    // The workspace opens in the account's language after sign-in; the helpers sign in in English.
    language: 'en',
  });
  return createAccount(t.db, systemPrincipal('test'), input, password);
}

/** A browser signed in as a new account with the role. */
export async function signedIn(t: TestContext, role: Role) {
  const { account: a } = await account(t, role);
  const b = browser(t);
  const res = await b.signIn(a.username);
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  return Object.assign(b, { accountId: a.id, username: a.username, account: a });
}

/** The form fields of a page as the browser would send them (text inputs, textareas, ticked boxes, selects). */
export function formFields(html: string, action: string): Fields {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const body = html.slice(start, html.indexOf('</form>', start));
  const out: Fields = {};
  const add = (name: string, value: string) => {
    const prev = out[name];
    out[name] = prev === undefined ? value : [prev, value].flat();
  };
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  for (const [tag] of body.matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(tag)?.[1];
    if (!name) continue;
    const value = decode(/value="([^"]*)"/.exec(tag)?.[1] ?? '');
    if (/type="checkbox"/.test(tag) && !/checked/.test(tag)) continue;
    add(name, value);
  }
  for (const [, name, value] of body.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) {
    add(name as string, decode(value as string));
  }
  for (const [, name, options] of body.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected = /<option value="([^"]*)" selected/.exec(options as string)?.[1];
    const first = /<option value="([^"]*)"/.exec(options as string)?.[1];
    add(name as string, decode(selected ?? first ?? ''));
  }
  return out;
}
