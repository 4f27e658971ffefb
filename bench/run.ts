import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../server/app.js';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { loadReferenceData } from '../server/db/reference-data.js';
import { systemPrincipal } from '../server/http/auth.js';
import { accountWithToken } from '../server/modules/accounts/bootstrap.js';
import { IncidentInput } from '../server/modules/incidents/incident.schema.js';
import { createIncident } from '../server/modules/incidents/incident.service.js';
import { ensureCells, rebuildCells } from '../server/modules/statistics/statistic-cells.repo.js';
import { generatePeople, incidentGenerator, latinSpelling, rng, surnameSampler } from './generate.js';
import { insertIncidentBatch, insertPeople, saveCounters } from './load.js';
import { type Latency, measure } from './measure.js';
import { loadPage, pageWeight, serveDataDir } from './pages.js';

const SERVICE_INSERTS = 1000;
const BATCH = 1000;
const GROUPS = ['B', 'C', 'E', 'F', 'G', 'H'];
const REGIONS = ['KZ-ALA', 'KZ-AST', 'KZ-SHY', 'KZ-SEV', 'KZ-AKM', 'KZ-KAR', 'KZ-PAV'];

async function openEngine(
  engine: 'pglite' | 'postgres',
  reuse: boolean,
): Promise<DatabaseHandle & { dataDir?: string }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'qorgau-bench-'));
    return { ...(await openDatabase({ dataDir: dir })), dataDir: dir };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!reuse) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS qorgau_bench WITH (FORCE)');
    await admin.query('CREATE DATABASE qorgau_bench');
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = '/qorgau_bench';
  return openDatabase({ url: url.toString(), poolSize: 10 });
}

async function load(handle: DatabaseHandle, size: number) {
  const db = handle.db;
  await migrateToLatest(db);
  await loadReferenceData(db);
  const people = generatePeople(Math.max(100, Math.round(size / 20)));
  const personIds = await insertPeople(db, people);
  const next = incidentGenerator(people.length);

  // Through the service: validation, reference checks, derived columns, audit, one transaction each.
  let start = performance.now();
  for (let i = 0; i < SERVICE_INSERTS; i++) {
    const inc = next();
    const victims = inc.victims.map((v) => ({ key: String(v), personId: personIds[v] }));
    const input = IncidentInput.parse({
      date: { start: inc.date },
      place: { country: 'KZ', region: inc.region, city: inc.city },
      title: inc.title,
      originalLanguage: 'ru',
      verification: inc.verification,
      visibility: inc.visibility,
      victims,
      violations: inc.typeCodes.flatMap((typeCode) => victims.map((v) => ({ typeCode, victim: v.key }))),
    });
    await createIncident(db, systemPrincipal('bench'), input);
  }
  const serviceRate = SERVICE_INSERTS / ((performance.now() - start) / 1000);

  // The rest in multi-row batches, as an importer would write them.
  const counters = new Map<number, number>();
  const rows = await db.selectFrom('reference_counters').selectAll().execute();
  for (const r of rows) counters.set(r.year, r.last_number);
  const nextNumber = (year: number) => {
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    return n;
  };
  start = performance.now();
  let violations = 0;
  for (let done = SERVICE_INSERTS; done < size; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, size - done) }, next);
    violations += await insertIncidentBatch(db, batch, people, personIds, nextNumber);
    if ((done / BATCH) % 50 === 0)
      process.stderr.write(`  ${done.toLocaleString('en')} / ${size.toLocaleString('en')}\r`);
  }
  const bulkSeconds = (performance.now() - start) / 1000;
  await saveCounters(db, counters);
  // The bulk loader bypasses the services, so the kept statistic counts are recounted once.
  await rebuildCells(db);
  // What autovacuum does on a live server: statistics, and the visibility map index-only scans need.
  await sql`VACUUM ANALYZE`.execute(db);
  return {
    serviceRate,
    bulkRate: (size - SERVICE_INSERTS) / bulkSeconds,
    violationsRate: violations / bulkSeconds,
    bulkSeconds,
  };
}

