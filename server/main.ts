#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { loadReferenceData } from './db/reference-data.js';
import { loadDemoData } from './demo/load.js';
import { ensureAdminToken } from './http/auth.js';
import { buildOpenApi } from './http/openapi.js';
import { ensureCells } from './modules/statistics/statistic-cells.repo.js';
import { VERSION } from './version.js';

const USAGE = `Usage: qorgau <command> [options]

Commands:
  serve [--demo]   migrate, load reference data (and the demo records), and serve HTTP
  migrate          bring the database schema up to date
  demo             load the demo records from the seed documents into the database
  openapi          print the OpenAPI description

The database is PostgreSQL at DATABASE_URL, or embedded PGlite under QORGAU_DATA_DIR (./data).`;

async function prepare() {
  const config = loadConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(handle.db);
  await loadReferenceData(handle.db);
  if (await ensureCells(handle.db)) console.log('Statistics: counts rebuilt from the incidents.');
  return { config, handle };
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { demo: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (command === 'openapi') {
    process.stdout.write(`${JSON.stringify(buildOpenApi(VERSION), null, 2)}\n`);
    return;
  }
  if (command === 'migrate' || command === 'demo') {
    const { handle } = await prepare();
    if (command === 'demo') console.log(describeDemo(await loadDemoData(handle.db)));
    else console.log(`Database (${handle.engine}) is up to date.`);
    await handle.close();
    return;
  }
  if (command !== 'serve') throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
  const { config, handle } = await prepare();
  if (values.demo) console.log(describeDemo(await loadDemoData(handle.db)));
  const token = await ensureAdminToken(handle.db, config.adminToken);
  if (token.generated) {
    console.log(`Admin token (shown once; set QORGAU_ADMIN_TOKEN to choose your own): ${token.generated}`);
  }
  const app = buildApp({
    db: handle.db,
    adminTokenHash: token.hash,
    stalledAfterDays: config.stalledAfterDays,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
    console.log(`Qorgau ${VERSION} on http://${config.host}:${info.port} (database: ${where})`);
  });
  const stop = () => {
    server.close();
    handle.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function describeDemo(result: { created: number; skipped: number }): string {
  return result.created > 0
    ? `Demo data: ${result.created} incidents recorded from the seed documents.`
    : `Demo data: already present (${result.skipped} incidents), nothing changed.`;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
