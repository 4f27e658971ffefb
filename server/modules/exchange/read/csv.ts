import { pipeline } from 'node:stream/promises';
import { CsvError, type Options, parse } from 'csv-parse';
import { AppError } from '../../../http/errors.js';
import { decoder, detectEncoding } from './decode.js';
import { cellsOf, emptyFile, uniqueHeader } from './header.js';
import type { Opened } from './source.js';
import type { Delimiter, Encoding, ReadOptions, Row, Table } from './types.js';

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];
const SAMPLE_RECORDS = 20;

/**
 * The delimiter of a CSV text from its first records: the candidate found the same (non-zero) number of
 * times in every record wins, the most frequent if several do; quoted text is not counted.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const [delimiter, list] of countPerRecord(text)) {
    // The last record may be cut by the end of the sample: leave it out when there are others.
    const whole = list.length > 1 ? list.slice(0, -1) : list;
    const steady = whole.every((n) => n === whole[0]);
    const score = (steady ? 1_000_000 : 0) + whole.reduce((a, b) => a + b, 0);
    if ((whole[0] ?? 0) > 0 && score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

/** How often each candidate occurs outside quotes in each of the first records. */
function countPerRecord(text: string): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, [0]]));
  let quoted = false;
  let records = 1;
  for (let i = 0; i < text.length && records <= SAMPLE_RECORDS; i++) {
    const char = text[i] as string;
    if (char === '"') quoted = !quoted;
    if (quoted) continue;
    if (char === '\n') {
      records++;
      for (const list of counts.values()) list.push(0);
    }
    const list = counts.get(char as Delimiter);
    if (list) list[list.length - 1] = (list.at(-1) ?? 0) + 1;
  }
  return counts;
}

/** Decodes the sample for delimiter detection, cutting nothing that matters. */
export function headText(head: Buffer, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(head, { stream: true });
}

interface Located {
  line: number;
  values: string[];
}

/** Opens a CSV source: encoding and delimiter as chosen or detected, the header read, rows to follow. */
export async function readCsv(opened: Opened, options: ReadOptions): Promise<Table> {
  const encoding = options.encoding ?? detectEncoding(opened.head);
  const delimiter = options.delimiter ?? detectDelimiter(headText(opened.head, encoding));
  const records = locatedRecords(opened, encoding, delimiter);
  const first = await records.next();
  if (first.done) throw emptyFile();
  const header = uniqueHeader(first.value.values, first.value.line);
  async function* rows(): AsyncGenerator<Row> {
    for await (const { line, values } of records) {
      if (values.length === 1 && values[0] === '') continue;
      yield { line, cells: cellsOf(header.columns, values) };
    }
  }
  return { format: 'csv', encoding, delimiter, ...header, rows: rows() };
}

/**
 * Records with the line each starts on. csv-parse's own line count takes a CR LF inside a quoted cell for
 * two lines, so lines are counted here from each record's raw text.
 * Empty lines come through as one empty cell (skipped by the caller), so every line is counted.
 */
async function* locatedRecords(
  opened: Opened,
  encoding: Encoding,
  delimiter: Delimiter,
): AsyncGenerator<Located> {
  let next = 1;
  const parser = parse({
    delimiter,
    raw: true,
    relax_column_count: true,
    // on_record may return any shape; csv-parse's types say a record: the cast says what comes out.
    // With raw on, a record arrives as { record, raw }; the raw text is dropped once counted.
    on_record: ((input: { record: string[]; raw: string }) => {
      const line = next;
      // The raw text holds the record's line end, all of it or (CR LF) all but the LF.
      next = line + newlines(input.raw) + (input.raw.endsWith('\n') ? 0 : 1);
      return { line, values: input.record };
    }) as unknown as Options['on_record'],
  });
  const source = opened.bytes();
  const feeding = pipeline(source, decoder(encoding), parser).catch(() => undefined);
  try {
    for await (const record of parser) yield record as Located;
  } catch (error) {
    throw csvProblem(error, next);
  } finally {
    source.destroy();
    await feeding;
  }
}

function newlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function csvProblem(error: unknown, line: number): Error {
  if (!(error instanceof CsvError)) return error as Error;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new AppError('csv_unclosed_quote', `A quoted cell opened at line ${line} is never closed`, [
      { path: `line.${line}`, code: 'csv_unclosed_quote' },
    ]);
  }
  return new AppError('csv_unreadable', `The CSV cannot be read at line ${line}: ${error.message}`, [
    { path: `line.${line}`, code: error.code.toLowerCase() },
  ]);
}
