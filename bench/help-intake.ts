import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app.js';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { loadReferenceData } from '../server/db/reference-data.js';
import { systemPrincipal } from '../server/http/auth.js';
import { initHelpDesk } from '../server/modules/help/help-keys.service.js';
import { issueForm } from '../server/modules/help/intake-guard.js';
import { DEFAULT_INTAKE_LIMITS } from '../server/modules/help/intake-limits.js';
import { IncidentInput } from '../server/modules/incidents/incident.schema.js';
import { createIncident } from '../server/modules/incidents/incident.service.js';
import { buildIncident } from '../test/helpers/factories.js';
import { formData, receiptOf } from '../test/helpers/help-forms.js';
import { type Latency, measure } from './measure.js';
import { scratchPostgres } from './scratch.js';

/*
 * npm run bench:help — the public help forms through the HTTP app (no network): a submission's
 * latency (two Argon2id derivations, sealing, one transaction), a receipt look-up, and the
 * portal's p95 before and during a burst of 1,000 submissions against the shipped limits. On
 * PGlite, and on PostgreSQL too when DATABASE_URL names a server (a scratch database is made
 * there and dropped).
 */
const INCIDENTS = 300;
const BURST = 1000;

async function prepare(handle: DatabaseHandle) {
  const { db } = handle;
  await migrateToLatest(db);
  await loadReferenceData(db);
  await initHelpDesk(db);
  const system = systemPrincipal('bench');
  for (let i = 0; i < INCIDENTS; i++) await createIncident(db, system, IncidentInput.parse(buildIncident()));
  const files = { dir: mkdtempSync(join(tmpdir(), 'qorgau-bench-help-')) };
  // Timed submissions one after another would fill the window: that app has room for them all;
  // the burst meets the shipped limits.
  const roomy = { submissionsPerWindow: 1_000_000, moderatedPerWindow: 1_000_000 };
  return { db, app: buildApp({ db, files, helpLimits: roomy }), shipped: buildApp({ db, files }) };
}

type Ready = Awaited<ReturnType<typeof prepare>>;

/** A report posted through the form, its token shown to a person a few seconds earlier. */
async function submit({ db, app }: Pick<Ready, 'db' | 'app'>, what: string): Promise<Response> {
  const { token } = await issueForm(db, 'report', DEFAULT_INTAKE_LIMITS, new Date(Date.now() - 5_000));
  const body = formData({ token, pow: '', homepage: '', what, when: 'yesterday', where: 'Almaty' });
  return app.request('/en/help/report', { method: 'POST', body });
}

async function portalPage({ app }: Ready, i: number): Promise<void> {
  const res = await app.request(i % 2 === 0 ? '/en/' : '/en/incidents');
  if (res.status !== 200) throw new Error(`portal → ${res.status}`);
  await res.text();
}

async function burst(ready: Ready): Promise<{ during: Latency; stored: number; seconds: number }> {
  const before = await ready.db
    .selectFrom('help_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  let done = false;
  const started = performance.now();
  const flood = (async () => {
    for (let wave = 0; wave < BURST; wave += 100) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          submit({ db: ready.db, app: ready.shipped }, `burst ${wave + i}`).then((r) => r.text()),
        ),
      );
    }
    done = true;
  })();
  const times: number[] = [];
  for (let i = 0; !done; i++) {
    const start = performance.now();
    await portalPage(ready, i);
    times.push(performance.now() - start);
  }
  await flood;
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const after = await ready.db
    .selectFrom('help_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round((times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? 0) * 10) / 10;
  const during = {
    name: 'portal during the burst',
    runs: times.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: Math.round((times.reduce((s, x) => s + x, 0) / times.length) * 10) / 10,
  };
  return { during, stored: Number(after.n) - Number(before.n), seconds };
}

async function run(engine: string, handle: DatabaseHandle): Promise<void> {
  const ready = await prepare(handle);
  let receipt = { code: '', passphrase: '' };
  const results: Latency[] = [
    await measure(
      'submission (report, no files)',
      40,
      async (i) => {
        const res = await submit(ready, `timed ${i}`);
        if (res.status !== 200) throw new Error(`submission → ${res.status}`);
        receipt = receiptOf(await res.text());
      },
      3,
    ),
    await measure(
      'receipt look-up (status page)',
      20,
      async () => {
        const res = await ready.app.request('/en/help/status', {
          method: 'POST',
          body: new URLSearchParams(receipt),
        });
        if (res.status !== 200) throw new Error(`status → ${res.status}`);
        await res.text();
      },
      2,
    ),
    await measure('portal before the burst', 200, (i) => portalPage(ready, i)),
  ];
  // The timed submissions above counted in the window; the burst starts with it empty.
  await ready.db.deleteFrom('help_rate_windows').execute();
  const { during, stored, seconds } = await burst(ready);
  results.push(during);
  console.log(`Help intake on ${engine}, ${INCIDENTS} public incidents (ms):`);
  console.table(results);
  console.log(
    `Burst: ${BURST} submissions in ${seconds} s, ${stored} stored (window: ${DEFAULT_INTAKE_LIMITS.submissionsPerWindow} per ${DEFAULT_INTAKE_LIMITS.windowMinutes} min, moderated ${DEFAULT_INTAKE_LIMITS.moderatedPerWindow}).`,
  );
  await handle.close();
}

await run('PGlite', await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'qorgau-bench-help-db-')) }));
if (process.env.DATABASE_URL)
  await run('PostgreSQL', await scratchPostgres(process.env.DATABASE_URL, 'help'));
process.exit(0);
