import {
  ACCOUNTABILITY_STATUS_TERMS,
  INVOLVEMENT_ROLE_TERMS,
  LEGAL_STATUS_TERMS,
  PROCEEDING_EVENT_TERMS,
  PROCEEDING_KIND_TERMS,
} from '../../../shared/accountability/labels.js';
import { formatDate, formatDateTime, type MessageKey, t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Language, type LocalizedText } from '../../../shared/languages.js';
import type { ReviewLookups } from './review.data.js';

/*
 * Codes and ids of a record turned into the reader's words, shared by the review of an incident and
 * the sentences of its history, so both name a thing the same way.
 */

type Terms<T extends string> = Record<T, { label: Record<Language, string> }>;

/** A closed code list's label (roles, legal statuses…), or the code when the list has no such entry. */
export function closed<T extends string>(terms: Terms<T>, code: unknown, lang: Language): string {
  return (
    (terms as Record<string, { label: Record<Language, string> }>)[String(code)]?.label[lang] ?? String(code)
  );
}

export const roleLabel = (code: unknown, lang: Language) => closed(INVOLVEMENT_ROLE_TERMS, code, lang);
export const legalLabel = (code: unknown, lang: Language) => closed(LEGAL_STATUS_TERMS, code, lang);
export const kindLabel = (code: unknown, lang: Language) => closed(PROCEEDING_KIND_TERMS, code, lang);
export const stepLabel = (code: unknown, lang: Language) => closed(PROCEEDING_EVENT_TERMS, code, lang);
export const statusLabel = (code: unknown, lang: Language) => closed(ACCOUNTABILITY_STATUS_TERMS, code, lang);

/** A vocabulary term's label in the reader's language ("typology/arson" → "Arson"). */
export function termLabel(look: ReviewLookups, vocabulary: string, code: unknown, lang: Language): string {
  const labels = look.terms.get(`${vocabulary}/${String(code)}`);
  return labels?.[lang] ?? labels?.en ?? String(code);
}

/** A place's name in the reader's language, from its code. */
export function placeName(look: ReviewLookups, code: unknown, lang: Language): string {
  const names = look.places.get(String(code));
  return names?.[lang] ?? names?.en ?? String(code);
}

/** "Shymkent, Kazakhstan": city, region and country by name. */
export function placeText(
  look: ReviewLookups,
  place: { country?: unknown; region?: unknown; city?: unknown } | null | undefined,
  lang: Language,
): string {
  if (!place) return '—';
  const parts = [place.city, place.region, place.country].filter((c) => typeof c === 'string' && c);
  return parts.length ? parts.map((c) => placeName(look, c, lang)).join(', ') : '—';
}

/** A date of any precision with its end day: "12 March 2024", "March 2024", "1 to 3 May 2024". */
export function dateText(lang: Language, date: unknown): string {
  const d = date as { start?: string; precision?: 'day' | 'month' | 'year'; end?: string | null } | null;
  if (!d?.start) return t(lang, 'rv.dateUnknown');
  const precision = d.precision ?? (d.start.length === 4 ? 'year' : d.start.length === 7 ? 'month' : 'day');
  const start = formatDate(lang, d.start, precision);
  return d.end ? t(lang, 'rv.dateUntil', { start, end: formatDate(lang, d.end, 'day') }) : start;
}

/** A person's name in the reader's language, or a phrase when the reader may not see them. */
export function personName(look: ReviewLookups, id: unknown, lang: Language): string {
  const p = look.people.get(String(id));
  if (!p) return t(lang, 'rv.unknownPerson');
  return p.names[lang] || p.name;
}

/** An actor of the case by name in the reader's language, else by its kind. */
export function actorText(
  look: ReviewLookups,
  actor: { type?: unknown; name?: unknown; names?: unknown } | null | undefined,
  lang: Language,
): string {
  const names = (actor?.names ?? {}) as LocalizedText;
  const name =
    names[lang] ||
    (typeof actor?.name === 'string' ? actor.name : '') ||
    LANGUAGES.map((l) => names[l]).find(Boolean);
  const type = termLabel(look, 'actor_type', actor?.type, lang);
  return name ? `${name} (${type})` : type;
}

/** The reason behind an accountability status, in words. */
export function reasonText(reason: unknown, lang: Language): string {
  const own = `rv.why.${String(reason)}` as MessageKey;
  const said = t(lang, own);
  return said === own ? stepLabel(reason, lang) : said;
}

/** A language's name ("Russian") from its code, in the reader's language. */
export const languageName = (code: unknown, lang: Language) =>
  (LANGUAGES as readonly string[]).includes(String(code))
    ? t(lang, `ref.lang.${code as Language}`)
    : String(code ?? '—');

/** "in Russian", as a text kept per language is named in a sentence. */
export const inLanguage = (code: Language, lang: Language) => t(lang, `rv.in.${code}`);

/** A moment in the reader's language. */
export const momentText = (lang: Language, iso: unknown) =>
  typeof iso === 'string' && iso ? formatDateTime(lang, iso) : '—';