async function scenarios(handle: DatabaseHandle, runs: number): Promise<Latency[]> {
  const app = buildApp({ db: handle.db, files: { dir: join(tmpdir(), 'qorgau-bench-files') } });
  const { token: TOKEN } = await accountWithToken(handle.db, 'bench', 'viewer', ['read']);
  const random = rng(7);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const get = async (path: string, internal = false) => {
    const res = await app.request(path, internal ? { headers: { authorization: `Bearer ${TOKEN}` } } : {});
    if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  const filtered = () => {
    const from = 2000 + Math.floor(random() * 20);
    return `group=${pick(GROUPS)}&region=${pick(REGIONS)}&from=${from}-01-01&to=${from + 4}-12-31`;
  };
  const sampleSurname = surnameSampler(random);
  // Half the searches in Cyrillic, half in a Latin spelling the search has to fold back.
  const surname = () => {
    const name = sampleSurname();
    return encodeURIComponent(random() < 0.5 ? name : latinSpelling(name));
  };
  return [
    await measure('list + facets, filtered (group, region, 5 years), public', runs, () =>
      get(`/api/v1/incidents?${filtered()}`),
    ),
    await measure('list + facets, filtered, internal', runs, () =>
      get(`/api/v1/incidents?${filtered()}`, true),
    ),
    await measure('text query (name, either script) + facets, public', runs, () =>
      get(`/api/v1/incidents?q=${surname()}`),
    ),
    await measure('text query + filters + facets, public', runs, () =>
      get(`/api/v1/incidents?q=${surname()}&${filtered()}`),
    ),
    await measure('list, no filters, facets=false, public', runs, () =>
      get('/api/v1/incidents?facets=false'),
    ),
    await measure(
      'statistic: incidents by year and type group (whole table), public',
      Math.min(runs, 30),
      () => get('/api/v1/statistics/incidents_by_type'),
      2,
    ),
    await measure(
      'statistic: incidents by type, one region, five years, public',
      Math.min(runs, 30),
      () => get(`/api/v1/statistics/incidents_by_type?level=type&${filtered().replace(/group=[A-I]&/, '')}`),
      2,
    ),
    await measure(
      'statistic: accountability breakdown (whole table), public',
      Math.min(runs, 30),
      () => get('/api/v1/statistics/accountability_breakdown'),
      2,
    ),
    await measure(
      'list + facets, one group over all years, public',
      Math.min(runs, 50),
      () => get(`/api/v1/incidents?group=${pick(GROUPS)}`),
      3,
    ),
    await measure(
      'list + facets, no filters (whole table), public',
      Math.min(runs, 20),
      () => get('/api/v1/incidents'),
      2,
    ),
  ];
}

async function bench(engine: 'pglite' | 'postgres', size: number, runs: number, reuse: boolean) {
  console.log(`\n## ${engine}, ${size.toLocaleString('en')} incidents\n`);
  // --reuse measures the PostgreSQL database a previous run left, without loading it again.
  const reusing = reuse && engine === 'postgres';
  const handle = await openEngine(engine, reusing);
  try {
    if (reusing) {
      await migrateToLatest(handle.db);
      await ensureCells(handle.db);
    }
    const rates = reusing ? null : await load(handle, size);
    if (rates) {
      console.log(`insert through the service: ${rates.serviceRate.toFixed(0)} incidents/s`);
      console.log(
        `bulk insert: ${rates.bulkRate.toFixed(0)} incidents/s (${rates.violationsRate.toFixed(0)} violations/s, ${rates.bulkSeconds.toFixed(0)} s)\n`,
      );
    }
    const latencies = await scenarios(handle, runs);
    console.log('| endpoint | runs | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|');
    for (const l of latencies) console.log(`| ${l.name} | ${l.runs} | ${l.p50} | ${l.p95} | ${l.p99} |`);
    const reference = await handle.db
      .selectFrom('incidents')
      .select('reference')
      .where('visibility', '=', 'public')
      .where('verification', 'in', ['verified', 'published'])
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await handle.close();
    const pages = handle.dataDir ? await publicPages(handle.dataDir, reference.reference) : null;
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      `bench-results/${engine}-${size}.json`,
      JSON.stringify({ engine, size, rates, latencies, pages, at: new Date().toISOString() }, null, 2),
    );
  } finally {
    await handle.close().catch(() => undefined);
    if (handle.dataDir) rmSync(handle.dataDir, { recursive: true, force: true });
  }
}

/** The public pages served by the real server over the benchmark's data: load and weight. */
async function publicPages(dataDir: string, reference: string) {
  const server = await serveDataDir(dataDir, 3917);
  try {
    const weight = {
      incidents: await pageWeight(server.origin, '/en/incidents'),
      map: await pageWeight(server.origin, '/en/map'),
    };
    for (const [page, w] of Object.entries(weight))
      console.log(
        `${page} page, gzip: HTML ${w.html} B + CSS ${w.css} B + icons and scripts ${w.other} B = ${w.total} B (no fonts)`,
      );
    console.log();
    const loads = [];
    for (const path of ['/en/', '/en/incidents', `/en/incidents/${reference}`, '/en/map', '/en/map?group=B'])
      loads.push(await loadPage(server.origin, path));
    console.log(
      '| page (50 connections, 10 s) | requests/s | p50 ms | p90 ms | p97.5 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|',
    );
    for (const l of loads)
      console.log(
        `| ${l.path} | ${l.requestsPerSecond} | ${l.p50} | ${l.p90} | ${l.p97_5} | ${l.p99} | ${l.errors} |`,
      );
    return { weight, loads };
  } finally {
    await server.stop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'both' },
      'pglite-size': { type: 'string', default: '100000' },
      'postgres-size': { type: 'string', default: '1000000' },
      runs: { type: 'string', default: '200' },
      reuse: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (values.engine === 'both' || values.engine === 'pglite')
    await bench('pglite', Number(values['pglite-size']), runs, false);
  if (values.engine === 'both' || values.engine === 'postgres')
    await bench('postgres', Number(values['postgres-size']), runs, values.reuse);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
