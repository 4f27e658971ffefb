import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Kysely } from 'kysely';
import { type AppOptions, buildApp } from '../../server/app.js';
import type { DatabaseHandle } from '../../server/db/database.js';
import type { Database } from '../../server/db/schema.js';
import { accountWithToken } from '../../server/modules/accounts/bootstrap.js';
import { ROLES, type Role } from '../../shared/access/permissions.js';
import { freshDatabase } from './database.js';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/** Who a request comes from: the public, or an API token of an account with that role. */
export type Who = 'admin' | 'public' | Role;

/** Calls the app without a port, as the given audience, and decodes the JSON answer. */
export interface Client {
  request(
    method: string,
    path: string,
    options?: { as?: Who; json?: unknown; body?: string; form?: FormData; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  get(path: string, as?: Who): Promise<TestResponse>;
  post(path: string, json: unknown, as?: Who): Promise<TestResponse>;
  put(path: string, json: unknown, as?: Who): Promise<TestResponse>;
  delete(path: string, as?: Who): Promise<TestResponse>;
}

export interface TestContext extends Client {
  app: ReturnType<typeof buildApp>;
  /** A full-scope API token per role, and the id of the account behind it. */
  tokens: Record<Role, string>;
  accounts: Record<Role, string>;
  db: Kysely<Database>;
  handle: DatabaseHandle;
  /** The evidence files of this test file's app, in a temporary directory. */
  filesDir: string;
}

/** A temporary directory for an app's evidence files, removed by the returned function. */
export function tempFilesDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-files-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function makeClient(app: ReturnType<typeof buildApp>, tokens: Record<Role, string>): Client {
  const request: Client['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const as = options.as ?? 'admin';
    if (as !== 'public') headers.authorization = `Bearer ${tokens[as === 'admin' ? 'administrator' : as]}`;
    let body: string | FormData | undefined = options.form ?? options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  };
  return {
    request,
    get: (path, as) => request('GET', path, { as }),
    post: (path, json, as) => request('POST', path, { json, as }),
    put: (path, json, as) => request('PUT', path, { json, as }),
    delete: (path, as) => request('DELETE', path, { as }),
  };
}

/**
 * Gives the test file a fresh migrated database and an app on it, opened before the first test
 * and closed after the last. Use the returned object's fields inside tests.
 */
export function useTestApp(options: Partial<Omit<AppOptions, 'db' | 'files'>> = {}): TestContext {
  const ctx = {} as TestContext;
  const files = tempFilesDir();
  before(async () => {
    const handle = await freshDatabase();
    const app = buildApp({ ...options, db: handle.db, files: { dir: files.dir } });
    const tokens = {} as Record<Role, string>;
    const accounts = {} as Record<Role, string>;
    for (const role of ROLES) {
      const issued = await accountWithToken(handle.db, `test-${role}`, role);
      tokens[role] = issued.token;
      accounts[role] = issued.accountId;
    }
    Object.assign(ctx, makeClient(app, tokens), {
      app,
      db: handle.db,
      handle,
      tokens,
      accounts,
      filesDir: files.dir,
    });
  });
  after(async () => {
    await ctx.handle?.close();
    files.remove();
  });
  return ctx;
}

/** How many rows a table has: tests use it to prove a refused request wrote nothing. */
export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
