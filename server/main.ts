#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { loadReferenceData } from './db/reference-data.js';
import { loadDemoData } from './demo/load.js';
import { buildOpenApi } from './http/openapi.js';
import { startBackgroundWork } from './jobs/background.js';
import { createAdministrator, hasAccounts, resetFromCommandLine } from './modules/accounts/bootstrap.js';
import { describeReport, verifyAndRecord } from './modules/audit/audit.verify.js';
import { pruneEvidenceStore } from './modules/evidence/evidence.prune.js';
import { eventsJsonSchema } from './modules/exchange/export/events.schema.js';
import { type ExportArgs, exportCommand } from './modules/exchange/export/export.cli.js';
import { helpDeskCommand } from './modules/help/help-desk.cli.js';
import { ensureDerived } from './modules/incidents/incident.derived.js';
import { ensureCells } from './modules/statistics/statistic-cells.repo.js';
import { verifyCounts } from './modules/statistics/verify-counts.js';
import { VERSION } from './version.js';

const USAGE = `Usage: qorgau <command> [options]

Commands:
  serve [--demo]   migrate, load reference data (and the demo records), and serve HTTP
  migrate          bring the database schema up to date
  demo             load the demo records from the seed documents into the database
  openapi          print the OpenAPI description
  create-admin --username NAME [--name "Full Name"]
                   create an administrator; prints a temporary password to change at first
                   sign-in (or give your own on standard input with --password-stdin)
  reset-password --username NAME [--clear-two-factor]
                   give an account a temporary password (and forget its authenticator)
  prune-files      remove stored evidence files no record names (e.g. of deleted incidents)
  verify-counts    recount every kept statistic from the incidents and print each difference
                   (exit code 1 if there is any)
  verify-audit     walk the audit log's hash chain; name the first broken link (exit code 1)
  export --format events-json|csv|xlsx [--out FILE] [--as USERNAME] [--lang kk|ru|en]
                   every incident, as the system sees them or as the account USERNAME may
                   (events model with ids and versions, or one row per incident); progress on stderr
  export-schema    print the JSON Schema of the events-model export (docs/exchange/events.schema.json)
  help-desk init   create the help desk's key; prints its recovery key once, to print and lock away
  help-desk status whether the desk is set up, and how many staff hold its key
  help-desk rotate replace the desk key (the current recovery key on standard input); prints a new one

The database is PostgreSQL at DATABASE_URL, or embedded PGlite under QORGAU_DATA_DIR (./data);
evidence files are under QORGAU_FILES_DIR (QORGAU_DATA_DIR/files).`;

async function prepare() {
  const config = loadConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(handle.db);
  await loadReferenceData(handle.db);
  if (await ensureCells(handle.db)) console.log('Statistics: counts rebuilt from the incidents.');
  const rederived = await ensureDerived(handle.db);
  if (rederived)
    console.log(`Public titles and search: ${rederived} incidents recomputed under the current rules.`);
  return { config, handle };
}

/** The commands that print a description: the API's, and the events-model export's schema. */
const DOCUMENTS: Record<string, () => unknown> = {
  openapi: () => buildOpenApi(VERSION),
  'export-schema': eventsJsonSchema,
};

