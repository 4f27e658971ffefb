import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { loadReferenceData } from '../server/db/reference-data.js';
import { loadDemoData } from '../server/demo/load.js';
import { systemPrincipal } from '../server/http/auth.js';
import { IncidentInput } from '../server/modules/incidents/incident.schema.js';
import { createIncident } from '../server/modules/incidents/incident.service.js';
import { LANGUAGES } from '../shared/languages.js';
import { tempFilesDir } from '../test/helpers/app.js';
import { generatePeople, incidentGenerator } from './generate.js';
import { insertPeople } from './load.js';
import { INCIDENTS_PAGE_BUDGET, weighPage } from './weigh.js';

/*
 * `npm run bench:pages`: what each public page weighs on a first visit, compressed, with
 * everything it loads (HTML, CSS, icons; inline SVG is in the HTML; no fonts are downloaded).
 * The demo records plus enough generated public incidents that the list shows a full page of 25
 * cards. Exits with 1 when the incidents page is over its budget.
 */

const handle = await openDatabase({ dataDir: null });
const files = tempFilesDir();
try {
  const db = handle.db;
  await migrateToLatest(db);
  await loadReferenceData(db);
  await loadDemoData(db);
  const people = generatePeople(60);
  const personIds = await insertPeople(db, people);
  const next = incidentGenerator(people.length);
  for (let i = 0; i < 40; i++) {
    const inc = next();
    const victims = inc.victims.map((v) => ({ key: String(v), personId: personIds[v] }));
    await createIncident(
      db,
      systemPrincipal('bench'),
      IncidentInput.parse({
        date: { start: inc.date },
        place: { country: 'KZ', region: inc.region, city: inc.city },
        title: inc.title,
        originalLanguage: 'ru',
        verification: 'verified',
        visibility: 'public',
        victims,
        violations: inc.typeCodes.flatMap((typeCode) => victims.map((v) => ({ typeCode, victim: v.key }))),
      }),
    );
  }
  const app = buildApp({ db, files: { dir: files.dir } });
  const get = async (path: string) => app.request(path);
  // A demo incident with a victim, a case, letters and sources: the fullest page.
  const reference = 'KZ-2023-0001';
  const pages = [
    '/',
    '/incidents',
    '/incidents?group=B',
    `/incidents/${reference}`,
    '/map',
    '/statistics',
    '/methodology',
    '/help',
  ];
  console.log(
    '| page | status | cards | HTML | CSS | icons | total (gzip, bytes) |\n|---|---|---|---|---|---|---|',
  );
  let worst = 0;
  for (const lang of LANGUAGES) {
    for (const page of pages) {
      const path = `/${lang}${page}`;
      const w = await weighPage(get, path);
      const cards = (await (await get(path)).text()).split('class="card ').length - 1;
      if (page === '/incidents') worst = Math.max(worst, w.total);
      console.log(`| ${path} | ${w.status} | ${cards} | ${w.html} | ${w.css} | ${w.other} | ${w.total} |`);
    }
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nIncidents page, heaviest language: ${kb(worst)} of a ${kb(INCIDENTS_PAGE_BUDGET)} budget.`);
  if (worst > INCIDENTS_PAGE_BUDGET) process.exitCode = 1;
} finally {
  await handle.close();
  files.remove();
}
