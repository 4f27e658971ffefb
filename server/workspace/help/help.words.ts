import { formatDateTime, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { HelpAuthor } from '../../db/schema.help.js';
import { REPORT_FIELDS } from '../../modules/help/help.types.js';

/** The fields of a first message in the order a reader takes them in: a report's, then a question. */
export const BODY_FIELDS = [...REPORT_FIELDS, 'question'] as const;

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const unit = (lang: Language, value: number, u: 'hour' | 'day') =>
  new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : lang, {
    style: 'unit',
    unit: u,
    unitDisplay: 'long',
  }).format(value);

/**
 * How long something has waited, as a person says it: "5 hours", "3 days" (whole units, rounded
 * down, so a request is never shown younger than it is by more than the unit).
 */
export function ageOf(lang: Language, since: Date, now = new Date()): string {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms < HOUR) return t(lang, 'hd.age.lessThanHour');
  if (ms < DAY) return unit(lang, Math.floor(ms / HOUR), 'hour');
  return unit(lang, Math.floor(ms / DAY), 'day');
}

/** A moment with how long ago it was: "1 Dec 2026, 09:12 (3 days ago)". */
export const momentOf = (lang: Language, at: Date, now = new Date()) =>
  `${formatDateTime(lang, at)} UTC (${t(lang, 'hd.ageAgo', { age: ageOf(lang, at, now) })})`;

export const authorLabel = (lang: Language, author: HelpAuthor) => t(lang, `hd.author.${author}`);

/** The day a request came, for its title: "Help request of 1 Dec 2026". */
export const requestTitle = (lang: Language, createdAt: Date) =>
  t(lang, 'hd.requestOf', { date: formatDateTime(lang, createdAt) });

export const helpPath = (lang: Language, rest = '') => `/${lang}/workspace/help${rest}`;
