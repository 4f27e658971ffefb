import type { Context } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { HelpCategory } from '../../db/schema.help.js';
import type { AppEnv } from '../../http/env.js';
import { AppError } from '../../http/errors.js';
import { type HelpSubmission, type MessageBody, REPORT_FIELDS } from '../../modules/help/help.types.js';
import {
  admitSubmission,
  type CheckedToken,
  checkToken,
  type FormKind,
  type IssuedForm,
  issueForm,
  keepForm,
  laneFor,
  spend,
  unspend,
} from '../../modules/help/intake-guard.js';
import { FIELD_MAX } from '../../modules/help/intake-limits.js';
import { QUESTION_CATEGORIES } from '../../views/help/forms.page.js';
import type { Problem } from '../../views/help/help.parts.js';
import type { PostedForm } from './help-form.js';
import { sizeText } from './help-size.js';

/*
 * What a posted help form comes to: taken (with a lane), or sent back to the person with the
 * reasons and everything they typed. Token problems all read the same; only what a person can
 * fix (a missing or long field, a file) is named.
 */

export const FORM_FIELDS: Record<FormKind, ReadonlySet<string>> = {
  report: new Set(['token', 'pow', 'homepage', ...REPORT_FIELDS, 'contact', 'files']),
  question: new Set(['token', 'pow', 'homepage', 'category', 'question', 'contact', 'files']),
  reply: new Set(['token', 'pow', 'homepage', 'code', 'passphrase', 'text', 'files']),
};

const REQUIRED: Record<FormKind, string[]> = {
  report: ['what'],
  question: ['category', 'question'],
  reply: ['text'],
};

const LABEL: Record<string, `hp.${string}`> = { text: 'hp.thread.replyText' };

export type Verdict =
  | { kind: 'taken'; token: CheckedToken; lane: HelpSubmission['lane'] }
  | { kind: 'trap' }
  | { kind: 'refused'; status: 400 | 422 | 429; form: IssuedForm; problems: Problem[] };

/** The reasons a person can act on, from the form's own content. */
export function fieldProblems(
  c: Context<AppEnv>,
  lang: Language,
  kind: FormKind,
  posted: PostedForm,
): Problem[] {
  const limits = c.var.helpLimits;
  const size = sizeText(lang, limits.maxFileBytes);
  const problems: Problem[] = [];
  for (const name of REQUIRED[kind]) {
    const value = (posted.fields[name] ?? '').trim();
    const bad = name === 'category' ? !(QUESTION_CATEGORIES as readonly string[]).includes(value) : !value;
    if (bad) problems.push({ key: `hp.problem.required.${name}` as Problem['key'] });
  }
  for (const problem of posted.problems) {
    if (problem.startsWith('too_long:')) {
      const name = problem.slice('too_long:'.length);
      const field = (LABEL[name] ?? `hp.field.${name}`) as Problem['key'];
      problems.push({
        key: 'hp.problem.too_long',
        vars: { field: t(lang, field), max: FIELD_MAX[name] ?? 0 },
      });
    } else {
      problems.push({
        key: `hp.problem.${problem}` as Problem['key'],
        vars: { size, count: limits.maxFiles },
      });
    }
  }
  return problems;
}

/** Runs the guard over a posted form, in order: trap, token, the person's fixes, the limits. */
export async function judge(
  c: Context<AppEnv>,
  lang: Language,
  kind: FormKind,
  posted: PostedForm,
): Promise<Verdict> {
  const { db, helpLimits: limits } = c.var;
  if ((posted.fields.homepage ?? '') !== '') return { kind: 'trap' };
  const again = posted.attached ? [{ key: 'hp.problem.files_again' as const }] : [];
  const token = await checkToken(db, kind, posted.fields.token, limits);
  if (token === 'stale') {
    const form = await issueForm(db, kind, limits);
    return { kind: 'refused', status: 400, form, problems: [{ key: 'hp.problem.stale' }, ...again] };
  }
  if (token === 'early') {
    const form = await keepForm(db, posted.fields.token ?? '', limits);
    return { kind: 'refused', status: 400, form, problems: [{ key: 'hp.problem.stale' }, ...again] };
  }
  const kept = () => keepForm(db, posted.fields.token ?? '', limits);
  const problems = fieldProblems(c, lang, kind, posted);
  if (problems.length > 0)
    return { kind: 'refused', status: 422, form: await kept(), problems: [...problems, ...again] };
  const lane = await laneFor(db, token, posted.fields.pow);
  if (!(await admitSubmission(db, lane, limits))) {
    return {
      kind: 'refused',
      status: 429,
      form: await kept(),
      problems: [{ key: 'hp.problem.busy' }, ...again],
    };
  }
  if (!(await spend(db, token))) {
    const form = await issueForm(db, kind, limits);
    return { kind: 'refused', status: 400, form, problems: [{ key: 'hp.problem.stale' }, ...again] };
  }
  return { kind: 'taken', token, lane };
}

/** The submission the core seals, from a form that was taken. */
export function submissionOf(
  kind: 'report' | 'question',
  lang: Language,
  lane: HelpSubmission['lane'],
  posted: PostedForm,
): HelpSubmission {
  const f = posted.fields;
  const fields: MessageBody['fields'] = {};
  for (const name of kind === 'report' ? REPORT_FIELDS : (['question'] as const)) {
    const value = (f[name] ?? '').trim();
    if (value) fields[name] = value;
  }
  const contact = (f.contact ?? '').trim();
  const category = (kind === 'report' ? 'attack' : f.category) as HelpCategory;
  return {
    kind,
    category,
    language: lang,
    lane,
    body: { fields, contact: contact || null },
    files: posted.files,
  };
}

/** Runs the core's submission, giving the token back when the server (not the person) failed. */
export async function withToken<T>(
  c: Context<AppEnv>,
  token: CheckedToken,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof AppError) || err.status >= 500)
      await unspend(c.var.db, token).catch(() => undefined);
    throw err;
  }
}
