import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../../../http/errors.js';
import { detectDelimiter } from './csv.js';
import { type Row, readTable, sniff } from './read.js';

const PFT = resolve(process.cwd(), '../shared/datasets/us-press-freedom-tracker-2014-2020.csv');

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qorgau-read-'));
});
after(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function all(path: string, options = {}): Promise<{ columns: string[]; rows: Row[] }> {
  const table = await readTable(path, options);
  const rows: Row[] = [];
  for await (const row of table.rows) rows.push(row);
  return { columns: table.columns, rows };
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

describe('CSV reader', () => {
  test('the Press Freedom Tracker export reads as 516 rows of 59 columns, HTML bodies intact', async () => {
    const table = await readTable(PFT);
    assert.equal(table.columns.length, 59);
    assert.equal(table.delimiter, ',');
    assert.equal(table.encoding, 'utf-8');
    let count = 0;
    let last = 0;
    let html = 0;
    for await (const row of table.rows) {
      count++;
      assert.ok(row.line > last, 'lines grow');
      last = row.line;
      assert.equal(Object.keys(row.cells).length, 59);
      if (/<div class="block-rich_text">[\s\S]*<\/div>/.test(row.cells.body ?? '')) html++;
    }
    assert.equal(count, 516);
    assert.ok(html > 500, `bodies with intact HTML: ${html}`);
  });

  test('a multi-line quoted cell: each row is numbered by the line it starts on', async () => {
    const path = await file('multi.csv', 'name,note\nA,"one\ntwo\nthree"\n\nB,plain\nC,"x\ny"\nD,end\n');
    const { rows } = await all(path);
    assert.deepEqual(
      rows.map((row) => [row.line, row.cells.name, row.cells.note]),
      [
        [2, 'A', 'one\ntwo\nthree'],
        [6, 'B', 'plain'],
        [7, 'C', 'x\ny'],
        [9, 'D', 'end'],
      ],
    );
  });

  test('a file with Windows line ends numbers rows the same way', async () => {
    const path = await file('crlf.csv', 'name,note\r\nA,"one\r\ntwo"\r\nB,plain\r\n');
    const { rows } = await all(path);
    assert.deepEqual(
      rows.map((row) => [row.line, row.cells.note]),
      [
        [2, 'one\r\ntwo'],
        [4, 'plain'],
      ],
    );
  });

  test('an unclosed quote is refused with the line where it opened', async () => {
    const path = await file('open.csv', 'a,b\n1,2\n\n3,"never closed\n4,5\n6,7\n');
    const error = await refusal(all(path));
    assert.equal(error.code, 'csv_unclosed_quote');
    assert.deepEqual(error.details[0], { path: 'line.4', code: 'csv_unclosed_quote' });
  });

  test('semicolon, tab and pipe delimiters are detected; the caller may choose', async () => {
    for (const delimiter of [';', '\t', '|'] as const) {
      const path = await file(
        'd.csv',
        `${['a,x', 'b', 'c'].join(delimiter)}\n1,5${delimiter}2${delimiter}3\n`,
      );
      const { columns, rows } = await all(path);
      assert.deepEqual(columns, ['a,x', 'b', 'c'], JSON.stringify(delimiter));
      assert.deepEqual(rows[0]?.cells, { 'a,x': '1,5', b: '2', c: '3' });
    }
    const chosen = await all(await file('c.csv', 'a;b\n1;2\n'), { delimiter: ',' });
    assert.deepEqual(chosen.columns, ['a;b']);
    assert.equal(detectDelimiter('"a;b",c\n"1;2",3\n'), ',');
  });

  test('UTF-8 with a byte-order mark: the mark is not part of the first column name', async () => {
    const path = await file(
      'bom.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('имя,город\nАйгүл,Алматы\n')]),
    );
    const { columns, rows } = await all(path);
    assert.deepEqual(columns, ['имя', 'город']);
    assert.deepEqual(rows[0]?.cells, { имя: 'Айгүл', город: 'Алматы' });
  });

  test('UTF-16 with a byte-order mark', async () => {
    const body = Buffer.from('\uFEFFname;city\nÆsa;Қостанай\n', 'utf16le');
    const sniffed = await sniff(await file('u16.csv', body));
    assert.equal(sniffed.encoding, 'utf-16le');
    assert.deepEqual(sniffed.preview[0]?.cells, { name: 'Æsa', city: 'Қостанай' });
  });

  test('Windows-1251 Cyrillic is detected and decoded, also across chunk boundaries', async () => {
    const text = `Дата;Город;Описание\n${'12.03.2019;Москва;Журналиста задержали у здания суда\n'.repeat(3000)}`;
    const bytes = Buffer.from(new Uint8Array([...text].map(win1251)));
    const path = await file('cp1251.csv', bytes);
    const table = await readTable(path);
    assert.equal(table.encoding, 'windows-1251');
    assert.equal(table.delimiter, ';');
    assert.deepEqual(table.columns, ['Дата', 'Город', 'Описание']);
    let count = 0;
    for await (const row of table.rows) {
      count++;
      assert.equal(row.cells.Описание, 'Журналиста задержали у здания суда');
    }
    assert.equal(count, 3000);
  });

  test('bytes that are no known encoding are refused, not guessed', async () => {
    const path = await file(
      'bin.csv',
      Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x80, 0x81, 0x82, 0x83, 0x98, 0x0a]),
    );
    assert.equal((await refusal(readTable(path))).code, 'file_encoding_unknown');
  });

  test('invalid UTF-8 after the sample that was examined stops the read, not a silent replacement', async () => {
    const good = Buffer.from(`a,b\n${'1,ok\n'.repeat(20_000)}`);
    const path = await file('late.csv', Buffer.concat([good, Buffer.from([0x32, 0x2c, 0xff, 0xfe, 0x0a])]));
    const table = await readTable(path);
    assert.equal(table.encoding, 'utf-8');
    const error = await refusal(
      (async () => {
        for await (const _ of table.rows);
      })(),
    );
    assert.equal(error.code, 'file_encoding_unknown');
  });

  test('blank and repeated column names are made unique and reported', async () => {
    const table = await readTable(await file('h.csv', 'name,,name,date,name\n1,2,3,4,5,6\n'));
    assert.deepEqual(table.columns, ['name', 'column_2', 'name_2', 'date', 'name_3']);
    assert.deepEqual(
      table.problems.map((p) => [p.column, p.code, p.key]),
      [
        [2, 'blank', 'column_2'],
        [3, 'duplicate', 'name_2'],
        [5, 'duplicate', 'name_3'],
      ],
    );
    const row = (await table.rows.next()).value as Row | undefined;
    assert.deepEqual(row?.cells, {
      name: '1',
      column_2: '2',
      name_2: '3',
      date: '4',
      name_3: '5',
      column_6: '6',
    });
  });

  test('a file with no header is refused', async () => {
    assert.equal((await refusal(readTable(await file('empty.csv', '')))).code, 'header_missing');
    assert.equal((await refusal(readTable(await file('blank.csv', ',,\n1,2,3\n')))).code, 'header_missing');
  });

  test('sniff of a stream gives the first rows and leaves the rest unread', async () => {
    const lines = ['id,text', ...Array.from({ length: 1000 }, (_, i) => `${i},row ${i}`)].join('\n');
    const sniffed = await sniff(Readable.from([Buffer.from(lines)]), 5);
    assert.equal(sniffed.format, 'csv');
    assert.deepEqual(sniffed.columns, ['id', 'text']);
    assert.deepEqual(
      sniffed.preview.map((row) => row.line),
      [2, 3, 4, 5, 6],
    );
  });
});

/** Windows-1251 byte of a character (Russian letters and ASCII only, enough for the test's text). */
function win1251(char: string): number {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code;
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  if (code === 0x401) return 0xa8;
  if (code === 0x451) return 0xb8;
  throw new Error(`no Windows-1251 byte for ${char}`);
}
