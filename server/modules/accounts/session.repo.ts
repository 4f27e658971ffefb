import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { SessionsTable } from '../../db/schema.accounts.js';

export async function insertSession(db: Db, values: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(values).execute();
}

/** A session by its token's hash, with its account. */
export const sessionWithAccount = (db: Db, tokenHash: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .selectAll('accounts')
    .select([
      'sessions.csrf_token',
      'sessions.complete',
      'sessions.expires_at',
      'sessions.last_seen_at as session_seen_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();

export const deleteSession = (db: Db, tokenHash: string) =>
  db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();

/** Changes a session: seen now, or completed by the second factor with a new expiry. */
export async function setSession(
  db: Db,
  tokenHash: string,
  values: { last_seen_at: Date; complete?: boolean; expires_at?: Date },
): Promise<void> {
  await db.updateTable('sessions').set(values).where('token_hash', '=', tokenHash).execute();
}
