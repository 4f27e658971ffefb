import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { AppError } from './errors.js';

/** Who is making a request. Until accounts exist there is one internal identity: the admin token. */
export type Actor = { kind: 'admin'; id: string } | { kind: 'public'; id: 'public' };

export const PUBLIC_ACTOR: Actor = { kind: 'public', id: 'public' };
export const ADMIN_ACTOR: Actor = { kind: 'admin', id: 'admin' };

const TOKEN_SETTING = 'admin_token_sha256';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Makes sure an admin token exists. A configured token is used as given; otherwise one is
 * generated at first start, stored only as a hash, and returned so it can be printed once.
 */
export async function ensureAdminToken(
  db: Db,
  configured: string | null,
): Promise<{ hash: string; generated: string | null }> {
  if (configured) return { hash: sha256(configured), generated: null };
  const existing = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', TOKEN_SETTING)
    .executeTakeFirst();
  if (existing) return { hash: existing.value as unknown as string, generated: null };
  const token = randomBytes(24).toString('base64url');
  await db
    .insertInto('settings')
    .values({ key: TOKEN_SETTING, value: JSON.stringify(sha256(token)), updated_at: sql`now()` })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return { hash: sha256(token), generated: token };
}

/** Sets `actor` from the Authorization header; a wrong token is an error, no token is public. */
export function authenticate(tokenHash: string): MiddlewareHandler<{ Variables: { actor: Actor } }> {
  const expected = Buffer.from(tokenHash, 'hex');
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      c.set('actor', PUBLIC_ACTOR);
      return next();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const given = match?.[1] ? Buffer.from(sha256(match[1]), 'hex') : Buffer.alloc(0);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('unauthorized', 'The bearer token is not valid');
    }
    c.set('actor', ADMIN_ACTOR);
    return next();
  };
}

/** Throws unless the request carries the admin token. */
export function requireInternal(actor: Actor): asserts actor is Extract<Actor, { kind: 'admin' }> {
  if (actor.kind !== 'admin') {
    throw new AppError('unauthorized', 'This needs an internal account: send the bearer token');
  }
}
