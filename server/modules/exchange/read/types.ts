import type { Readable } from 'node:stream';

/** A file on disk (its path) or bytes arriving from elsewhere (an upload). */
export type Source = string | Readable;

export type Format = 'csv' | 'xlsx' | 'json';
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
export type Delimiter = ',' | ';' | '\t' | '|';

/** One source row: where it starts (CSV line, sheet row, or JSON array position) and its cells by column name. */
export interface Row {
  line: number;
  cells: Record<string, string>;
}

/** A header cell that could not be used as it was: blank or repeated; `key` is the name it was given. */
export interface HeaderProblem {
  column: number;
  name: string;
  key: string;
  code: 'blank' | 'duplicate';
}

export interface Header {
  columns: string[];
  problems: HeaderProblem[];
}

export interface ReadOptions {
  format?: Format;
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** XLSX: the sheet to read; the first one otherwise. */
  sheet?: string;
}

/** An opened table: what was found about it, and its rows, read as they are asked for. */
export interface Table extends Header {
  format: Format;
  encoding?: Encoding;
  delimiter?: Delimiter;
  sheet?: string;
  rows: AsyncGenerator<Row>;
}
