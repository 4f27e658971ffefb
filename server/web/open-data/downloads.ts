import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { t } from '../../../shared/i18n/index.js';
import { type CellContext, COLUMNS, header, rowOf } from './columns.js';
import type { PublicRecord } from './records.js';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// A cell a spreadsheet would run as a formula is prefixed with an apostrophe, so it stays text
// (the data dictionary says so, od.dict.formulas).
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field: formulas neutralised, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`;

/**
 * The CSV download, written as it is read: UTF-8 with a byte-order mark (so Excel reads the
 * letters right), CRLF line ends, one incident a row. Only the incidents of one page of the list
 * are ever held in memory.
 */
export function csvStream(records: AsyncIterable<PublicRecord>, context: CellContext): ReadableStream {
  return csvRowsStream(
    COLUMNS.map((c) => header(c, context.lang)),
    mapRows(records, (r) => rowOf(r, context)),
  );
}

/** Each record as its row of cells, read one at a time. */
export async function* mapRows<T>(records: AsyncIterable<T>, row: (record: T) => string[]) {
  for await (const record of records) yield row(record);
}

/** Any table as CSV the way the downloads write it (the internal export writes with it too). */
export function csvRowsStream(head: string[], rows: AsyncIterable<string[]>): ReadableStream {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(head)}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLine(next.value)));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

// XML 1.0 cannot hold control characters other than tab, line feed and carriage return (nor
// U+FFFE, U+FFFF), and a spreadsheet would refuse the whole file for one of them.
const xmlAllowed = (ch: string) => {
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff
  );
};
// A spreadsheet cell holds at most this many characters.
const CELL_LIMIT = 32_767;

const xlsxCell = (value: string) => [...value].filter(xmlAllowed).join('').slice(0, CELL_LIMIT);

/**
 * The spreadsheet download, with exceljs's streaming writer: the header row frozen and bold,
 * every cell a text cell (never a formula), rows written and released as they are read.
 */
export function xlsxStream(records: AsyncIterable<PublicRecord>, context: CellContext): ReadableStream {
  return xlsxRowsStream(
    t(context.lang, 'od.sheet.name'),
    COLUMNS.map((c) => ({ header: header(c, context.lang), width: c.key === 'description' ? 60 : 20 })),
    mapRows(records, (r) => rowOf(r, context)),
  );
}

/** Any table as the downloads' spreadsheet (the internal export writes with it too). */
export function xlsxRowsStream(
  sheetName: string,
  columns: { header: string; width: number }[],
  rows: AsyncIterable<string[]>,
): ReadableStream {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width }));
  const write = async () => {
    const head = sheet.addRow(columns.map((c) => c.header));
    head.font = { bold: true };
    head.commit();
    for await (const row of rows) {
      // A reader who went away stops the reading of further pages.
      if (out.destroyed) return;
      sheet.addRow(row.map(xlsxCell)).commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return Readable.toWeb(out) as ReadableStream;
}
