import type { Db } from '../../db/database.js';

/** The desk key in use: the newest version not retired, or undefined before `help-desk init`. */
export const currentDeskKey = (db: Db) =>
  db
    .selectFrom('help_desk_keys')
    .selectAll()
    .where('retired_at', 'is', null)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

export const deskKeyVersion = (db: Db, version: number) =>
  db.selectFrom('help_desk_keys').selectAll().where('version', '=', version).executeTakeFirst();

export const deskKeyCount = async (db: Db): Promise<number> =>
  Number(
    (
      await db
        .selectFrom('help_desk_keys')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

export async function insertDeskKey(
  db: Db,
  values: {
    version: number;
    public_key: Uint8Array;
    recovery_wrapped: Uint8Array;
    recovery_salt: Uint8Array;
  },
): Promise<void> {
  await db.insertInto('help_desk_keys').values(values).execute();
}

export const staffKeyOf = (db: Db, accountId: string) =>
  db.selectFrom('help_staff_keys').selectAll().where('account_id', '=', accountId).executeTakeFirst();

/** Creates or replaces an account's key pair (a replaced pair loses its grants first, by the caller). */
export async function putStaffKey(
  db: Db,
  values: { account_id: string; public_key: Uint8Array; private_wrapped: Uint8Array; salt: Uint8Array },
): Promise<void> {
  await db
    .insertInto('help_staff_keys')
    .values(values)
    .onConflict((oc) =>
      oc.column('account_id').doUpdateSet({
        public_key: values.public_key,
        private_wrapped: values.private_wrapped,
        salt: values.salt,
      }),
    )
    .execute();
}

/** The private key rewrapped under a new password: the pair and its grants stay. */
export async function rewrapStaffKey(
  db: Db,
  accountId: string,
  values: { private_wrapped: Uint8Array; salt: Uint8Array },
): Promise<void> {
  await db.updateTable('help_staff_keys').set(values).where('account_id', '=', accountId).execute();
}

export async function deleteStaffKey(db: Db, accountId: string): Promise<number> {
  const result = await db
    .deleteFrom('help_staff_keys')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export const grantOf = (db: Db, accountId: string, version: number) =>
  db
    .selectFrom('help_desk_grants')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('key_version', '=', version)
    .executeTakeFirst();

export async function putGrant(
  db: Db,
  values: { account_id: string; key_version: number; sealed_private: Uint8Array; granted_by: string },
): Promise<void> {
  await db
    .insertInto('help_desk_grants')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['account_id', 'key_version']).doUpdateSet({
        sealed_private: values.sealed_private,
        granted_by: values.granted_by,
        granted_at: new Date(),
      }),
    )
    .execute();
}

/** Removes every grant of an account; returns how many there were. */
export async function deleteGrants(db: Db, accountId: string): Promise<number> {
  const result = await db
    .deleteFrom('help_desk_grants')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Every account and what it holds of the desk: a key pair, a grant of the current version. */
export const deskAccessRows = (db: Db, version: number | null) =>
  db
    .selectFrom('accounts')
    .leftJoin('help_staff_keys', 'help_staff_keys.account_id', 'accounts.id')
    .leftJoin('help_desk_grants', (join) =>
      join
        .onRef('help_desk_grants.account_id', '=', 'accounts.id')
        .on('help_desk_grants.key_version', '=', version ?? -1),
    )
    .select([
      'accounts.id',
      'accounts.username',
      'accounts.display_name',
      'accounts.role',
      'accounts.disabled_at',
      'help_staff_keys.account_id as key_account',
      'help_desk_grants.granted_at',
    ])
    .orderBy('accounts.display_name')
    .execute();

export async function setSessionDeskKey(
  db: Db,
  tokenHash: string,
  wrapped: Uint8Array | null,
  version: number | null,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ desk_key_wrapped: wrapped, desk_key_version: version })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/**
 * A session's wrapped desk key: only once the session is complete (past the second factor), not
 * expired, and while its account still holds a grant of that version.
 */
export const sessionDeskKey = (db: Db, tokenHash: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('help_desk_grants', (join) =>
      join
        .onRef('help_desk_grants.account_id', '=', 'sessions.account_id')
        .onRef('help_desk_grants.key_version', '=', 'sessions.desk_key_version'),
    )
    .innerJoin('help_desk_keys', 'help_desk_keys.version', 'sessions.desk_key_version')
    .select(['sessions.desk_key_wrapped', 'sessions.desk_key_version', 'help_desk_keys.public_key'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.complete', '=', true)
    .where('sessions.expires_at', '>', new Date())
    .where('sessions.desk_key_wrapped', 'is not', null)
    .where('help_desk_keys.retired_at', 'is', null)
    .executeTakeFirst();

/** Forgets the desk key in every session of an account (access revoked, key replaced). */
export async function clearSessionDeskKeys(db: Db, accountId: string | null): Promise<void> {
  let query = db.updateTable('sessions').set({ desk_key_wrapped: null, desk_key_version: null });
  if (accountId) query = query.where('account_id', '=', accountId);
  await query.execute();
}

/**
 * Holds the desk key version a new message is sealed to until the writing transaction ends; a
 * rotation (which retires the version) waits for it, and a writer that lost the race learns it.
 */
export async function holdDeskKeyVersion(db: Db, version: number): Promise<boolean> {
  const row = await db
    .selectFrom('help_desk_keys')
    .select('version')
    .where('version', '=', version)
    .where('retired_at', 'is', null)
    .forShare()
    .executeTakeFirst();
  return row !== undefined;
}

/** Retires a version and forgets its recovery wrapping (nothing is sealed to it any more). */
export async function retireDeskKeyVersion(db: Db, version: number, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('help_desk_keys')
    .set({ retired_at: at, recovery_wrapped: new Uint8Array(0) })
    .where('version', '=', version)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteGrantsOfVersion(db: Db, version: number): Promise<void> {
  await db.deleteFrom('help_desk_grants').where('key_version', '=', version).execute();
}

/** Accounts holding a grant of a version, with their public key, role and whether they are active. */
export const granteesOfVersion = (db: Db, version: number) =>
  db
    .selectFrom('help_desk_grants')
    .innerJoin('help_staff_keys', 'help_staff_keys.account_id', 'help_desk_grants.account_id')
    .innerJoin('accounts', 'accounts.id', 'help_desk_grants.account_id')
    .select(['accounts.id', 'accounts.role', 'accounts.disabled_at', 'help_staff_keys.public_key'])
    .where('help_desk_grants.key_version', '=', version)
    .execute();
