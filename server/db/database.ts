import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { lockDataDirectory } from './data-dir-lock.js';
import { type JobSql, jobSqlOver } from './job-sql.js';
import type { Database } from './schema.js';

/** A connection or a transaction: repositories accept either, so callers pass `trx` down. */
export type Db = Kysely<Database> | Transaction<Database>;

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(1082, (value) => value);
// bigint counts fit in a double for any realistic table.
pg.types.setTypeParser(20, (value) => Number(value));

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  /** The job queue's way to the same database, over the same pool (server/jobs). */
  jobSql: JobSql;
  close(): Promise<void>;
}

/** Opens PostgreSQL at `url`, or embedded PGlite in `dataDir` (or in memory when dataDir is null). */
export async function openDatabase(options: {
  url?: string | null;
  dataDir?: string | null;
  poolSize?: number;
}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection the server closes (restart, failover) must not bring the process down;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', jobSql: jobSqlOver(pool), close: () => db.destroy() };
  }
  let pglite: PGlite;
  let lock: { release(): void } | null = null;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // Before PGlite touches the files: a second process must be refused, not given a stale copy.
    lock = lockDataDirectory(options.dataDir);
    try {
      pglite = await PGlite.create(join(options.dataDir, 'pglite'));
    } catch (err) {
      lock.release();
      throw err;
    }
  } else {
    pglite = await PGlite.create();
  }
  const pool = new pg.Pool(createPgConfig(pglite) as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'pglite',
    jobSql: jobSqlOver(pool),
    close: async () => {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * PostgreSQL's answers that mean "nothing was wrong with the request, another one got in the
 * way": serialization failure, deadlock, lock not available. Such a transaction is rolled back
 * whole, so running it again is safe.
 */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40001', '40P01', '55P03']);
/** How many times a transaction is tried before the client is told to try again (503). */
export const TRANSACTION_ATTEMPTS = 4;

const isRetryable = (err: unknown): boolean =>
  typeof err === 'object' &&
  err !== null &&
  RETRYABLE_SQLSTATES.has(String((err as { code?: unknown }).code));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in a transaction, joining the caller's when there is one: a use case can then be
 * called alone or as part of a larger one (the demo loader) and still commit all or nothing.
 * A transaction of its own that loses a deadlock or a serialization check is run again, after a
 * short random pause, up to TRANSACTION_ATTEMPTS times; the last failure goes to the caller
 * (answered 503 `try_again`).
 */
export async function inTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(work);
    } catch (err) {
      if (!isRetryable(err) || attempt >= TRANSACTION_ATTEMPTS) throw err;
      await pause(Math.random() * 20 * attempt);
    }
  }
}
