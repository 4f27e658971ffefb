import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { t as say } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Language } from '../../../shared/languages.js';
import { useTestApp } from '../../../test/helpers/app.js';
import { parseCsv } from '../../../test/helpers/csv.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { PUBLIC } from '../../http/auth.js';
import { buildOpenApi } from '../../http/openapi.js';
import { IncidentQuery } from '../../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../../modules/incidents/incident-list.service.js';
import { VERSION } from '../../version.js';
import { anchorOf, type OpenApiDocument, operationsByTag } from '../../views/open-data/api-reference.js';
import { COLUMNS, header } from './columns.js';
import { publicRecords } from './records.js';

const t = useTestApp();

// The withheld victim is recorded in Cyrillic; the description names her in Latin letters.
const WITHHELD = ['Айгуль Сейткали', 'Aigul Seitkali', 'Сейткали', 'Seitkali', 'Айгуль', 'Aigul'];
const HIDDEN = ['Confidential export title', 'Unverified export title', 'a private testimony'];
let ref = '';

async function seed() {
  const incident = await t.post(
    '/api/v1/incidents',
    buildIncident({
      date: { start: '2024-03-12' },
      place: { country: 'KZ', region: 'KZ-SHY', city: null, type: 'street_or_public_place' },
      title: { en: 'Two journalists detained in Shymkent', ru: 'В Шымкенте задержали двух журналистов' },
      description: {
        en: 'Police detained Aigul Seitkali and Aigerim Bekova while they filmed.',
        ru: 'Полиция задержала Aigul Seitkali и Айгерим Бекову во время съёмки.',
      },
      victims: [
        {
          key: 'w',
          person: buildPerson({
            name: 'Айгуль Сейткали',
            names: { ru: 'Айгуль Сейткали' },
            consentToName: false,
          }),
        },
        {
          key: 'n',
          person: buildPerson({
            name: 'Aigerim Bekova',
            names: { en: 'Aigerim Bekova', ru: 'Айгерим Бекова', kk: 'Әйгерім Бекова' },
            roles: ['journalist', 'editor'],
          }),
        },
      ],
      violations: [
        { typeCode: 'short_detention', victim: 'w' },
        { typeCode: 'assault', victim: 'n' },
      ],
      sources: [
        {
          type: 'media_report',
          url: 'https://example.org/news/shymkent',
          title: 'Report',
          language: 'en',
          public: true,
        },
        { type: 'testimony', excerpt: 'a private testimony', public: false },
      ],
    }),
  );
  assert.equal(incident.status, 201, incident.text);
  ref = incident.body.reference;
  const actor = await t.post('/api/v1/actors', {
    type: 'police',
    name: 'Shymkent city police',
    level: 'local',
  });
  assert.equal(actor.status, 201, actor.text);
  const involvement = await t.post(`/api/v1/incidents/${incident.body.id}/involvements`, {
    actorId: actor.body.id,
    role: 'executor',
    headcount: 2,
  });
  assert.equal(involvement.status, 201, involvement.text);
  const proceeding = await t.post(`/api/v1/incidents/${incident.body.id}/proceedings`, {
    kind: 'against_perpetrators',
  });
  assert.equal(proceeding.status, 201, proceeding.text);
  const event = await t.post(`/api/v1/proceedings/${proceeding.body.proceedings[0].id}/events`, {
    type: 'refusal_to_open',
    on: '2024-04-02',
    reason: 'no complaint from Aigul Seitkali',
  });
  assert.equal(event.status, 201, event.text);
  await t.post('/api/v1/incidents', buildIncident({ visibility: 'confidential', title: { en: HIDDEN[0] } }));
  await t.post('/api/v1/incidents', buildIncident({ verification: 'reported', title: { en: HIDDEN[1] } }));
  for (const title of ['=HYPERLINK("http://evil","x")', '+1+2', '-3', '@SUM(A1)']) {
    await t.post('/api/v1/incidents', buildIncident({ title: { en: title } }));
  }
}

const get = (path: string) => t.request('GET', path, { as: 'public' });

async function csvOf(lang: Language, query = '') {
  const res = await t.app.request(`/${lang}/incidents.csv${query}`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark for Excel');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
  return { text, rows: parseCsv(text) };
}

async function xlsxOf(lang: Language, query = '') {
  const res = await t.app.request(`/${lang}/incidents.xlsx${query}`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /spreadsheetml\.sheet/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push(COLUMNS.map((_, i) => String(row.getCell(i + 1).value ?? '')));
  });
  return { sheet, rows };
}

const cellOf = (rows: string[][], reference: string, key: string) => {
  const row = rows.find((r) => r[0] === reference) as string[];
  assert.ok(row, `a row for ${reference}`);
  return row[COLUMNS.findIndex((c) => c.key === key)];
};

