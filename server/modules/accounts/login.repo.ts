import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export async function insertAttempt(
  db: Db,
  values: { username: string; address: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db.insertInto('login_attempts').values(values).execute();
}

/** Failed sign-ins from one address since a moment. */
export async function failuresFrom(db: Db, address: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('address', '=', address)
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The times of a username's failed sign-ins since `since`, oldest first (at most `limit`). */
export async function failureTimes(db: Db, username: string, since: Date, limit = 1000): Promise<Date[]> {
  const rows = await db
    .selectFrom('login_attempts')
    .select('at')
    .where('username', '=', username)
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .orderBy('at')
    .limit(limit)
    .execute();
  return rows.map((r) => new Date(r.at));
}

/** Old attempts only matter for a quarter of an hour; keep a day of them for the record. */
export const pruneAttempts = (db: Db) =>
  db.deleteFrom('login_attempts').where('at', '<', sql<Date>`now() - interval '1 day'`).execute();
