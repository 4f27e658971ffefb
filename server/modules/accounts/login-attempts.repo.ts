import type { Db } from '../../db/database.js';

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
