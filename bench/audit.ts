import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { listAudit, recordAudit } from '../server/modules/audit/audit.repo.js';
import { verifyAuditChain } from '../server/modules/audit/audit.verify.js';
import { measure } from './measure.js';

/*
 * The audit chain at size: bulk-inserts events through the chain trigger (so every one is chained
 * exactly as the application chains it), then times a full verification, one audited write, and
 * one history's integrity check with the whole log behind it.
 */

const BATCH = 1000;
const ENTITIES = 50_000;

async function openEngine(engine: 'pglite' | 'postgres'): Promise<DatabaseHandle & { dataDir?: string }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'qorgau-bench-audit-'));
    return { ...(await openDatabase({ dataDir: dir })), dataDir: dir };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS qorgau_bench_audit WITH (FORCE)');
  await admin.query('CREATE DATABASE qorgau_bench_audit');
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = '/qorgau_bench_audit';
  return openDatabase({ url: url.toString(), poolSize: 4 });
}

/** Writes `count` events of a realistic size (an incident edit: three field changes), chained. */
async function insertEvents(handle: DatabaseHandle, count: number): Promise<number> {
  const start = performance.now();
  for (let done = 0; done < count; done += BATCH) {
    const n = Math.min(BATCH, count - done);
    await handle.db.transaction().execute((trx) =>
      sql`INSERT INTO audit_events (actor, action, entity_type, entity_id, changes)
        SELECT 'bench-' || (i % 40), 'incident.updated', 'incident', 'incident-' || (i % ${ENTITIES}),
          jsonb_build_array(
            jsonb_build_object('path', 'title.ru', 'before', 'Нападение на журналиста ' || i,
              'after', 'Нападение на журналистку ' || i),
            jsonb_build_object('path', 'version', 'before', i, 'after', i + 1),
            jsonb_build_object('path', 'updatedAt', 'before', now()::text, 'after', now()::text))
        FROM generate_series(${done + 1}::int, ${done + n}::int) AS i`.execute(trx),
    );
    if ((done / BATCH) % 100 === 99) console.log(`  ${(done + n).toLocaleString('en')} events`);
  }
  return count / ((performance.now() - start) / 1000);
}

async function bench(engine: 'pglite' | 'postgres', count: number) {
  console.log(`\n## ${engine}, ${count.toLocaleString('en')} audit events\n`);
  const handle = await openEngine(engine);
  try {
    await migrateToLatest(handle.db);
    const insertRate = await insertEvents(handle, count);
    await sql`VACUUM ANALYZE audit_events`.execute(handle.db);
    const started = performance.now();
    const report = await verifyAuditChain(handle.db);
    const verifySeconds = (performance.now() - started) / 1000;
    if (report.broken || report.events !== count)
      throw new Error(`chain not intact: ${report.broken?.message}`);
    const write = await measure('one audited write (its own transaction)', 200, (i) =>
      recordAudit(handle.db, {
        actor: 'bench',
        action: 'incident.updated',
        entityType: 'incident',
        entityId: `incident-${Math.abs(i) % ENTITIES}`,
        before: { title: 'a' },
        after: { title: 'b' },
      }),
    );
    const history = await measure('one history with its integrity check (~20 events)', 200, async (i) => {
      await listAudit(handle.db, 'incident', `incident-${(Math.abs(i) * 7919) % ENTITIES}`);
    });
    const figures = {
      engine,
      count,
      insertRate: Math.round(insertRate),
      verifySeconds: Math.round(verifySeconds * 10) / 10,
      verifyRate: Math.round(count / verifySeconds),
      latencies: [write, history],
      at: new Date().toISOString(),
    };
    console.log(`bulk insert through the chain trigger: ${figures.insertRate.toLocaleString('en')} events/s`);
    console.log(
      `verify-audit: ${figures.verifySeconds} s (${figures.verifyRate.toLocaleString('en')} events/s)`,
    );
    for (const l of [write, history]) console.log(`${l.name}: p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(`bench-results/audit-${engine}-${count}.json`, JSON.stringify(figures, null, 2));
  } finally {
    await handle.close();
    if (handle.dataDir) rmSync(handle.dataDir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    events: { type: 'string' },
    'pglite-events': { type: 'string', default: '100000' },
    'postgres-events': { type: 'string', default: '1000000' },
  },
});
if (values.engine === 'both' || values.engine === 'pglite')
  await bench('pglite', Number(values.events ?? values['pglite-events']));
if (values.engine === 'both' || values.engine === 'postgres')
  await bench('postgres', Number(values.events ?? values['postgres-events']));
