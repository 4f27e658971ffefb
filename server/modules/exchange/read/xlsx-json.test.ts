import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { AppError } from '../../../http/errors.js';
import { type Row, readTable, sniff } from './read.js';
import { serialToText } from './xlsx.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qorgau-read-'));
});
after(() => rm(dir, { recursive: true, force: true }));

async function rowsOf(
  path: string,
  options = {},
): Promise<{ columns: string[]; rows: Row[]; sheet?: string }> {
  const table = await readTable(path, options);
  const rows: Row[] = [];
  for await (const row of table.rows) rows.push(row);
  return { columns: table.columns, rows, sheet: table.sheet };
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    return error;
  }
  assert.fail('expected a refusal');
}

async function workbook(name: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const cases = book.addWorksheet('Cases');
  cases.addRow(['Date', 'Count', 'Name', 'Note', 'Total', 'Empty']);
  cases.addRow([
    new Date(Date.UTC(2021, 2, 14)),
    3,
    'Айгүл',
    { richText: [{ text: 'bold ' }, { text: 'part' }] },
    { formula: 'B2*2', result: 6 },
  ]);
  cases.addRow([new Date(Date.UTC(2019, 11, 31, 18, 30)), 2.5, '', 'x']);
  cases.addRow([]);
  cases.addRow(['', '', 'after a gap']);
  cases.getColumn(1).numFmt = 'yyyy-mm-dd';
  const other = book.addWorksheet('Other');
  other.addRow(['Only']);
  other.addRow(['here']);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

describe('XLSX reader', () => {
  test('dates as dates, numbers, rich text, formula results and empty trailing cells', async () => {
    const { columns, rows, sheet } = await rowsOf(await workbook('a.xlsx'));
    assert.equal(sheet, 'Cases');
    assert.deepEqual(columns, ['Date', 'Count', 'Name', 'Note', 'Total', 'Empty']);
    assert.deepEqual(rows, [
      {
        line: 2,
        cells: { Date: '2021-03-14', Count: '3', Name: 'Айгүл', Note: 'bold part', Total: '6', Empty: '' },
      },
      {
        line: 3,
        cells: { Date: '2019-12-31T18:30:00', Count: '2.5', Name: '', Note: 'x', Total: '', Empty: '' },
      },
      { line: 5, cells: { Date: '', Count: '', Name: 'after a gap', Note: '', Total: '', Empty: '' } },
    ]);
  });

  test('a named sheet is read; a missing one is refused naming the sheets there are', async () => {
    const path = await workbook('b.xlsx');
    const { rows } = await rowsOf(path, { sheet: 'Other' });
    assert.deepEqual(rows, [{ line: 2, cells: { Only: 'here' } }]);
    const error = await refusal(rowsOf(path, { sheet: 'Nope' }));
    assert.equal(error.code, 'xlsx_sheet_not_found');
    assert.match(error.details[0]?.message ?? '', /Cases, Other/);
  });

  test('a damaged workbook is refused as unreadable', async () => {
    const path = join(dir, 'bad.xlsx');
    await writeFile(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    assert.equal((await refusal(rowsOf(path))).code, 'xlsx_unreadable');
  });

  test('serial day numbers, with the 29 February 1900 that Excel counts', () => {
    assert.equal(serialToText(1), '1900-01-01');
    assert.equal(serialToText(59), '1900-02-28');
    assert.equal(serialToText(60), '1900-02-29');
    assert.equal(serialToText(61), '1900-03-01');
    assert.equal(serialToText(44269), '2021-03-14');
    assert.equal(serialToText(44269.5), '2021-03-14T12:00:00');
    assert.equal(serialToText(0, true), '1904-01-01');
  });
});

describe('JSON reader', () => {
  test('an array of flat objects; nested values kept as JSON text; later keys kept', async () => {
    const path = join(dir, 'a.json');
    const items = [
      { title: 'Detained', count: 2, public: true, when: null, tags: ['a', 'b'] },
      { title: 'Беспорядки', place: { name: 'Алматы' } },
    ];
    await writeFile(path, JSON.stringify(items, null, 2));
    const { columns, rows } = await rowsOf(path);
    assert.deepEqual(columns, ['title', 'count', 'public', 'when', 'tags']);
    assert.deepEqual(rows, [
      { line: 1, cells: { title: 'Detained', count: '2', public: 'true', when: '', tags: '["a","b"]' } },
      { line: 2, cells: { title: 'Беспорядки', place: '{"name":"Алматы"}' } },
    ]);
  });

  test("Qorgau's own download ({ items: [...] }) is read by its items", async () => {
    const path = join(dir, 'incidents.json');
    await writeFile(
      path,
      JSON.stringify({
        items: [
          { id: 'x1', title: 'One' },
          { id: 'x2', title: 'Two' },
        ],
      }),
    );
    const sniffed = await sniff(path, 1);
    assert.equal(sniffed.format, 'json');
    assert.deepEqual(sniffed.preview, [{ line: 1, cells: { id: 'x1', title: 'One' } }]);
    assert.equal((await rowsOf(path)).rows.length, 2);
  });

  test('a JSON value that is no array, an element that is no object, and broken JSON are refused', async () => {
    const notArray = join(dir, 'o.json');
    await writeFile(notArray, '{"title": "x"}');
    assert.equal((await refusal(readTable(notArray))).code, 'json_not_array');
    const scalar = join(dir, 's.json');
    await writeFile(scalar, '[{"a": 1}, 5]');
    const error = await refusal(rowsOf(scalar));
    assert.equal(error.code, 'json_not_object');
    assert.equal(error.details[0]?.path, 'line.2');
    const broken = join(dir, 'b.json');
    await writeFile(broken, '[{"a": 1}, {"a": ');
    assert.equal((await refusal(rowsOf(broken))).code, 'json_unreadable');
  });

  test('a large array is read element by element', async () => {
    const path = join(dir, 'big.json');
    const count = 50_000;
    await writeFile(
      path,
      `[${Array.from({ length: count }, (_, i) => JSON.stringify({ n: i, text: 'x'.repeat(40) })).join(',')}]`,
    );
    let last = 0;
    for await (const row of (await readTable(path)).rows) {
      assert.equal(row.cells.n, String(row.line - 1));
      last = row.line;
    }
    assert.equal(last, count);
  });
});
