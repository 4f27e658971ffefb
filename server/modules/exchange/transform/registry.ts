import type { z } from 'zod';
import { CountryOptions, country } from './country.js';
import { DateOptions, date } from './date.js';
import { PlaceOptions, place } from './place.js';
import type { Transformed } from './result.js';
import { BooleanOptions, boolean, IntegerOptions, integer } from './scalar.js';
import { SplitOptions, split } from './split.js';
import { TextOptions, text } from './text.js';
import { VocabularyOptions, vocabulary } from './vocabulary.js';

/** One transformation a mapping can name: its options' schema and the function. */
interface Transformation<S extends z.ZodType, T> {
  options: S;
  run: (value: string, options: z.infer<S>) => Transformed<T>;
}

const entry = <S extends z.ZodType, T>(options: S, run: (value: string, o: z.infer<S>) => Transformed<T>) =>
  ({ options, run }) satisfies Transformation<S, T>;

/**
 * Every transformation by the name a saved mapping preset uses for it. Names are stable: a preset
 * saved today must read the same next year. Never rename one; add a new name instead.
 */
export const TRANSFORMATIONS = {
  split: entry(SplitOptions, split),
  date: entry(DateOptions, date),
  country: entry(CountryOptions, country),
  place: entry(PlaceOptions, place),
  vocabulary: entry(VocabularyOptions, vocabulary),
  boolean: entry(BooleanOptions, boolean),
  integer: entry(IntegerOptions, integer),
  text: entry(TextOptions, text),
} as const;

export type TransformationName = keyof typeof TRANSFORMATIONS;
export const TRANSFORMATION_NAMES = Object.keys(TRANSFORMATIONS) as TransformationName[];

/** What a mapping stores for one transformation: its name and options, as plain data. */
export interface TransformationStep {
  name: string;
  options?: unknown;
}

export type PreparedStep = (value: string) => Transformed<unknown>;

/**
 * A step of a mapping read from data, checked once (name known, options valid) before any row is
 * read, so a wrong preset fails before the import starts rather than on every row.
 */
export function prepare(
  step: TransformationStep,
): { ok: true; run: PreparedStep } | { ok: false; code: string; reason: string } {
  if (!Object.hasOwn(TRANSFORMATIONS, step.name)) {
    return {
      ok: false,
      code: 'transformation_unknown',
      reason: `no transformation is named ${JSON.stringify(step.name)}`,
    };
  }
  const t = TRANSFORMATIONS[step.name as TransformationName] as Transformation<z.ZodType, unknown>;
  const parsed = t.options.safeParse(step.options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'options';
    return {
      ok: false,
      code: 'transformation_options_invalid',
      reason: `${step.name}: ${where}: ${issue?.message}`,
    };
  }
  const options = parsed.data;
  return { ok: true, run: (value) => t.run(value, options) };
}
