import type { z } from 'zod';
import { formatNumber, type MessageKey, t } from '../../shared/i18n/index.js';
import { LANGUAGES, type Language } from '../../shared/languages.js';
import { type ErrorDetail, zodDetails } from '../http/errors.js';

/*
 * How a refused form reads to the person who filled it: each problem as the field's label and a
 * reason in their language ("Date — No such date: 30 February"), never a field key or a code.
 * The schemas' issues become field paths and reasons here and nowhere else, for every workspace form.
 */

/** A problem with one field, with the limit that was crossed when there is one. */
export interface FieldDetail extends ErrorDetail {
  /** The largest or smallest allowed length, count or value. */
  limit?: number;
  /** What the limit counts: characters of a text, items of a list, or a number's value. */
  of?: 'string' | 'array' | 'number';
}

type Issue = z.core.$ZodIssue;

/** The branch of a union the input meant: the one that did not refuse its keys outright. */
function meantBranch(issue: Issue & { errors?: Issue[][] }): Issue[] | null {
  const branches = issue.errors ?? [];
  const meant = branches.filter(
    (b) => !b.some((i) => i.code === 'unrecognized_keys' || i.code === 'invalid_type'),
  );
  return meant.length === 1 ? (meant[0] as Issue[]) : null;
}

/** Issues with unions opened up to the branch the input meant, paths made whole. */
function flatIssues(issues: readonly Issue[], prefix: PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branch = meantBranch(issue as Issue & { errors?: Issue[][] });
      if (branch) return flatIssues(branch, path);
    }
    return [{ ...issue, path } as Issue];
  });
}

/** A schema's refusal as field details: the stable codes the API gives, and each limit crossed. */
export function fieldDetails(error: z.ZodError): FieldDetail[] {
  const issues = flatIssues(error.issues);
  const details = zodDetails({ issues } as z.ZodError);
  return details.map((detail, i) => {
    const issue = issues[i] as Issue & { maximum?: unknown; minimum?: unknown; origin?: string };
    const limit =
      issue.code === 'too_big' ? issue.maximum : issue.code === 'too_small' ? issue.minimum : undefined;
    const of = issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number';
    return typeof limit === 'number' || typeof limit === 'bigint'
      ? { ...detail, limit: Number(limit), of }
      : detail;
  });
}

const LOCALE: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru', en: 'en-GB' };

/** "30 February", "30 февраля": a day and month as the language writes them, even a day that does not exist. */
function dayAndMonth(lang: Language, month: number, day: number): string {
  const parts = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2000, month - 1, 1)))
    .map((p) => (p.type === 'day' ? String(day) : p.value));
  return parts.join('');
}

/** The reason for a date that does not exist, naming it when its month and day can be read. */
function dateReason(lang: Language, typed: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(typed.trim());
  const [month, day] = [Number(m?.[1]), Number(m?.[2])];
  if (m && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
    return t(lang, 'ed.reason.noSuchDate', { date: dayAndMonth(lang, month, day) });
  }
  const m2 = /^\d{4}-(\d{2})$/.exec(typed.trim());
  if (m2) return t(lang, 'ed.reason.noSuchMonth');
  return t(lang, 'ed.reason.dateForm');
}

function limitReason(lang: Language, d: FieldDetail, big: boolean): string {
  if (d.limit === undefined) return t(lang, big ? 'ed.reason.tooLong' : 'ed.reason.tooShort');
  const count = d.limit;
  const vars = { count, limit: formatNumber(lang, count) };
  if (d.of === 'string') return t(lang, big ? 'ed.reason.maxChars' : 'ed.reason.minChars', vars);
  if (d.of === 'array') return t(lang, big ? 'ed.reason.maxItems' : 'ed.reason.minItems', vars);
  return t(lang, big ? 'ed.reason.maxValue' : 'ed.reason.minValue', vars);
}

/** Codes whose reason needs nothing but the code. */
const PLAIN: Record<string, MessageKey> = {
  required: 'ed.reason.required',
  unknown_code: 'ed.reason.notAChoice',
  invalid_value: 'ed.reason.notAChoice',
  unknown_id: 'ref.field.unknown',
  unknown_victim_key: 'ed.reason.noSuchVictim',
  duplicate_key: 'ed.reason.twice',
  unknown_field: 'ed.reason.unknownField',
  invalid_json: 'ed.reason.changed',
  ambiguous: 'ed.reason.ambiguous',
  near_namesake: 'ed.reason.namesake',
  not_allowed: 'ed.reason.notAllowed',
  inconsistent: 'ref.field.inconsistent',
  stale: 'ed.reason.stale',
};

/** Why a field was refused, in the reader's language; `typed` is what the field held. */
export function reasonOf(lang: Language, detail: FieldDetail, typed = ''): string {
  const empty = typed.trim() === '';
  switch (detail.code) {
    case 'invalid_date':
      return empty ? t(lang, 'ed.reason.required') : dateReason(lang, typed);
    case 'too_big':
      return limitReason(lang, detail, true);
    case 'too_small':
      return empty ? t(lang, 'ed.reason.required') : limitReason(lang, detail, false);
    case 'invalid_type':
      return t(lang, empty ? 'ed.reason.required' : 'ed.reason.invalid');
    case 'invalid_format':
      return /^https?:|url|URL/.test(detail.message ?? '') || /\.url$/.test(detail.path)
        ? t(lang, 'ed.reason.url')
        : t(lang, 'ed.reason.form');
    case 'end_before_start':
      // An incident's last day; elsewhere (a reply before its letter) the older, specific words.
      return t(lang, /(^|\.)end$/.test(detail.path) ? 'ed.reason.endBeforeStart' : 'ref.field.beforeStart');
    case 'unknown_reference':
      return t(lang, 'ref.field.unknownReferences', { list: detail.message ?? '' });
  }
  const plain = PLAIN[detail.code];
  return t(lang, plain ?? 'ed.reason.invalid');
}

