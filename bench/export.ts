import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { systemPrincipal } from '../server/http/auth.js';
import { EXPORT_FORMATS, writeExport } from '../server/modules/exchange/export/export.js';
import { IncidentQuery } from '../server/modules/incidents/incident-list.schema.js';
import { loadSynthetic, scratchPostgres } from './scratch.js';

/*
 * The internal export's throughput: synthetic incidents (`--size`, 10,000 by default) written in
 * each format as the system, to a sink that only counts bytes, on PGlite, and on PostgreSQL too when
 * DATABASE_URL names a server (a scratch database is made and dropped). Also the heap's peak while
 * writing, to show memory follows the page, not the database. `npm run bench:export -- --size 10000`.
 */

async function fill(handle: DatabaseHandle, size: number) {
  await loadSynthetic(handle.db, size);
  await sql`ANALYZE`.execute(handle.db);
}

async function run(engine: string, handle: DatabaseHandle, size: number) {
  await fill(handle, size);
  for (const format of EXPORT_FORMATS) {
    let bytes = 0;
    let peak = 0;
    const sink = new Writable({
      write(chunk, _enc, done) {
        bytes += chunk.length;
        done();
      },
    });
    const started = performance.now();
    const { written } = await writeExport(handle.db, systemPrincipal('bench'), sink, {
      format,
      lang: 'ru',
      query: IncidentQuery.parse({}),
      stalledAfterDays: 180,
      onPage: () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${engine} ${format}: ${written} incidents in ${seconds.toFixed(1)} s = ${Math.round(written / seconds)} rows/s, ${(bytes / 1e6).toFixed(1)} MB, heap peak ${Math.round(peak / 1e6)} MB`,
    );
  }
  await handle.close();
}

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' } } });
const size = Number(values.size);
const dir = mkdtempSync(join(tmpdir(), 'qorgau-bench-export-'));
try {
  await run('PGlite', await openDatabase({ dataDir: dir }), size);
  if (process.env.DATABASE_URL)
    await run('PostgreSQL', await scratchPostgres(process.env.DATABASE_URL, 'export'), size);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
