import { readCsv } from './csv.js';
import { readJson } from './json.js';
import { openSource } from './source.js';
import type { Format, ReadOptions, Row, Source, Table } from './types.js';
import { readXlsx } from './xlsx.js';

export type { ReadOptions, Row, Source, Table } from './types.js';

/** The format of a file from its first bytes: a ZIP container is XLSX, `[` or `{` is JSON, else CSV. */
export function detectFormat(head: Buffer): Format {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  const text = head
    .subarray(0, 256)
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart();
  return text[0] === '[' || text[0] === '{' ? 'json' : 'csv';
}

/** Opens a file or stream as a table whose rows are read as they are asked for. */
export async function readTable(source: Source, options: ReadOptions = {}): Promise<Table> {
  const opened = await openSource(source);
  const format = options.format ?? detectFormat(opened.head);
  if (format === 'xlsx') return readXlsx(opened, options);
  if (format === 'json') return readJson(opened, options);
  return readCsv(opened, options);
}

/** What a preview shows before anything is mapped: what the file is, and its first rows. */
export interface Sniffed extends Omit<Table, 'rows'> {
  preview: Row[];
}

/** Looks at the beginning of a file: format, encoding, delimiter, header, and the first `count` rows. */
export async function sniff(source: Source, count = 20, options: ReadOptions = {}): Promise<Sniffed> {
  const { rows, ...table } = await readTable(source, options);
  const preview: Row[] = [];
  for await (const row of rows) {
    preview.push(row);
    if (preview.length >= count) break;
  }
  return { ...table, preview };
}
