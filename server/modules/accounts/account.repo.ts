import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AccountsTable } from '../../db/schema.accounts.js';

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

export const insertAccount = (trx: Db, values: Insertable<AccountsTable>) =>
  trx.insertInto('accounts').values(values).returningAll().executeTakeFirstOrThrow();

/** Changes some columns of an account; returns the row as it is now. */
export const setAccount = (db: Db, id: string, values: Updateable<AccountsTable>) =>
  db.updateTable('accounts').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

/** Ends an account's sessions but one (the session that changed its own password). */
export const endOtherSessions = (db: Db, accountId: string, keepTokenHash: string) =>
  db
    .deleteFrom('sessions')
    .where('account_id', '=', accountId)
    .where('token_hash', '!=', keepTokenHash)
    .execute();

export const deleteRecoveryCodes = (db: Db, accountId: string) =>
  db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();

export async function insertRecoveryCodes(db: Db, accountId: string, codeHashes: string[]): Promise<void> {
  await db
    .insertInto('recovery_codes')
    .values(codeHashes.map((code_hash) => ({ account_id: accountId, code_hash })))
    .execute();
}

/** Uses an unused recovery code of the account; false when there is none with this hash. */
export async function useRecoveryCode(
  db: Db,
  accountId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const used = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('account_id', '=', accountId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .returning('code_hash')
    .executeTakeFirst();
  return used !== undefined;
}
