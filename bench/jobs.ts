import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { startJobQueue } from '../server/jobs/job-queue.js';
import { findAccount } from '../server/modules/accounts/account.repo.js';
import { accountWithToken } from '../server/modules/accounts/bootstrap.js';
import { type Latency, measure } from './measure.js';

/*
 * npm run bench:jobs (-- --engine pglite|postgres): what the job queue costs the application on
 * the same database. An account read (a typical small query) timed without the queue, with the
 * queue idle (its workers polling) and while it works 500 jobs; the time to send a job; and how
 * many jobs a worker gets through a second (batches of 10 per 2-second poll, as the mail queue).
 */

const JOBS = 500;
const READS = 1000;

async function openEngine(engine: 'pglite' | 'postgres'): Promise<{ handle: DatabaseHandle; done(): void }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'qorgau-bench-jobs-'));
    const handle = await openDatabase({ dataDir: dir });
    return { handle, done: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS qorgau_bench_jobs WITH (FORCE)');
  await admin.query('CREATE DATABASE qorgau_bench_jobs');
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = '/qorgau_bench_jobs';
  return { handle: await openDatabase({ url: url.toString(), poolSize: 10 }), done: () => undefined };
}

const show = (l: Latency) => `${l.name}: p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms`;

async function main() {
  const { values } = parseArgs({ options: { engine: { type: 'string', default: 'pglite' } } });
  const engine = values.engine === 'postgres' ? 'postgres' : 'pglite';
  const { handle, done } = await openEngine(engine);
  try {
    await migrateToLatest(handle.db);
    const { accountId } = await accountWithToken(handle.db, 'bench-jobs', 'lawyer');
    const read = async () => {
      await findAccount(handle.db, accountId);
    };
    console.log(`Job queue on ${engine}`);
    console.log(show(await measure('account read, no queue', READS, read)));
    const jobs = await startJobQueue(handle.jobSql, { pollingIntervalSeconds: 2 });
    let worked = 0;
    for (const name of ['bench-idle-a', 'bench-idle-b', 'bench-busy']) {
      await jobs.define(name, { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false });
    }
    await jobs.work('bench-idle-a', async () => undefined);
    await jobs.work('bench-idle-b', async () => undefined);
    console.log(show(await measure('account read, queue idle (2 workers polling)', READS, read)));
    console.log(
      show(await measure('send a job', JOBS, async (i) => void (await jobs.send('bench-busy', { i })))),
    );
    const started = performance.now();
    await jobs.work('bench-busy', async () => {
      worked += 1;
    });
    const busy = await measure('account read, queue working', READS, read, 0);
    while (worked < JOBS + 20) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    console.log(show(busy));
    console.log(
      `worked in batches of 10 per poll (2 s): ${Math.round((JOBS + 20) / seconds)} jobs/s (${JOBS + 20} jobs)`,
    );
    await jobs.stop();
  } finally {
    await handle.close();
    done();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