describe('open data', () => {
  before(seed);

  test('CSV headers, labels and texts are in the reader’s language, codes beside them', async () => {
    for (const lang of LANGUAGES) {
      const { rows } = await csvOf(lang);
      assert.deepEqual(
        rows[0],
        COLUMNS.map((c) => header(c, lang)),
      );
    }
    assert.equal((await csvOf('ru')).rows[0]?.slice(0, 3).join(','), 'Номер,Ссылка,Дата');
    assert.equal((await csvOf('kk')).rows[0]?.slice(0, 3).join(','), 'Нөмірі,Сілтеме,Күні');
    const { rows } = await csvOf('ru');
    const cell = (key: string) => cellOf(rows, ref, key);
    assert.equal(cell('url'), `http://localhost/ru/incidents/${ref}`);
    assert.equal(cell('date_start'), '2024-03-12');
    assert.equal(cell('date_precision'), 'day');
    assert.equal(cell('date_text'), '12 марта 2024 г.');
    assert.equal(cell('region_code'), 'KZ-SHY');
    assert.equal(cell('region_name'), 'Шымкент');
    assert.equal(cell('title'), 'В Шымкенте задержали двух журналистов');
    assert.equal(cell('type_codes'), 'short_detention; assault');
    assert.equal(cell('type_labels'), 'Кратковременное задержание; Нападение');
    assert.equal(cell('victims'), 'Имя не раскрывается; Айгерим Бекова');
    assert.equal(cell('victim_role_codes'), 'journalist; journalist, editor');
    assert.equal(cell('victim_role_labels'), 'Журналист; Журналист, Редактор');
    assert.equal(cell('perpetrator_type_codes'), 'police');
    assert.equal(cell('perpetrator_type_labels'), 'Полиция');
    assert.equal(cell('accountability_status'), 'impunity');
    assert.equal(cell('accountability_status_label'), 'Безнаказанность');
    assert.equal(cell('accountability_reason'), 'refusal_to_open');
    assert.equal(cell('accountability_reason_label'), 'Отказ в возбуждении уголовного дела');
    assert.equal(cell('sources'), 'Report — https://example.org/news/shymkent');
    const en = (await csvOf('en')).rows;
    assert.equal(cellOf(en, ref, 'victims'), 'Name withheld; Aigerim Bekova');
    assert.equal(cellOf(en, ref, 'type_labels'), 'Short detention; Assault');
    assert.equal(cellOf(en, ref, 'region_name'), 'Shymkent');
    assert.equal(cellOf((await csvOf('kk')).rows, ref, 'victims'), 'Аты-жөні жарияланбайды; Әйгерім Бекова');
  });

  test('an unconsented victim never appears, in any spelling, language or format', async () => {
    for (const lang of LANGUAGES) {
      const { text, rows } = await csvOf(lang);
      const { rows: sheet } = await xlsxOf(lang);
      const all = [text, sheet.flat().join('\n')];
      for (const content of all)
        for (const name of WITHHELD) assert.ok(!content.includes(name), `${lang} shows "${name}"`);
      const description = cellOf(rows, ref, 'description') as string;
      assert.ok(description.includes(lang === 'ru' ? 'Айгерим Бекову' : 'Aigerim Bekova'), description);
    }
  });

  test('only public incidents, through the public list, in every format and filter', async () => {
    const total = (await get('/api/v1/incidents')).body.total as number;
    for (const lang of LANGUAGES) {
      const { text, rows } = await csvOf(lang);
      const { rows: sheet } = await xlsxOf(lang);
      assert.equal(rows.length - 1, total);
      assert.equal(sheet.length - 1, total);
      for (const hidden of HIDDEN) {
        assert.ok(!text.includes(hidden), `${lang} CSV shows "${hidden}"`);
        assert.ok(!sheet.flat().join('\n').includes(hidden), `${lang} XLSX shows "${hidden}"`);
      }
    }
    const filtered = await csvOf('en', '?region=KZ-SHY');
    assert.deepEqual(
      filtered.rows.slice(1).map((r) => r[0]),
      [ref],
    );
    const refused = await get('/en/incidents.xlsx?visibility=confidential');
    assert.equal(refused.status, 400);
  });

  test('the downloads page through the list: every public incident once, in the list’s order', async () => {
    const query = IncidentQuery.parse({});
    const listed = (await listIncidents(t.db, { ...query, limit: 200 }, PUBLIC)).items.map(
      (i) => i.reference,
    );
    const streamed: string[] = [];
    for await (const record of await publicRecords(t.db, query, 180, 'en', 2))
      streamed.push(record.incident.reference);
    assert.ok(listed.length > 4);
    assert.deepEqual(streamed, listed);
  });

  test('CSV cells a spreadsheet would run as formulas start with an apostrophe; XLSX keeps them as text', async () => {
    const { text, rows } = await csvOf('en');
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil"",""x"")"`));
    assert.ok(!/,=HYPERLINK/.test(text));
    const titles = rows.map((r) => r[COLUMNS.findIndex((c) => c.key === 'title')]);
    for (const formula of ["'+1+2", "'-3", "'@SUM(A1)"]) assert.ok(titles.includes(formula), formula);
    const { sheet } = await xlsxOf('en');
    const titleColumn = COLUMNS.findIndex((c) => c.key === 'title') + 1;
    let found = 0;
    sheet.eachRow((row) => {
      const cell = row.getCell(titleColumn);
      if (String(cell.value).startsWith('=HYPERLINK')) {
        found += 1;
        assert.equal(cell.type, ExcelJS.ValueType.String);
        assert.equal(cell.formula, undefined);
      }
    });
    assert.equal(found, 1);
    assert.ok(say('en', 'od.dict.formulas').includes('apostrophe'), 'the dictionary says so');
  });

  test('the spreadsheet parses back with the same rows as the CSV, headed in the reader’s language', async () => {
    for (const lang of LANGUAGES) {
      const { sheet, rows } = await xlsxOf(lang);
      assert.equal(sheet.name, say(lang, 'od.sheet.name'));
      const csv = (await csvOf(lang)).rows.map((r) => r.map((c) => c.replace(/^'(?=[=+\-@])/, '')));
      assert.deepEqual(rows, csv);
    }
  });

  test('the data dictionary explains every column, in the downloads’ order, in kk, ru and en', async () => {
    for (const lang of LANGUAGES) {
      const page = await get(`/${lang}/open-data/dictionary`);
      assert.equal(page.status, 200);
      assert.ok(page.text.includes(`<html lang="${lang}">`));
      const headings = [
        ...page.text.matchAll(/<h3 id="h-[a-z_]+"><span class="number">[^<]*<\/span> ([^<]+)<\/h3>/g),
      ].map((m) => m[1]);
      const csvHeader = (await csvOf(lang)).rows[0];
      assert.deepEqual(headings, csvHeader, 'the dictionary and the CSV name the same columns');
      const { sheet } = await xlsxOf(lang);
      assert.deepEqual(
        (sheet.getRow(1).values as unknown[]).slice(1),
        headings,
        'and so does the spreadsheet',
      );
      for (const c of COLUMNS) assert.ok(page.text.includes(`id="column-${c.key}"`), c.key);
      assert.ok(
        page.text.includes('<code>refusal_to_open</code>'),
        'the reasons are listed with their codes',
      );
      assert.ok(page.text.includes('<code>short_detention</code>'), 'the typology is listed');
    }
  });

  test('Atom entries carry the public summary and the types with their labels', async () => {
    const feed = await get('/ru/incidents.atom?region=KZ-SHY');
    assert.equal((feed.text.match(/<entry>/g) ?? []).length, 1);
    assert.ok(
      feed.text.includes(
        '<category term="short_detention" scheme="http://localhost/ru/methodology" label="Кратковременное задержание"/>',
      ),
      feed.text,
    );
    assert.ok(feed.text.includes('label="Нападение"'));
    assert.match(
      feed.text,
      /<summary>KZ-\d{4}-\d+ · 12 марта 2024 г\. · Шымкент, Казахстан\. Полиция задержала/,
    );
    assert.ok(feed.text.includes('Айгерим Бекову'));
    for (const lang of LANGUAGES) {
      const all = await get(`/${lang}/incidents.atom`);
      for (const name of [...WITHHELD, ...HIDDEN]) assert.ok(!all.text.includes(name), `${lang}: ${name}`);
    }
  });

  test('hostile queries on the downloads and pages answer 4xx before any file begins, never 5xx', async () => {
    const hostile = [
      '?from=2024-02-30',
      '?cursor=AAAA',
      '?limit=0',
      '?q=%00',
      '?from=2024-13-01',
      '?region=%27%3B--',
      `?type=${'x'.repeat(5000)}`,
      '?sort=evil',
      '?verification=reported',
    ];
    for (const path of ['/en/incidents.csv', '/ru/incidents.xlsx', '/kk/incidents.atom', '/en/open-data']) {
      for (const query of hostile) {
        const res = await t.app.request(`${path}${query}`);
        const body = await res.text();
        assert.ok(res.status < 500, `${path}${query}: ${res.status}`);
        if (/incidents\.(csv|xlsx)$/.test(path)) {
          assert.ok(res.status >= 400, `${path}${query}: ${res.status}`);
          assert.ok(
            !/spreadsheetml|text\/csv/.test(res.headers.get('content-type') ?? ''),
            body.slice(0, 80),
          );
        }
      }
    }
  });

  test('the open-data page explains downloads and feeds and renders every API operation', async () => {
    const api = buildOpenApi(VERSION) as unknown as OpenApiDocument;
    const operations = operationsByTag(api).flatMap(([, ops]) => ops);
    assert.ok(operations.length > 50);
    for (const lang of LANGUAGES) {
      const page = await get(`/${lang}/open-data?x=1`);
      assert.equal(page.status, 200);
      for (const href of ['incidents.csv', 'incidents.xlsx', 'incidents.atom', 'open-data/dictionary'])
        assert.ok(page.text.includes(`href="/${lang}/${href}"`), href);
      assert.ok(page.text.includes('href="/api/v1/openapi.json"'));
      for (const { method, path } of operations)
        assert.ok(page.text.includes(`id="${anchorOf(method, path)}"`), `${lang}: ${method} ${path}`);
      assert.ok(!page.text.includes('<script'));
      const home = await get(`/${lang}/`);
      assert.ok(home.text.includes(`href="/${lang}/open-data"`), 'the footer leads to the open-data page');
    }
  });
});
