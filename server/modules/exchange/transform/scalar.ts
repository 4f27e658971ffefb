import { z } from 'zod';
import { accept, quoted, refuse, type Transformed } from './result.js';

export const BooleanOptions = z.strictObject({
  /** More words for yes and no that a source uses ("Confirmed", "Unconfirmed"), any case. */
  yes: z.array(z.string().min(1)).default([]),
  no: z.array(z.string().min(1)).default([]),
});
export type BooleanOptions = z.infer<typeof BooleanOptions>;

const YES = ['yes', 'y', 'true', '1', 'да', 'иә', 'иа', 'ия'];
const NO = ['no', 'n', 'false', '0', 'нет', 'жоқ', 'жок'];

const folded = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Yes or no, in Kazakh, Russian or English, or as true/false/1/0. */
export function boolean(value: string, options: BooleanOptions): Transformed<boolean> {
  const v = folded(value);
  if (v === '') return refuse('value_empty', 'the cell is empty');
  if (YES.includes(v) || options.yes.some((w) => folded(w) === v)) return accept(true);
  if (NO.includes(v) || options.no.some((w) => folded(w) === v)) return accept(false);
  return refuse('boolean_invalid', `${quoted(value)} is neither yes nor no`);
}

const INT4_MAX = 2_147_483_647;

export const IntegerOptions = z.strictObject({
  min: z
    .number()
    .int()
    .default(-INT4_MAX - 1),
  max: z.number().int().default(INT4_MAX),
});
export type IntegerOptions = z.infer<typeof IntegerOptions>;

/** A whole number; digit groups may be spaced as Russian and Kazakh write them ("1 000"). */
export function integer(value: string, options: IntegerOptions): Transformed<number> {
  const v = value.trim();
  if (v === '') return refuse('value_empty', 'the cell is empty');
  const m = /^([-+\u2212]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)$/.exec(v);
  if (!m) return refuse('integer_invalid', `${quoted(value)} is not a whole number`);
  const n = Number(`${m[1] === '+' ? '' : m[1] ? '-' : ''}${(m[2] as string).replace(/\D/g, '')}`);
  if (!Number.isSafeInteger(n) || n < options.min || n > options.max) {
    return refuse('integer_out_of_range', `${quoted(value)} is outside ${options.min}…${options.max}`, {
      min: String(options.min),
      max: String(options.max),
    });
  }
  return accept(n === 0 ? 0 : n); // never -0
}
