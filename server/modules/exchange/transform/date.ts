import { z } from 'zod';
import { FILLER_WORDS, monthOf } from './date-words.js';
import { accept, quoted, refuse, type Transformed } from './result.js';

export const DateOptions = z.strictObject({
  /**
   * How a numeric date with slashes is read: 3/12/2019 is 3 December (dmy) or 12 March (mdy).
   * Without it such a date is refused when both readings exist. Dotted dates (12.03.2019) are
   * day first unless this says mdy.
   */
  order: z.enum(['dmy', 'mdy']).optional(),
  /** A whole number of five or more digits is a spreadsheet's day count (Excel, 1900 system). */
  excelSerial: z.boolean().default(true),
});
export type DateOptions = z.infer<typeof DateOptions>;

/** A date of the precision its writer gave: YYYY, YYYY-MM or YYYY-MM-DD (PartialDate's form). */
export type PartialDateText = string;

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks each given part and writes the partial date, or says which part cannot be. */
function compose(raw: string, year: number, month?: number, day?: number): Transformed<PartialDateText> {
  if (year < 1000 || year > 9999)
    return refuse('date_impossible', `the year in ${quoted(raw)} is not a four-digit year`);
  if (month === undefined) return accept(String(year));
  if (month < 1 || month > 12) return refuse('date_impossible', `${quoted(raw)} has no month ${month}`);
  if (day === undefined) return accept(`${year}-${pad(month)}`);
  if (day < 1 || day > daysIn(year, month)) {
    return refuse(
      'date_impossible',
      `${quoted(raw)} is not a real date: ${year}-${pad(month)} has no day ${day}`,
    );
  }
  return accept(`${year}-${pad(month)}-${pad(day)}`);
}

// Day 1 of the 1900 system is 1900-01-01, and Excel counts a 29 February 1900 that never was,
// so from day 61 on the count starts at 1899-12-30. Five digits start in 1927: no year is read so.
function fromExcelSerial(raw: string, serial: number): Transformed<PartialDateText> {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return compose(raw, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function fromNumbers(raw: string, a: number, b: number, year: number, slash: boolean, order?: 'dmy' | 'mdy') {
  if (order === 'mdy') return compose(raw, year, a, b);
  if (order === 'dmy' || !slash) return compose(raw, year, b, a);
  if (a > 12 && b <= 12) return compose(raw, year, b, a);
  if (b > 12 && a <= 12) return compose(raw, year, a, b);
  if (a === b) return compose(raw, year, a, b);
  return refuse(
    'date_ambiguous',
    `${quoted(raw)} reads as day-month or month-day; the mapping must say which (order: dmy or mdy)`,
  );
}

/** Numeric forms: ISO (with or without a time), 12.03.2019, 3/12/2019, 03.2019, 2019, serials. */
function numericDate(raw: string, s: string, options: DateOptions): Transformed<PartialDateText> | undefined {
  let m =
    /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      s,
    );
  if (m) return compose(raw, Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m) return compose(raw, Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) {
    if ((m[4] as string).length === 2) {
      return refuse('date_ambiguous', `${quoted(raw)} gives a two-digit year; write the year in full`);
    }
    return fromNumbers(raw, Number(m[1]), Number(m[3]), Number(m[4]), m[2] === '/', options.order);
  }
  m = /^(\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return compose(raw, Number(m[2]), Number(m[1]));
  if (/^\d{5,7}(?:\.\d+)?$/.test(s)) {
    if (!options.excelSerial) return refuse('date_unrecognised', `${quoted(raw)} is a number, not a date`);
    return fromExcelSerial(raw, Number(s));
  }
  return undefined;
}

/** Worded forms: March 2019, март 2019, 12 марта 2019 года, 2019 жылғы 12 наурыз, March 12, 2019. */
function wordedDate(raw: string, s: string): Transformed<PartialDateText> {
  const words = s
    .toLowerCase()
    .split(/[\s,.]+/)
    .map((w) => w.replace(/^(\d{1,2})(?:st|nd|rd|th|-?ші|-?шы|-?е|-?го)$/, '$1'))
    .filter((w) => w !== '' && !FILLER_WORDS.has(w));
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  for (const word of words) {
    const month_ = monthOf(word);
    if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else if (/^\d{1,2}$/.test(word) && day === undefined) day = Number(word);
    else if (month_ && month === undefined) month = month_;
    else return refuse('date_unrecognised', `${quoted(raw)} is not a date Qorgau can read`);
  }
  if (year === undefined || (day !== undefined && month === undefined)) {
    return refuse('date_unrecognised', `${quoted(raw)} is not a date Qorgau can read`);
  }
  return compose(raw, year, month, day);
}

/**
 * A date as people write it, read into Qorgau's partial date with the precision it was written
 * with: "2019" stays a year, "март 2019" a month. Never guesses: an ambiguous or impossible date
 * is refused with its reason.
 */
export function date(value: string, options: DateOptions): Transformed<PartialDateText> {
  const s = value.trim().replace(/\s+/g, ' ');
  if (s === '') return refuse('value_empty', 'the cell is empty');
  return numericDate(value, s, options) ?? wordedDate(value, s);
}
