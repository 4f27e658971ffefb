import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/*
 * The SQL of the public forms' guard: the server's own signing secrets, and the form tokens
 * seen (by their hash only). Nothing here knows who sent a form.
 */

// Secrets never change once made: each process reads each one once per database.
const known = new WeakMap<Db, Map<string, Promise<Uint8Array>>>();

/** The secret of that name, made (32 random bytes) the first time it is asked for. */
export function serverSecret(db: Db, name: string): Promise<Uint8Array> {
  let secrets = known.get(db);
  if (!secrets) {
    secrets = new Map();
    known.set(db, secrets);
  }
  let secret = secrets.get(name);
  if (!secret) {
    secret = readOrMakeSecret(db, name);
    // A failed read (the database busy or gone) is not remembered.
    secret.catch(() => secrets.delete(name));
    secrets.set(name, secret);
  }
  return secret;
}

async function readOrMakeSecret(db: Db, name: string): Promise<Uint8Array> {
  await db
    .insertInto('help_server_secrets')
    .values({ name, secret: randomBytes(32) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('help_server_secrets')
    .select('secret')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return new Uint8Array(row.secret);
}

/** Counts one more try of a form token; returns the tries so far and whether it was spent. */
export async function countTokenTry(
  db: Db,
  tokenHash: string,
  expiresAt: Date,
): Promise<{ tries: number; spent: boolean }> {
  const row = await db
    .insertInto('help_form_tokens')
    .values({ token_hash: tokenHash, tries: 1, expires_at: expiresAt })
    .onConflict((oc) => oc.column('token_hash').doUpdateSet({ tries: sql`help_form_tokens.tries + 1` }))
    .returning(['tries', 'spent_at'])
    .executeTakeFirstOrThrow();
  return { tries: row.tries, spent: row.spent_at !== null };
}

/** Marks a token spent; false when another request spent it first. */
export async function spendToken(db: Db, tokenHash: string): Promise<boolean> {
  const row = await db
    .updateTable('help_form_tokens')
    .set({ spent_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .where('spent_at', 'is', null)
    .returning('token_hash')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives a token back when what it was spent on failed on the server's side. */
export async function unspendToken(db: Db, tokenHash: string): Promise<void> {
  await db
    .updateTable('help_form_tokens')
    .set({ spent_at: null })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Tokens past their age can no longer be sent: their rows are dropped. */
export async function clearExpiredTokens(db: Db, now = new Date()): Promise<void> {
  await db.deleteFrom('help_form_tokens').where('expires_at', '<=', now).execute();
}
