import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { ENGINE, freshDatabase } from '../../test/helpers/database.js';
import type { DatabaseHandle } from '../db/database.js';
import { jobSqlOver } from '../db/job-sql.js';
import { type JobQueue, startJobQueue } from './job-queue.js';

/*
 * pg-boss over the application's own pool, on the engine of this run (PGlite in memory, with its
 * one connection, or a fresh PostgreSQL database).
 */
let handle: DatabaseHandle;
let jobs: JobQueue;

before(async () => {
  handle = await freshDatabase({ migrate: false });
  jobs = await startJobQueue(handle.jobSql, { pollingIntervalSeconds: 0.5 });
});

after(async () => {
  await jobs?.stop(2000);
  await handle?.close();
});

/** Resolves when `ready()` holds, or fails the test after `ms` (a test never hangs). */
async function until(ready: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test(`${ENGINE}: a job sent is worked once, with its data`, async () => {
  const seen: { data: unknown; retryCount: number }[] = [];
  await jobs.define('test-echo', { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false });
  await jobs.work<{ n: number }>('test-echo', async (data, job) => {
    seen.push({ data, retryCount: job.retryCount });
  });
  const id = await jobs.send('test-echo', { n: 42 });
  assert.match(id ?? '', /^[0-9a-f-]{36}$/);
  await until(() => seen.length > 0, 15_000, 'the job to be worked');
  await new Promise((resolve) => setTimeout(resolve, 1200)); // another poll or two: still once
  assert.deepEqual(seen, [{ data: { n: 42 }, retryCount: 0 }]);
});

test(`${ENGINE}: a failing job is retried with backoff until it succeeds`, async () => {
  const tries: { at: number; retryCount: number }[] = [];
  await jobs.define('test-flaky', { retryLimit: 3, retryDelaySeconds: 1, retryBackoff: true });
  await jobs.work('test-flaky', async (_data, job) => {
    tries.push({ at: Date.now(), retryCount: job.retryCount });
    if (tries.length < 3) throw new Error('refused');
  });
  await jobs.send('test-flaky', {});
  await until(() => tries.length >= 3, 30_000, 'the third try');
  assert.deepEqual(
    tries.map((t) => t.retryCount),
    [0, 1, 2],
  );
  // Backoff: the first retry waits at least the delay (1 s), the second at least twice it.
  const [first, second, third] = tries.map((t) => t.at) as [number, number, number];
  assert.ok(second - first >= 1000, `first retry after ${second - first} ms`);
  assert.ok(third - second >= 2000, `second retry after ${third - second} ms`);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(tries.length, 3, 'a job that succeeded is not tried again');
});

test(`${ENGINE}: debounced, many jobs with one key become one now and one in the next slot`, async () => {
  let worked = 0;
  await jobs.define('test-debounced', { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false });
  await jobs.work('test-debounced', async () => {
    worked += 1;
  });
  const ids = [];
  for (let i = 0; i < 10; i += 1) {
    ids.push(await jobs.send('test-debounced', { i }, { debounce: { key: 'someone', seconds: 2 } }));
  }
  const queued = ids.filter((id) => id !== null);
  assert.ok(queued.length >= 1 && queued.length <= 3, `${queued.length} queued`); // 3 if a slot ended meanwhile
  await until(() => worked >= queued.length, 15_000, 'the debounced jobs');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(worked, queued.length);
});

test(`${ENGINE}: in a batch, a failing job is retried alone and the others complete once`, async () => {
  const tries: string[] = [];
  await jobs.define('test-batch', { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false });
  for (const n of [1, 2, 3]) await jobs.send('test-batch', { n });
  await jobs.work<{ n: number }>('test-batch', async ({ n }, job) => {
    tries.push(`${n}:${job.retryCount}`);
    if (n === 2 && job.retryCount === 0) throw new Error('refused');
  });
  await until(() => tries.length >= 4, 20_000, 'the retry of job 2');
  await new Promise((resolve) => setTimeout(resolve, 2500));
  assert.deepEqual([...tries].sort(), ['1:0', '2:0', '2:1', '3:0']);
});

test('a queue query gives up waiting behind a transaction that holds the one PGlite connection', async () => {
  const pglite = await PGlite.create();
  const pool = new pg.Pool(createPgConfig(pglite) as pg.PoolConfig);
  try {
    const sql = jobSqlOver(pool, 300);
    const held = await pool.connect();
    await held.query('BEGIN');
    const started = Date.now();
    await assert.rejects(sql.executeSql('SELECT 1'), /no database connection free within 300 ms/);
    assert.ok(Date.now() - started < 5000);
    await held.query('COMMIT');
    held.release();
    // The connection that came too late went back to the pool: the next query gets it.
    assert.deepEqual((await sql.executeSql('SELECT 1 AS one')).rows, [{ one: 1 }]);
  } finally {
    await pool.end();
    await pglite.close();
  }
});

test('a command that fails half way through BEGIN … COMMIT leaves no open transaction behind', async () => {
  const pglite = await PGlite.create();
  const pool = new pg.Pool(createPgConfig(pglite) as pg.PoolConfig);
  try {
    const sql = jobSqlOver(pool);
    await sql.executeSql('CREATE TABLE t (n int)');
    await assert.rejects(sql.executeSql('BEGIN; INSERT INTO t VALUES (1); SELECT 1/0; COMMIT;'));
    // Without the rollback, the shared connection would answer "current transaction is aborted".
    assert.deepEqual((await sql.executeSql('SELECT count(*)::int AS n FROM t')).rows, [{ n: 0 }]);
  } finally {
    await pool.end();
    await pglite.close();
  }
});
