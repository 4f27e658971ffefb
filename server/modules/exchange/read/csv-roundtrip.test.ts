import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { readTable } from './read.js';
import type { Delimiter, Row } from './types.js';

const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t', '|');
const cell = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((text) => !text.startsWith('\uFEFF'));
const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
  .filter((text) => text.trim() === text && text !== '' && !text.startsWith('\uFEFF'));

/** A table: unique column names (two or more, so no row is an empty line) and rows of any strings. */
const table = fc.uniqueArray(name, { minLength: 2, maxLength: 5 }).chain((columns) =>
  fc.record({
    columns: fc.constant(columns),
    rows: fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), {
      maxLength: 15,
    }),
  }),
);

async function readBack(text: string, chosen?: Delimiter) {
  // Split into small chunks so records and characters cross chunk boundaries.
  const bytes = Buffer.from(text);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
    bytes.subarray(i * 7, i * 7 + 7),
  );
  const read = await readTable(Readable.from(chunks), { format: 'csv', delimiter: chosen });
  const rows: Row[] = [];
  for await (const row of read.rows) rows.push(row);
  return { columns: read.columns, rows };
}

/** The line each row starts on: one after the line ends of every earlier record, its own cells' included. */
function startLines(columns: string[], rows: string[][]): number[] {
  let line = 1 + columns.join('').split('\n').length;
  return rows.map((row) => {
    const start = line;
    line += row.join('').split('\n').length;
    return start;
  });
}

test('any table written as CSV with a chosen delimiter reads back equal, with its start lines', async () => {
  await fc.assert(
    fc.asyncProperty(table, delimiter, async ({ columns, rows }, chosen) => {
      const text = stringify([columns, ...rows], { delimiter: chosen });
      const read = await readBack(text, chosen);
      assert.deepEqual(read.columns, columns);
      assert.deepEqual(
        read.rows.map((row) => columns.map((column) => row.cells[column])),
        rows,
      );
      assert.deepEqual(
        read.rows.map((row) => row.line),
        startLines(columns, rows),
      );
    }),
    { numRuns: 300 },
  );
});

test('any table written as CSV with every cell quoted reads back equal with its delimiter detected', async () => {
  await fc.assert(
    fc.asyncProperty(table, delimiter, async ({ columns, rows }, chosen) => {
      const text = stringify([columns, ...rows], { delimiter: chosen, quoted: true });
      const read = await readBack(text);
      assert.deepEqual(read.columns, columns);
      assert.deepEqual(
        read.rows.map((row) => columns.map((column) => row.cells[column])),
        rows,
      );
    }),
    { numRuns: 300 },
  );
});
