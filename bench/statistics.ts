import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { accountWithToken } from '../server/modules/accounts/bootstrap.js';
import { rebuildCells } from '../server/modules/statistics/statistic-cells.repo.js';
import { rng } from './generate.js';
import { type Latency, measure } from './measure.js';
import { loadSynthetic } from './scratch.js';

/*
 * The statistics endpoints alone, on PGlite: the public's (public cells, withheld counts and their
 * complements) beside an editor's (every cell) and a viewer's (counted from the incidents, since
 * the kept counts do not know grants). `npm run bench:statistics -- --size 100000 --runs 30`.
 */

const REGIONS = ['KZ-ALA', 'KZ-AST', 'KZ-SHY', 'KZ-SEV', 'KZ-AKM', 'KZ-KAR', 'KZ-PAV'];

async function load(dir: string, size: number) {
  const handle = await openDatabase({ dataDir: dir });
  const db = handle.db;
  await loadSynthetic(db, size);
  await rebuildCells(db);
  await sql`VACUUM ANALYZE`.execute(db);
  return handle;
}

async function main() {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: '100000' }, runs: { type: 'string', default: '30' } },
  });
  const size = Number(values.size);
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-bench-statistics-'));
  const handle = await load(dir, size);
  try {
    const app = buildApp({ db: handle.db, files: { dir: join(dir, 'files') } });
    const editor = (await accountWithToken(handle.db, 'bench-editor', 'editor', ['read'])).token;
    const viewer = (await accountWithToken(handle.db, 'bench-viewer', 'viewer', ['read'])).token;
    const random = rng(11);
    const get = async (path: string, token?: string) => {
      const res = await app.request(path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
      if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    };
    const region = () => REGIONS[Math.floor(random() * REGIONS.length)] as string;
    const scenarios: [string, () => string, string?][] = [
      ['incidents by year and group (whole table), public', () => 'incidents_by_type'],
      ['incidents by year and group, editor', () => 'incidents_by_type', editor],
      ['incidents by year and group, viewer (counted)', () => 'incidents_by_type', viewer],
      [
        'incidents by month and type (large table, no totals), public',
        () => 'incidents_by_type?period=month&level=type',
      ],
      ['incidents by year and region (all totals), public', () => 'incidents_by_region?period=year'],
      [
        'incidents by region, one region, withVictims (counted), public',
        () => `incidents_by_region?region=${region()}&withVictims=true`,
      ],
      ['accountability breakdown (whole table), public', () => 'accountability_breakdown'],
      ['accountability breakdown, viewer (counted)', () => 'accountability_breakdown', viewer],
      ['funnel, public', () => 'funnel'],
      ['state actor share, public', () => 'state_actor_share'],
      ['victims by role, public', () => 'victims_by_role'],
      ['year-to-date summary, public', () => 'year_to_date_summary?year=2024&asOf=2024-12-31'],
    ];
    const latencies: Latency[] = [];
    for (const [name, path, token] of scenarios)
      latencies.push(await measure(name, runs, () => get(`/api/v1/statistics/${path()}`, token), 3));
    console.log(`\n## Statistics, PGlite, ${size.toLocaleString('en')} incidents\n`);
    console.log('| endpoint | runs | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|');
    for (const l of latencies) console.log(`| ${l.name} | ${l.runs} | ${l.p50} | ${l.p95} | ${l.p99} |`);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
