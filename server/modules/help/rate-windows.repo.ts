import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * Counters in fixed time windows, kept in the database so every server process shares them and
 * none is kept per address. A bucket names what it counts and its window, e.g.
 * `submit:2026-12-01T15:10`; expired buckets are cleared as new ones are written.
 */
export async function countHit(db: Db, bucket: string, expiresAt: Date, by = 1): Promise<number> {
  const row = await db
    .insertInto('help_rate_windows')
    .values({ bucket, hits: by, expires_at: expiresAt })
    .onConflict((oc) => oc.column('bucket').doUpdateSet({ hits: sql`help_rate_windows.hits + ${by}` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

/** The hits a bucket holds now (0 when it has none or has expired). */
export async function hitsOf(db: Db, bucket: string, now = new Date()): Promise<number> {
  const row = await db
    .selectFrom('help_rate_windows')
    .select('hits')
    .where('bucket', '=', bucket)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.hits ?? 0;
}

/** Removes expired windows; cheap, so it can run on every write of a new window. */
export async function clearExpiredWindows(db: Db, now = new Date()): Promise<void> {
  await db.deleteFrom('help_rate_windows').where('expires_at', '<=', now).execute();
}

/** The bucket name of a window of `minutes` containing `at` (UTC, aligned to the epoch). */
export function windowBucket(
  name: string,
  minutes: number,
  at = new Date(),
): { bucket: string; expiresAt: Date } {
  const size = minutes * 60_000;
  const start = Math.floor(at.getTime() / size) * size;
  return {
    bucket: `${name}:${new Date(start).toISOString().slice(0, 16)}`,
    expiresAt: new Date(start + size),
  };
}
