import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export const findAccount = (db: Db, id: string) =>
  db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();

export const findAccountByUsername = (db: Db, username: string) =>
  db
    .selectFrom('accounts')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();

export const listAccountRows = (db: Db) =>
  db.selectFrom('accounts').selectAll().orderBy('username').execute();

export async function countAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ends every session of an account: after a password reset, a role change, or disabling it. */
export const endSessions = (db: Db, accountId: string) =>
  db.deleteFrom('sessions').where('account_id', '=', accountId).execute();

/** Revokes every API token of an account still in force (a password reset: a token is a password too). */
export const revokeTokens = (db: Db, accountId: string) =>
  db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .execute();

const TWO_FACTOR_SETTING = 'two_factor_required';

export async function twoFactorRequired(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', TWO_FACTOR_SETTING)
    .executeTakeFirst();
  return row?.value === true;
}

export async function setTwoFactorRequired(db: Db, required: boolean): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: TWO_FACTOR_SETTING, value: JSON.stringify(required), updated_at: sql`now()` })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(required), updated_at: sql`now()` }),
    )
    .execute();
}

/** Active accounts by name, for choosing whom to assign work to (names only, no account details). */
export const listAssignable = (db: Db) =>
  db
    .selectFrom('accounts')
    .select(['id', 'display_name as name'])
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .execute();