async function exportToFile(values: ExportArgs): Promise<void> {
  // Standard output may carry the export itself: every message goes to standard error.
  console.log = console.error;
  const { config, handle } = await prepare();
  process.exitCode = await exportCommand(handle.db, values, config.stalledAfterDays).finally(() =>
    handle.close(),
  );
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
      username: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      'clear-two-factor': { type: 'boolean', default: false },
      format: { type: 'string' },
      out: { type: 'string' },
      as: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  const document = DOCUMENTS[command];
  if (document) {
    process.stdout.write(`${JSON.stringify(document(), null, 2)}\n`);
    return;
  }
  if (command === 'migrate' || command === 'demo') {
    const { handle } = await prepare();
    if (command === 'demo') console.log(describeDemo(await loadDemoData(handle.db)));
    else console.log(`Database (${handle.engine}) is up to date.`);
    await handle.close();
    return;
  }
  if (command === 'prune-files') {
    const { config, handle } = await prepare();
    const store = { dir: config.filesDir, maxBytes: config.maxUploadBytes };
    const { checked, removed } = await pruneEvidenceStore(handle.db, store);
    console.log(`Evidence files: ${checked} checked in ${config.filesDir}, ${removed} removed.`);
    await handle.close();
    return;
  }
  if (command === 'verify-counts') {
    // Not prepare(): it would rebuild empty cells, hiding the difference this command reports.
    const config = loadConfig();
    const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    await migrateToLatest(handle.db);
    process.exitCode = await verifyCounts(handle.db, console.log).finally(() => handle.close());
    return;
  }
  if (command === 'verify-audit') {
    const { handle } = await prepare();
    const started = performance.now();
    const report = await verifyAndRecord(handle.db);
    console.log(describeReport(report, (performance.now() - started) / 1000));
    await handle.close();
    if (report.broken) process.exitCode = 1;
    return;
  }
  if (command === 'export') {
    await exportToFile(values);
    return;
  }
  if (command === 'help-desk') {
    const { handle } = await prepare();
    const readKey = async () => {
      if (process.stdin.isTTY) process.stderr.write('Recovery key of the current desk key: ');
      return firstLine();
    };
    process.exitCode = await helpDeskCommand(handle.db, positionals[1], console.log, readKey).finally(() =>
      handle.close(),
    );
    return;
  }
  if (command === 'create-admin' || command === 'reset-password') {
    await accountCommand(command, values);
    return;
  }
  if (command !== 'serve') throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
  const { config, handle } = await prepare();
  if (values.demo) console.log(describeDemo(await loadDemoData(handle.db)));
  if (!(await hasAccounts(handle.db))) {
    console.log(
      'No accounts yet. Create the first administrator: npm run cli -- create-admin --username NAME',
    );
  }
  const stopWork = await startBackgroundWork(config.mail, handle);
  const app = buildApp({
    db: handle.db,
    stalledAfterDays: config.stalledAfterDays,
    files: { dir: config.filesDir, maxBytes: config.maxUploadBytes },
    trustedProxies: config.trustedProxies,
    mailEnabled: config.mail !== null,
    helpLimits: {
      submissionsPerWindow: config.helpRequestsPer10Min,
      moderatedPerWindow: config.helpModeratedPer10Min,
      windowMinutes: 10,
    },
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
    console.log(`Qorgau ${VERSION} on http://${config.host}:${info.port} (database: ${where})`);
  });
  const stop = () => {
    server.close();
    stopWork()
      .catch((err: Error) => console.error(`Background work did not stop cleanly: ${err.message}`))
      .then(() => handle.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Creates the first administrator, or gives a locked-out person a temporary password. */
async function accountCommand(
  command: 'create-admin' | 'reset-password',
  values: { username?: string; name?: string; 'password-stdin'?: boolean; 'clear-two-factor'?: boolean },
): Promise<void> {
  if (!values.username) throw new Error(`${command} needs --username.\n\n${USAGE}`);
  const { handle } = await prepare();
  try {
    if (command === 'create-admin') {
      const password = values['password-stdin'] ? (await readStdin()).replace(/\r?\n$/, '') : null;
      const { account, temporaryPassword } = await createAdministrator(
        handle.db,
        values.username,
        values.name ?? values.username,
        password,
      );
      console.log(`Administrator "${account.username}" created.`);
      if (temporaryPassword) console.log(`Temporary password (shown once): ${temporaryPassword}`);
    } else {
      const { temporaryPassword } = await resetFromCommandLine(
        handle.db,
        values.username,
        values['clear-two-factor'] ?? false,
      );
      console.log(`Temporary password for "${values.username}" (shown once): ${temporaryPassword}`);
    }
  } finally {
    await handle.close();
  }
}

/** One line of standard input (a typed recovery key, or the first line of a pipe). */
async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
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
