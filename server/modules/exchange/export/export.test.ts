import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { useTestApp } from '../../../../test/helpers/app.js';
import { parseCsv } from '../../../../test/helpers/csv.js';
import { buildIncident, buildPerson } from '../../../../test/helpers/factories.js';
import { check } from '../../../../test/helpers/json-schema.js';
import { type Principal, PUBLIC } from '../../../http/auth.js';
import { IncidentQuery } from '../../incidents/incident-list.schema.js';
import { EventsExport, eventsJsonSchema } from './events.schema.js';
import { exportCommand, exportPrincipal } from './export.cli.js';
import { type ExportFormat, writeExport } from './export.js';
import { FLAT_COLUMNS, MULTI } from './flat.js';

const t = useTestApp();

const SECRET_PERSON = 'Aigerim Confidentova';
const SECRET_TITLE = 'Confidential: a source threatened';
const OPEN_TITLES = ['Open incident one', 'Open incident two', 'Open incident three'];
let secretId = '';

/** Collects what an export writes, and how much was written each time a page was read. */
function sink() {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const out = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      bytes += chunk.length;
      done();
    },
  });
  return { out, chunks, bytes: () => bytes, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(who: Principal, format: ExportFormat, pageSize = 100) {
  const s = sink();
  const pages: number[] = [];
  const result = await writeExport(t.db, who, s.out, {
    format,
    lang: 'ru',
    query: IncidentQuery.parse({}),
    stalledAfterDays: 180,
    pageSize,
    onPage: () => pages.push(s.bytes()),
  });
  return { ...result, pages, text: s.text(), buffer: Buffer.concat(s.chunks) };
}

/** Every cell of the spreadsheet's first sheet, as one text. */
async function sheetText(buffer: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as never);
  const cells: string[] = [];
  book.worksheets[0]?.eachRow((row) => {
    cells.push(JSON.stringify(row.values));
  });
  return cells.join('\n');
}

const as = (username: string) => exportPrincipal(t.db, username);

async function seed() {
  for (const [i, title] of OPEN_TITLES.entries()) {
    const res = await t.post(
      '/api/v1/incidents',
      buildIncident({
        title: { en: title },
        victims: [
          { key: 'a', person: buildPerson({ roles: ['journalist', 'editor'] }) },
          { key: 'b', person: buildPerson() },
        ],
        violations: [
          { typeCode: 'assault', victim: 'a' },
          { typeCode: i === 0 ? 'threat' : 'assault', victim: 'b' },
        ],
      }),
    );
    assert.equal(res.status, 201, res.text);
  }
  const secret = await t.post(
    '/api/v1/incidents',
    buildIncident({
      visibility: 'confidential',
      title: { en: SECRET_TITLE },
      victims: [{ key: 's', person: buildPerson({ name: SECRET_PERSON, consentToName: false }) }],
      violations: [{ typeCode: 'threat', victim: 's' }],
    }),
  );
  assert.equal(secret.status, 201, secret.text);
  secretId = secret.body.id;
  const grant = await t.post(`/api/v1/incidents/${secretId}/grants`, { accountId: t.accounts.monitor });
  assert.equal(grant.status < 300, true, grant.text);
}

