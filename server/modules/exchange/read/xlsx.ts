import ExcelJS from 'exceljs';
import { AppError } from '../../../http/errors.js';
import { cellsOf, emptyFile, uniqueHeader } from './header.js';
import type { Opened } from './source.js';
import type { ReadOptions, Row, Table } from './types.js';

const DAY_MS = 86_400_000;
// Serial day 25569 is 1970-01-01 in the 1900 date system.
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A 1900-system serial day number as text. Excel counts a 29 February 1900 that never was (serial 60), so
 * serials before it are one day later than the plain count gives; 60 itself is written as Excel shows it.
 * A whole number is a date (YYYY-MM-DD); a fraction adds the time of day, as wall-clock time without zone.
 */
export function serialToText(serial: number, date1904 = false): string {
  if (!date1904 && serial >= 60 && serial < 61) return '1900-02-29';
  const shifted = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const date = new Date(Math.round((shifted - UNIX_EPOCH_SERIAL) * DAY_MS));
  const iso = date.toISOString();
  return date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() === 0
    ? iso.slice(0, 10)
    : iso.slice(0, 19);
}

/** exceljs turns dated serials into Dates with the plain count: back to the serial, then to text. */
function dateText(date: Date, date1904: boolean): string {
  const serial = date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL - (date1904 ? 1462 : 0);
  return serialToText(serial, date1904);
}

type Value = ExcelJS.CellValue;

/** A cell's value as the text a person sees: rich text joined, a formula's result, a link's text, an error's code. */
export function cellText(value: Value, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value, date1904);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: Value }).result ?? null, date1904);
  if ('text' in value) return cellText((value as { text: Value }).text, date1904);
  if ('error' in value) return String(value.error);
  return JSON.stringify(value);
}

/** Opens an XLSX source: the first worksheet, or the one named; the first row is the header. */
export async function readXlsx(opened: Opened, options: ReadOptions): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(opened.bytes(), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const sheets = worksheetRows(reader, options.sheet);
  const first = await sheets.next().catch(unreadable);
  if (first.done) throw emptyFile();
  const header = uniqueHeader(first.value.values, first.value.line);
  async function* rows(): AsyncGenerator<Row> {
    try {
      for await (const { line, values } of sheets) yield { line, cells: cellsOf(header.columns, values) };
    } catch (error) {
      unreadable(error);
    }
  }
  return { format: 'xlsx', sheet: first.value.sheet, ...header, rows: rows() };
}

interface SheetRow {
  sheet: string;
  line: number;
  values: string[];
}

async function* worksheetRows(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  wanted?: string,
): AsyncGenerator<SheetRow> {
  const seen: string[] = [];
  for await (const worksheet of reader) {
    const sheet = (worksheet as unknown as { name: string }).name;
    seen.push(sheet);
    const chosen = wanted === undefined ? seen.length === 1 : sheet === wanted;
    // A sheet that is not read must still be drained, or the workbook stream stops.
    for await (const row of worksheet) {
      if (!chosen) continue;
      const date1904 = Boolean(
        (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model
          ?.date1904,
      );
      const values: string[] = [];
      for (let column = 1; column <= row.cellCount; column++)
        values.push(cellText(row.getCell(column).value, date1904));
      yield { sheet, line: row.number, values };
    }
    if (chosen) return;
  }
  if (wanted !== undefined) {
    throw new AppError('xlsx_sheet_not_found', `The workbook has no sheet named "${wanted}"`, [
      { path: 'sheet', code: 'xlsx_sheet_not_found', message: `sheets: ${seen.join(', ')}` },
    ]);
  }
}

function unreadable(error: unknown): never {
  if (error instanceof AppError) throw error;
  throw new AppError('xlsx_unreadable', 'The file cannot be read as an Excel workbook (.xlsx)', [
    {
      path: 'file',
      code: 'xlsx_unreadable',
      message: error instanceof Error ? error.message : String(error),
    },
  ]);
}
