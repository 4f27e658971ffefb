import { createHash } from 'node:crypto';
import { after, before } from 'node:test';
import type { Kysely } from 'kysely';
import { buildApp } from '../../server/app.js';
import type { DatabaseHandle } from '../../server/db/database.js';
import type { Database } from '../../server/db/schema.js';
import { freshDatabase } from './database.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

type Who = 'admin' | 'public';

/** Calls the app without a port, as the given audience, and decodes the JSON answer. */
export interface Client {
  request(
    method: string,
    path: string,
    options?: { as?: Who; json?: unknown; body?: string; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  get(path: string, as?: Who): Promise<TestResponse>;
  post(path: string, json: unknown, as?: Who): Promise<TestResponse>;
  put(path: string, json: unknown, as?: Who): Promise<TestResponse>;
  delete(path: string, as?: Who): Promise<TestResponse>;
}

export interface TestContext extends Client {
  app: ReturnType<typeof buildApp>;
  db: Kysely<Database>;
  handle: DatabaseHandle;
}

function makeClient(app: ReturnType<typeof buildApp>): Client {
  const request: Client['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if ((options.as ?? 'admin') === 'admin') headers.authorization = `Bearer ${ADMIN_TOKEN}`;
    let body = options.body;
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
export function useTestApp(): TestContext {
  const ctx = {} as TestContext;
  before(async () => {
    const handle = await freshDatabase();
    const tokenHash = createHash('sha256').update(ADMIN_TOKEN).digest('hex');
    const app = buildApp({ db: handle.db, adminTokenHash: tokenHash });
    Object.assign(ctx, makeClient(app), { app, db: handle.db, handle });
  });
  after(async () => {
    await ctx.handle?.close();
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