describe('exchange export', () => {
  before(seed);

  describe('the internal export and who may see what', () => {
    for (const format of ['events-json', 'csv', 'xlsx'] as const) {
      test(`${format}: the granted account and the system get the confidential incident; another reader nothing of it`, async () => {
        const granted = await run(await as('test-monitor'), format);
        const other = await run(await as('test-lawyer'), format);
        const system = await run({ kind: 'system', id: 'system:test' }, format);
        assert.equal(granted.written, 4);
        assert.equal(system.written, 4);
        assert.equal(other.written, 3);
        if (format === 'xlsx') {
          assert.ok((await sheetText(granted.buffer)).includes(SECRET_PERSON));
          const hidden = await sheetText(other.buffer);
          for (const secret of [SECRET_TITLE, SECRET_PERSON, secretId]) assert.ok(!hidden.includes(secret));
        } else {
          for (const text of [granted.text, system.text]) {
            assert.ok(text.includes(SECRET_TITLE));
            assert.ok(text.includes(SECRET_PERSON));
          }
          assert.ok(!other.text.includes(SECRET_TITLE));
          assert.ok(!other.text.includes(SECRET_PERSON), 'a person only the confidential incident names');
          assert.ok(!other.text.includes(secretId));
        }
      });
    }

    test('the public has no internal export (open data is its export)', async () => {
      await assert.rejects(run(PUBLIC, 'csv'), /internal readers/);
      await assert.rejects(as('nobody-here'), /No active account/);
    });
  });

  describe('events-model JSON', () => {
    test('validates against the zod schema and the committed JSON Schema', async () => {
      const { text } = await run({ kind: 'system', id: 'system:test' }, 'events-json');
      const doc = JSON.parse(text);
      const parsed = EventsExport.parse(doc);
      assert.equal(parsed.incidents.length, 4);
      const committed = JSON.parse(readFileSync('docs/exchange/events.schema.json', 'utf8'));
      assert.deepEqual(committed, eventsJsonSchema(), 'regenerate docs/exchange/events.schema.json');
      assert.deepEqual(check({ components: { schemas: {} } }, committed, doc), []);
      const first = parsed.incidents.find((i) => i.title.en === OPEN_TITLES[0]);
      assert.ok(first);
      assert.equal(first.version, 1);
      assert.equal(first.acts.length, 2);
      const keys = new Set(first.victims.map((v) => v.key));
      for (const act of first.acts) assert.ok(act.victimKey && keys.has(act.victimKey));
      for (const v of first.victims) assert.match(v.personId, /^[0-9a-f-]{36}$/);
    });

    test('a broken document does not validate', () => {
      const bad = {
        format: 'qorgau.events',
        formatVersion: 1,
        exportedAt: '',
        exportedBy: '',
        incidents: [{}],
      };
      assert.equal(EventsExport.safeParse(bad).success, false);
      assert.notDeepEqual(check({ components: { schemas: {} } }, eventsJsonSchema(), bad), []);
    });

    test('streams page by page: bytes reach the output before the last page is read', async () => {
      const { pages, written, text } = await run({ kind: 'system', id: 'system:test' }, 'events-json', 1);
      assert.equal(written, 4);
      assert.ok(pages.length >= 4, `pages read: ${pages.length}`);
      const last = pages[pages.length - 1] ?? 0;
      assert.ok(last > (pages[1] ?? 0), 'written while reading, not all at the end');
      assert.ok(last < Buffer.byteLength(text));
    });
  });

  describe('flat CSV and XLSX', () => {
    test('CSV reads back: one row per incident, codes joined with " | ", labels in the chosen language', async () => {
      const { text } = await run(await as('test-lawyer'), 'csv');
      const [head = [], ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
      assert.deepEqual(head, [...FLAT_COLUMNS]);
      assert.equal(rows.length, 3);
      const col = (name: string) => (head as string[]).indexOf(name);
      const cell = (row: string[], name: string) => row[col(name)] ?? '';
      const first = rows.find((r) => cell(r, 'title_en') === OPEN_TITLES[0]);
      assert.ok(first);
      assert.equal(cell(first, 'type_codes'), `assault${MULTI}threat`);
      assert.notEqual(cell(first, 'type_labels'), cell(first, 'type_codes'), 'labels, not codes');
      assert.match(cell(first, 'type_labels'), /[а-яА-Я]/, 'labels in Russian');
      assert.equal(cell(first, 'victim_role_codes'), `journalist${MULTI}editor`);
      assert.equal(cell(first, 'victim_ids').split(MULTI).length, 2);
      assert.equal(cell(first, 'version'), '1');
    });

    test('XLSX reads back with exceljs with the same rows', async () => {
      const { buffer } = await run({ kind: 'system', id: 'system:test' }, 'xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(buffer as never);
      const sheet = book.worksheets[0];
      assert.ok(sheet);
      const values = (n: number) =>
        (sheet.getRow(n).values as unknown[]).slice(1).map((v) => String(v ?? ''));
      assert.deepEqual(values(1), FLAT_COLUMNS);
      assert.equal(sheet.rowCount, 5);
      const titles = [2, 3, 4, 5].map((n) => values(n)[FLAT_COLUMNS.indexOf('title_en')]);
      assert.deepEqual(titles.sort(), [...OPEN_TITLES, SECRET_TITLE].sort());
    });
  });

  describe('the export command', () => {
    test('writes the file and a summary line on standard error', async () => {
      const { mkdtempSync, rmSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const dir = mkdtempSync(join(tmpdir(), 'qorgau-export-'));
      const messages: string[] = [];
      const stderr = Object.assign(
        new Writable({
          write(c, _e, done) {
            messages.push(String(c));
            done();
          },
        }),
        {
          isTTY: false,
        },
      ) as unknown as NodeJS.WriteStream;
      try {
        const file = join(dir, 'out.csv');
        const code = await exportCommand(t.db, { format: 'csv', out: file, as: 'test-lawyer' }, 180, stderr);
        assert.equal(code, 0);
        assert.equal(parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).length, 4);
        assert.match(messages.join(''), /Exported 3 incidents as csv/);
        await assert.rejects(exportCommand(t.db, { format: 'pdf' }, 180, stderr), /--format must be one of/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
