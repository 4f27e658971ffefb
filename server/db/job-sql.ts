import type pg from 'pg';

/** What the job queue (pg-boss) is given instead of a connection string: one way to run its SQL. */
export interface JobSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** How long a job-queue query waits for a connection before it gives up (and is tried again later). */
export const JOB_SQL_WAIT_MS = 10_000;

/**
 * Runs the job queue's SQL on the application's own pool. On PGlite that pool has ONE connection:
 * while one of our transactions holds it, a queue query waits, and a transaction that (wrongly)
 * waited for the queue would wait forever. So a queue query never waits longer than `waitMs` for
 * the connection: it fails, pg-boss logs it and polls again, and the transaction carries on.
 * pg-boss sends some commands as one string with BEGIN … COMMIT; if one fails half way, the
 * connection would stay inside an aborted transaction and every later query of the application
 * would fail, so a failure is followed by a ROLLBACK before the connection goes back to the pool.
 */
export function jobSqlOver(pool: pg.Pool, waitMs = JOB_SQL_WAIT_MS): JobSql {
  return {
    async executeSql(text, values) {
      const client = await connectWithin(pool, waitMs);
      try {
        return await client.query(text, values as unknown[] | undefined);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
  };
}

async function connectWithin(pool: pg.Pool, waitMs: number): Promise<pg.PoolClient> {
  const pending = pool.connect();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`job queue: no database connection free within ${waitMs} ms`)),
      waitMs,
    );
  });
  try {
    return await Promise.race([pending, late]);
  } catch (err) {
    // The connection may still come; it goes straight back to the pool.
    pending.then(
      (client) => client.release(),
      () => undefined,
    );
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
