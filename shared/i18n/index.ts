import type { Language } from '../languages.js';
import { designEn } from './design.en.js';
import { designKk } from './design.kk.js';
import { designRu } from './design.ru.js';
import { en, type MessageKey as PortalKey } from './en.js';
import { exchangeEn } from './exchange.en.js';
import { exchangeKk } from './exchange.kk.js';
import { exchangeRu } from './exchange.ru.js';
import { helpPublicEn } from './help-public.en.js';
import { helpPublicKk } from './help-public.kk.js';
import { helpPublicRu } from './help-public.ru.js';
import { kk } from './kk.js';
import { mapEn } from './map.en.js';
import { mapKk } from './map.kk.js';
import { mapRu } from './map.ru.js';
import { openDataEn } from './open-data.en.js';
import { openDataKk } from './open-data.kk.js';
import { openDataRu } from './open-data.ru.js';
import { type PortalPagesCatalog, portalPagesEn } from './portal-pages.en.js';
import { portalPagesKk } from './portal-pages.kk.js';
import { portalPagesRu } from './portal-pages.ru.js';
import { ru } from './ru.js';
import { wordingEn } from './wording.en.js';
import { wordingKk } from './wording.kk.js';
import { wordingRu } from './wording.ru.js';
import { auditEn } from './workspace/audit.en.js';
import { auditKk } from './workspace/audit.kk.js';
import { auditRu } from './workspace/audit.ru.js';
import { editorEn } from './workspace/editor.en.js';
import { editorKk } from './workspace/editor.kk.js';
import { editorRu } from './workspace/editor.ru.js';
import { workspaceEn } from './workspace/en.js';
import { helpDeskEn } from './workspace/help-desk.en.js';
import { helpDeskKk } from './workspace/help-desk.kk.js';
import { helpDeskRu } from './workspace/help-desk.ru.js';
import { incidentsEn } from './workspace/incidents.en.js';
import { incidentsKk } from './workspace/incidents.kk.js';
import { incidentsRu } from './workspace/incidents.ru.js';
import { workspaceKk } from './workspace/kk.js';
import { notifyEn } from './workspace/notify.en.js';
import { notifyKk } from './workspace/notify.kk.js';
import { notifyRu } from './workspace/notify.ru.js';
import { peopleEn } from './workspace/people.en.js';
import { peopleKk } from './workspace/people.kk.js';
import { peopleRu } from './workspace/people.ru.js';
import { referenceEn } from './workspace/reference.en.js';
import { referenceKk } from './workspace/reference.kk.js';
import { referenceRu } from './workspace/reference.ru.js';
import { reviewEn } from './workspace/review.en.js';
import { reviewKk } from './workspace/review.kk.js';
import { reviewRu } from './workspace/review.ru.js';
import { workspaceRu } from './workspace/ru.js';

/** Plural forms by CLDR category; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A catalog has every key of the English one; each value a string, or plural forms where English has them. */
export type Catalog = { [K in PortalKey]: (typeof en)[K] extends string ? string : PluralMessage };

/** Every UI string: the public portal's, and the workspace's (kept apart in `workspace/`). */
type WorkspaceKey =
  | keyof typeof workspaceEn
  | keyof typeof incidentsEn
  | keyof typeof referenceEn
  | keyof typeof auditEn
  | keyof typeof mapEn
  | keyof typeof openDataEn
  | keyof typeof reviewEn
  | keyof typeof wordingEn
  | keyof typeof peopleEn
  | keyof typeof designEn
  | keyof typeof editorEn
  | keyof typeof helpDeskEn
  | keyof typeof helpPublicEn
  | keyof typeof notifyEn
  | keyof typeof exchangeEn;
/** The portal's page-level messages (errors, refused filters, case explanations), kept in their own files. */
type PortalPagesKey = keyof typeof portalPagesEn;
export type MessageKey = PortalKey | PortalPagesKey | WorkspaceKey;
type FullCatalog = Catalog & PortalPagesCatalog & Record<WorkspaceKey, string>;

export const CATALOGS: Record<Language, FullCatalog> = {
  kk: {
    ...kk,
    ...portalPagesKk,
    ...workspaceKk,
    ...incidentsKk,
    ...referenceKk,
    ...auditKk,
    ...openDataKk,
    ...mapKk,
    ...reviewKk,
    ...wordingKk,
    ...peopleKk,
    ...designKk,
    ...editorKk,
    ...helpDeskKk,
    ...helpPublicKk,
    ...notifyKk,
    ...exchangeKk,
  },
  ru: {
    ...ru,
    ...portalPagesRu,
    ...workspaceRu,
    ...incidentsRu,
    ...referenceRu,
    ...auditRu,
    ...openDataRu,
    ...mapRu,
    ...reviewRu,
    ...wordingRu,
    ...peopleRu,
    ...designRu,
    ...editorRu,
    ...helpDeskRu,
    ...helpPublicRu,
    ...notifyRu,
    ...exchangeRu,
  },
  en: {
    ...(en as Catalog),
    ...(portalPagesEn as PortalPagesCatalog),
    ...workspaceEn,
    ...incidentsEn,
    ...referenceEn,
    ...auditEn,
    ...openDataEn,
    ...mapEn,
    ...reviewEn,
    ...wordingEn,
    ...peopleEn,
    ...designEn,
    ...editorEn,
    ...helpDeskEn,
    ...helpPublicEn,
    ...notifyEn,
    ...exchangeEn,
  },
};

const plurals = new Map<Language, Intl.PluralRules>();

function fill(text: string, vars: Record<string, string | number>, lang: Language): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** The UI text for `key` in `lang`; plural messages pick their form from `vars.count`. */
export function t(lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const message = CATALOGS[lang][key] as string | PluralMessage | undefined;
  // A key built from a value the reader sent (`wi.vis.${typed}`) may name nothing: show the key
  // rather than fail the page.
  if (message === undefined) return key;
  if (typeof message === 'string') return fill(message, vars, lang);
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    plurals.set(lang, rules);
  }
  const count = Number(vars.count ?? 0);
  return fill(message[rules.select(count)] ?? message.other, vars, lang);
}

/** 12 345 in kk and ru, 12,345 in en. */
export function formatNumber(lang: Language, value: number): string {
  return value.toLocaleString(lang === 'kk' ? 'kk-KZ' : lang);
}

/** A date of any precision as each language writes it: 20 February 2023, 20 февраля 2023 г. */
export function formatDate(lang: Language, start: string, precision: 'day' | 'month' | 'year'): string {
  const [y, m, d] = [
    Number(start.slice(0, 4)),
    Number(start.slice(5, 7) || 1),
    Number(start.slice(8, 10) || 1),
  ];
  const date = new Date(Date.UTC(y, m - 1, d));
  const locale = lang === 'kk' ? 'kk-KZ' : lang;
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A moment as each language writes it, in UTC: 24 Nov 2026, 17:26. */
export function formatDateTime(
  lang: Language,
  moment: string | Date,
  timeStyle: 'short' | 'medium' = 'short',
): string {
  return new Intl.DateTimeFormat(lang === 'kk' ? 'kk-KZ' : lang, {
    dateStyle: 'medium',
    timeStyle,
    timeZone: 'UTC',
  }).format(new Date(moment));
}
