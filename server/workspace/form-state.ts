import type { Context } from 'hono';
import type { z } from 'zod';
import { t } from '../../shared/i18n/index.js';
import { LANGUAGES } from '../../shared/languages.js';
import { AppError, asAppError, type ErrorDetail } from '../http/errors.js';
import type { WorkspaceEnv } from './env.js';
import { fieldDetails, problemsNotice } from './field-errors.js';
import { type form, lang, one, problem } from './forms.js';
import { checkCsrf } from './session.js';
import type { Notice } from './views/layout.js';

/** A form's fields as posted (or as a record reads back into a form): strings, lists for repeats. */
export type Fields = Awaited<ReturnType<typeof form>>;

/**
 * What a form page shows: the values in the fields, the problems with them, and after a stale
 * save the values someone else saved meanwhile (`theirs`), to be shown beside the person's own.
 */
export interface FormState {
  fields: Fields;
  errors: ErrorDetail[];
  theirs: Fields | null;
}

export const freshForm = (fields: Fields = {}): FormState => ({ fields, errors: [], theirs: null });

/** A field's text, trimmed. */
export const text = (f: Fields, name: string): string => one(f[name]).trim();

/** A field's text, or null when empty. */
export const textOrNull = (f: Fields, name: string): string | null => text(f, name) || null;

/** Every value of a repeated field (checkboxes). */
export const all = (f: Fields, name: string): string[] => [f[name] ?? []].flat().filter(Boolean);

/** A textarea read as one item per line. */
export const lines = (f: Fields, name: string): string[] =>
  text(f, name)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The three fields `prefix.kk`, `prefix.ru`, `prefix.en` as one text per language. */
export const localized = (f: Fields, prefix: string): Record<string, string> =>
  Object.fromEntries(LANGUAGES.map((l) => [l, text(f, `${prefix}.${l}`)]));

/** A number field: a number when given, null when empty, and the raw text when it is not a number. */
export function numberOrNull(f: Fields, name: string): number | string | null {
  const value = text(f, name).replace(',', '.');
  if (value === '') return null;
  return Number.isFinite(Number(value)) ? Number(value) : value;
}

/** The version the form was read at, when it carries one. */
export const version = (f: Fields): number | undefined =>
  text(f, 'version') ? Number(text(f, 'version')) : undefined;

/** Text per language as the three form fields. */
export const localizedFields = (prefix: string, value: Partial<Record<string, string>>): Fields =>
  Object.fromEntries(LANGUAGES.map((l) => [`${prefix}.${l}`, value[l] ?? '']));

/** Validates with the same schema the API uses; problems carry the field paths. */
export function parseForm<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('validation_failed', 'Invalid form', fieldDetails(result.error));
  return result.data;
}

const FIELD_PROBLEMS: ReadonlySet<string> = new Set(['validation_failed', 'unknown_code']);

export interface SaveSteps {
  /** Validates and saves; returns where to go next. */
  save: () => Promise<string>;
  /** After a stale save: the record as it is now, as form fields (with its version), if it still exists. */
  current?: () => Promise<Fields | null>;
  /** Renders the form page again with the given state. */
  render: (state: FormState, notice: Notice, status: number) => Response | Promise<Response>;
}

/**
 * A form post: check the CSRF token, save through the service, go on to the record. Whatever
 * is refused comes back in the form as typed. A stale save shows the current values beside the
 * person's and takes the current version, so saving again is a choice made with both in view.
 * A refusal of the account itself (forbidden) is shown in the workspace frame, without the form.
 */
export async function submitForm(c: Context<WorkspaceEnv>, fields: Fields, steps: SaveSteps) {
  const l = lang(c);
  try {
    checkCsrf(c, c.var.session, fields);
    return c.redirect(await steps.save(), 303);
  } catch (thrown) {
    const err = asAppError(thrown);
    if (!err || err.code === 'forbidden' || err.code === 'unauthorized') throw err ?? thrown;
    const { _csrf: _, ...typed } = fields;
    if (err.code === 'version_conflict' && steps.current) {
      const theirs = await steps.current();
      if (!theirs) throw err;
      const state = { fields: { ...typed, version: one(theirs.version) }, errors: [], theirs };
      return steps.render(state, { kind: 'error', text: t(l, 'ref.conflict') }, 409);
    }
    const notice: Notice =
      FIELD_PROBLEMS.has(err.code) && err.details.length
        ? problemsNotice(l, err.details, (path) => one(typed[path]))
        : problem(l, err);
    return steps.render({ fields: typed, errors: err.details, theirs: null }, notice, err.status);
  }
}
