import PgBoss from 'pg-boss';
import type { JobSql } from '../db/job-sql.js';

/** How a kind of job is tried again when its handler fails. */
export interface RetryPolicy {
  /** Tries after the first one. */
  retryLimit: number;
  /** Seconds before the first retry; with backoff each later wait roughly doubles (with jitter). */
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A try still running after this long counts as failed (and is retried). */
  expireInSeconds?: number;
}

/** One job per key and time slot (e.g. one mail per person every few minutes, however many events). */
export interface Debounce {
  key: string;
  seconds: number;
}

/** What a handler learns about the job it works, beside its data. */
export interface JobInfo {
  id: string;
  /** 0 on the first try, 1 on the first retry, … */
  retryCount: number;
}

export type JobHandler<T> = (data: T, job: JobInfo) => Promise<void>;

/** Mail, reminders: a kind of job is a named queue with its own retry policy. */
export interface JobQueue {
  /** Creates the queue if it is new, and applies `policy` to it either way. */
  define(name: string, policy: RetryPolicy): Promise<void>;
  /**
   * Queues a job for `name`; call after the transaction that decided it has committed. With
   * `debounce`, at most one job per key is queued in each slot of that many seconds: a job sent
   * while the slot is taken goes to the next slot (once), and any more are dropped (null).
   */
  send(name: string, data: object, options?: { debounce?: Debounce }): Promise<string | null>;
  /** Works the jobs of `name` one at a time; a handler that throws fails that try of that job only. */
  work<T>(name: string, handler: JobHandler<T>): Promise<void>;
  /** Stops fetching, waits (up to `timeoutMs`) for running handlers, and lets go of the database. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface JobQueueOptions {
  /** How often an idle worker asks for work; pg-boss's floor is half a second. */
  pollingIntervalSeconds?: number;
  /** How many jobs a worker takes at each fetch (worked one after another). */
  batchSize?: number;
  /** Where pg-boss keeps its tables. */
  schema?: string;
}

/** The schema pg-boss creates and migrates on its own, beside the application's tables. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Starts pg-boss 10 over the application's database (server/db/job-sql.ts: the same pool, PGlite or
 * PostgreSQL). It creates or migrates its own schema, then supervises: expires stuck tries, archives
 * and deletes old jobs. Cron scheduling stays off until a job needs it (one fewer poller on PGlite).
 */
export async function startJobQueue(sql: JobSql, options: JobQueueOptions = {}): Promise<JobQueue> {
  const polling = options.pollingIntervalSeconds ?? 2;
  const batchSize = options.batchSize ?? 10;
  const boss = new PgBoss({
    db: sql as PgBoss.Db,
    schema: options.schema ?? JOBS_SCHEMA,
    schedule: false,
    supervise: true,
    // A done job says who was told what and when: it is archived after an hour and deleted a day
    // later, not kept for pg-boss's default week.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 1,
  });
  // pg-boss reports failures of its own queries (e.g. no connection free in time) as events and
  // carries on. Only the message is logged: a job's data never reaches the log.
  boss.on('error', (err: Error) => console.error(`Job queue: ${err.message}`));
  await boss.start();
  return {
    async define(name, policy) {
      const settings = {
        retryLimit: policy.retryLimit,
        retryDelay: policy.retryDelaySeconds,
        retryBackoff: policy.retryBackoff,
        ...(policy.expireInSeconds ? { expireInSeconds: policy.expireInSeconds } : {}),
      };
      await boss.createQueue(name, { name, ...settings });
      await boss.updateQueue(name, { name, ...settings });
    },
    async send(name, data, options = {}) {
      const { debounce } = options;
      if (debounce) return boss.sendDebounced(name, data, {}, debounce.seconds, debounce.key);
      const id = await boss.send(name, data);
      if (!id) throw new Error(`job queue: "${name}" refused a job`);
      return id;
    },
    async work<T>(name: string, handler: JobHandler<T>) {
      // pg-boss 10 waits a whole polling interval between fetches, so each fetch takes a batch;
      // the batch's jobs are worked one by one and each fails (and is retried) on its own: a job
      // failed here is no longer active, and pg-boss completes only the active ones after the batch.
      const fetch = { pollingIntervalSeconds: polling, batchSize, includeMetadata: true };
      await boss.work<T>(name, fetch, async (batch) => {
        for (const job of batch) {
          try {
            await handler(job.data, { id: job.id, retryCount: retryCountOf(job) });
          } catch (err) {
            await boss.fail(name, job.id, { message: (err as Error).message });
          }
        }
      });
    },
    async stop(timeoutMs = 10_000) {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
}

function retryCountOf(job: PgBoss.Job<unknown>): number {
  return (job as PgBoss.Job<unknown> & { retryCount?: number }).retryCount ?? 0;
}