/** Words for the field names the workspace's forms use (the last part of a path). */
const FIELD: Record<string, MessageKey> = {
  start: 'ed.f.start',
  end: 'ed.f.end',
  date: 'ed.f.start',
  title: 'ed.f.title',
  description: 'ed.f.description',
  detail: 'ed.f.detail',
  country: 'ed.f.country',
  region: 'ed.f.region',
  city: 'ed.f.city',
  type: 'ed.f.type',
  typeCode: 'ed.f.typeCode',
  victim: 'ed.f.victim',
  person: 'ed.f.person',
  personId: 'ed.f.person',
  key: 'ed.f.person',
  name: 'ed.f.name',
  names: 'ed.f.names',
  aliases: 'ed.f.aliases',
  roles: 'ed.f.roles',
  role: 'ed.f.role',
  gender: 'ed.f.gender',
  notes: 'ed.f.notes',
  note: 'ed.f.note',
  internalNotes: 'ed.f.internalNotes',
  outletIds: 'ed.f.outlets',
  url: 'ed.f.url',
  publisher: 'ed.f.publisher',
  language: 'ed.f.language',
  originalLanguage: 'ed.f.originalLanguage',
  publishedOn: 'ed.f.publishedOn',
  excerpt: 'ed.f.excerpt',
  reliability: 'ed.f.reliability',
  labels: 'ed.f.labels',
  code: 'ed.f.code',
  parentCode: 'ed.f.parent',
  body: 'ed.f.body',
  reason: 'ed.f.reason',
  version: 'ed.f.version',
  password: 'ed.f.password',
  username: 'ed.f.username',
  displayName: 'ed.f.displayName',
  visibility: 'ed.f.visibility',
  headcount: 'ed.f.headcount',
  status: 'ed.f.status',
  statusOn: 'ed.f.statusOn',
  occurredOn: 'ed.f.occurredOn',
  issuedOn: 'ed.f.issuedOn',
  deadline: 'ed.f.deadline',
  addressee: 'ed.f.addressee',
};

const ROWS: Record<string, MessageKey> = {
  victims: 'ed.row.victim',
  violations: 'ed.row.violation',
  sources: 'ed.row.source',
};

const isLanguage = (s: string): s is Language => (LANGUAGES as readonly string[]).includes(s);

/**
 * A field's label from its path, for the summary of a form's problems: "Source 2 · Web address",
 * "Title (Russian)". `own` gives a page's own labels first, by path.
 */
export function labelOf(lang: Language, path: string, own: Record<string, string> = {}): string {
  if (own[path]) return own[path] as string;
  const parts = path.split('.').filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const row = ROWS[part];
    const next = parts[i + 1];
    if (row && next !== undefined && /^\d+$/.test(next)) {
      words.push(t(lang, row, { n: Number(next) + 1 }));
      i += 1;
    } else if (isLanguage(part) && words.length > 0) {
      words[words.length - 1] += ` (${t(lang, `ref.lang.${part}`)})`;
    } else if (FIELD[part]) {
      const word = t(lang, FIELD[part] as MessageKey);
      // "date.start" is one field: the date, not "Date · Date".
      if (words.at(-1) !== word) words.push(word);
    }
  }
  return words.length ? words.join(' · ') : t(lang, 'ed.f.other');
}

/** One line of a form's problem summary. */
export interface FieldProblem {
  path: string;
  label: string;
  reason: string;
}

/** Every refused field once, with its label and reason; `typed` reads what a field held. */
export function fieldProblems(
  lang: Language,
  details: readonly FieldDetail[],
  typed: (path: string) => string = () => '',
  own: Record<string, string> = {},
): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const d of details) {
    if (seen.has(d.path)) continue;
    seen.add(d.path);
    out.push({ path: d.path, label: labelOf(lang, d.path, own), reason: reasonOf(lang, d, typed(d.path)) });
  }
  return out;
}

/** The id of a field's control, the same in every form, so a summary can link to it. */
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/**
 * The notice at the top of a refused form: a heading, and each problem linking to its field.
 * `typed` reads what a field held, for reasons that quote it ("No such date: 30 February").
 */
export function problemsNotice(
  lang: Language,
  details: readonly FieldDetail[],
  typed: (path: string) => string = () => '',
  own: Record<string, string> = {},
): { kind: 'error'; text: string; problems: { href: string; label: string; reason: string }[] } {
  return {
    kind: 'error',
    text: t(lang, 'ed.summary'),
    problems: fieldProblems(lang, details, typed, own).map((p) => ({
      href: `#${fieldId(p.path)}`,
      label: p.label,
      reason: p.reason,
    })),
  };
}
