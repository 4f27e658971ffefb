import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { loadReferenceData } from '../server/db/reference-data.js';
import { systemPrincipal } from '../server/http/auth.js';
import { AccountInput } from '../server/modules/accounts/account.schema.js';
import { createAccount } from '../server/modules/accounts/account.service.js';
import { logIn } from '../server/modules/accounts/login.service.js';
import { submitHelpRequest } from '../server/modules/help/help.service.js';
import { grantDeskAccess } from '../server/modules/help/help-access.service.js';
import { initHelpDesk, openWithRecoveryKey } from '../server/modules/help/help-keys.service.js';
import { IncidentInput } from '../server/modules/incidents/incident.schema.js';
import { createIncident } from '../server/modules/incidents/incident.service.js';
import { buildIncident } from '../test/helpers/factories.js';
import { measure } from './measure.js';

/*
 * npm run bench:workspace — the cost of signing in (argon2id at 19 MiB, 2 passes) and of the
 * workspace's busiest pages, through the HTTP app (no network) on PGlite with 2,000 incidents:
 * the dashboard, an incident's page (with its duplicate candidates) and its editor; and, with
 * 200 help requests waiting, the help desk's queue and a request opened with the desk key.
 */
const INCIDENTS = 2000;
const HELP_REQUESTS = 200;

const db = (await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'qorgau-bench-ws-')) })).db;
await migrateToLatest(db);
await loadReferenceData(db);
const password = 'a long timing passphrase';
const system = systemPrincipal('bench');
const { account: bench } = await createAccount(
  db,
  system,
  AccountInput.parse({ username: 'bench', displayName: 'Bench', role: 'editor' }),
  password,
);
let last = '';
for (let i = 0; i < INCIDENTS; i++) {
  const doc = buildIncident({
    verification: i % 3 === 0 ? 'reported' : 'verified',
    title: { en: `Reporter ${i % 97} attacked in town ${i % 13}` },
  });
  last = (await createIncident(db, system, IncidentInput.parse(doc))).reference;
}
const app = buildApp({
  db,
  files: { dir: mkdtempSync(join(tmpdir(), 'qorgau-bench-files-')), maxBytes: 1_000_000 },
});
// The help desk: set up, the editor's key pair made at a first sign-in, then access given.
const { recoveryKey } = await initHelpDesk(db);
await logIn(db, { username: 'bench', password, address: 'bench-first', userAgent: null });
await grantDeskAccess(db, system, bench.id, await openWithRecoveryKey(db, recoveryKey));
let request = '';
for (let i = 0; i < HELP_REQUESTS; i++) {
  request = (
    await submitHelpRequest(db, {
      kind: i % 2 ? 'question' : 'report',
      category: i % 2 ? 'lawsuit' : 'attack',
      language: 'ru',
      lane: i % 3 ? 'trusted' : 'moderated',
      body: { fields: i % 2 ? { question: `Вопрос ${i}` } : { what: `Нападение ${i}`, when: '12.03.2026' } },
      files: [],
    })
  ).id;
}
const session = await logIn(db, { username: 'bench', password, address: 'bench', userAgent: null });
const cookie = { headers: { cookie: `qorgau_session=${session.token}` } };
const page = async (path: string) => {
  const res = await app.request(path, cookie);
  if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
  await res.text();
};

const results = [
  await measure(
    'sign in (argon2id verify + session)',
    20,
    (i) =>
      logIn(db, { username: 'bench', password, address: `10.0.${i & 255}.1`, userAgent: null }).then(
        () => undefined,
      ),
    3,
  ),
  await measure('dashboard', 50, () => page('/en/workspace/')),
  await measure('incident page with duplicate candidates', 50, () => page(`/en/workspace/incidents/${last}`)),
  await measure('incident editor', 50, () => page(`/en/workspace/incidents/${last}/edit`)),
  await measure(`help queue (${HELP_REQUESTS} waiting)`, 50, () => page('/en/workspace/help')),
  await measure('help request opened with the desk key', 50, () => page(`/en/workspace/help/${request}`)),
];
console.log(`Workspace on PGlite, ${INCIDENTS} incidents (ms):`);
console.table(results);
process.exit(0);
