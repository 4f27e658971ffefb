import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import type { Role } from '../../shared/access/permissions.js';
import type { TestContext } from './app.js';

export const PASSWORD = 'a long enough passphrase';

/** A browser without a browser: keeps cookies, posts forms, does not follow redirects. */
export function workspaceBrowser(t: TestContext, extraHeaders: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  const send = async (method: string, path: string, fields?: Record<string, string | string[]>) => {
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
    post: (path: string, fields: Record<string, string | string[]>) => send('POST', path, fields),
    csrf,
    /** Opens a page and sends a form with the page's CSRF token. */
    async submit(page: string, action: string, fields: Record<string, string | string[]>) {
      const html = (await send('GET', page)).html;
      return send('POST', action, { _csrf: csrf(html), ...fields });
    },
    async signIn(username: string, password = PASSWORD) {
      return this.submit('/en/workspace/login', '/en/workspace/login', { username, password });
    },
  };
}

let n = 0;

/** A new account with a known password. */
export async function accountFor(t: TestContext, role: Role, password: string | null = PASSWORD) {
  n += 1;
  const input = AccountInput.parse({
    username: `${role}${n}-${process.pid}`.slice(0, 60),
    displayName: `${role} ${n}`,
    role,
  });
  return createAccount(t.db, systemPrincipal('test'), input, password);
}

/** A browser signed in as a new account of this role. */
export async function signedIn(t: TestContext, role: Role) {
  const { account } = await accountFor(t, role);
  const b = workspaceBrowser(t);
  await b.signIn(account.username);
  return Object.assign(b, { account });
}
