import { z } from 'zod';
import { LANGUAGES } from '../../shared/languages.js';

export const LanguageCode = z.enum(LANGUAGES);

/** Record content in any of the three languages; empty strings are dropped as absent. */
export const LocalizedTextInput = z
  .strictObject({
    kk: z.string().trim().max(20000).optional(),
    ru: z.string().trim().max(20000).optional(),
    en: z.string().trim().max(20000).optional(),
  })
  .transform(
    (t) =>
      Object.fromEntries(Object.entries(t).filter(([, v]) => v)) as Partial<
        Record<'kk' | 'ru' | 'en', string>
      >,
  );

export const LocalizedText = z
  .object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() })
  .describe('Text in any of kk, ru, en');

/** A label that must exist in all three languages. */
export const Labels = z
  .strictObject({
    kk: z.string().trim().min(1).max(500),
    ru: z.string().trim().min(1).max(500),
    en: z.string().trim().min(1).max(500),
  })
  .describe('A label in each of kk, ru, en');

export const Uuid = z.uuid();

/** The largest value an `integer` (int4) column holds: every integer the API takes stays within it. */
export const INT4_MAX = 2147483647;
/** A whole number an int4 column can hold; narrow it further with min/max. */
export const Int4 = z
  .number()
  .int()
  .min(-INT4_MAX - 1)
  .max(INT4_MAX);
export const Version = Int4.min(1);
export const Code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$|^[A-Z]$/, 'not a code');

/** A calendar date written YYYY-MM-DD that really exists (no 2023-02-30). */
export const IsoDate = z
  .string()
  .refine(isRealDate, { message: 'not a real date (YYYY-MM-DD)', params: { code: 'invalid_date' } });

export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `?version=N` on DELETE: the version the client read, so a delete cannot hit a changed record. */
export const DeleteQuery = z.strictObject({
  version: z.coerce.number().int().min(1).max(INT4_MAX).describe('The version you read'),
});

/** A date of any precision: YYYY, YYYY-MM or YYYY-MM-DD, each part real. */
export const PartialDate = z
  .string()
  .refine((s) => /^\d{4}$/.test(s) || (/^\d{4}-\d{2}$/.test(s) && isRealDate(`${s}-01`)) || isRealDate(s), {
    message: 'not a real date (YYYY, YYYY-MM or YYYY-MM-DD)',
    params: { code: 'invalid_date' },
  });

/** The first day a date of any precision covers, and the precision its form gives. */
export function partialDateColumns(value: string | null): {
  day: string | null;
  precision: 'day' | 'month' | 'year' | 'unknown';
} {
  if (value === null) return { day: null, precision: 'unknown' };
  if (value.length === 4) return { day: `${value}-01-01`, precision: 'year' };
  if (value.length === 7) return { day: `${value}-01`, precision: 'month' };
  return { day: value, precision: 'day' };
}

/** The last day a date of the given precision may stand for: 2019-07 → 2019-07-31. */
export function lastDayOf(day: string, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'day') return day;
  if (precision === 'year') return `${day.slice(0, 4)}-12-31`;
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** A stored first day and precision written back in the form the client sent (2019-07). */
export function presentPartialDate(day: string | null, precision: string): string | null {
  if (day === null || precision === 'unknown') return null;
  return day.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}
