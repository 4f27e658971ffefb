import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ApiTokensTable } from '../../db/schema.accounts.js';

export const insertToken = (trx: Db, values: Insertable<ApiTokensTable>) =>
  trx.insertInto('api_tokens').values(values).returningAll().executeTakeFirstOrThrow();

export const listTokenRows = (db: Db, accountId: string) =>
  db
    .selectFrom('api_tokens')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .execute();

export const findToken = (db: Db, id: string) =>
  db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();

export const revokeTokenRow = (trx: Db, id: string) =>
  trx
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** A live token by its hash (not revoked, not expired, its account enabled), with its account. */
export const liveToken = (db: Db, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.scopes',
      'api_tokens.last_used_at',
      'accounts.id',
      'accounts.username',
      'accounts.role',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('accounts.disabled_at', 'is', null)
    .where((eb) =>
      eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', sql<Date>`now()`)]),
    )
    .executeTakeFirst();

export async function markTokenUsed(db: Db, id: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', id).execute();
}
