import type { Language } from '../languages.js';
import { en, type MessageKey as PortalKey } from './en.js';
import { kk } from './kk.js';
import { openDataEn } from './open-data.en.js';
import { openDataKk } from './open-data.kk.js';
import { openDataRu } from './open-data.ru.js';
import { ru } from './ru.js';
import { auditEn } from './workspace/audit.en.js';
import { auditKk } from './workspace/audit.kk.js';
import { auditRu } from './workspace/audit.ru.js';
import { editorEn } from './workspace/editor.en.js';
import { editorKk } from './workspace/editor.kk.js';
import { editorRu } from './workspace/editor.ru.js';
import { workspaceEn } from './workspace/en.js';
import { incidentsEn } from './workspace/incidents.en.js';
import { incidentsKk } from './workspace/incidents.kk.js';
import { incidentsRu } from './workspace/incidents.ru.js';
import { workspaceKk } from './workspace/kk.js';
import { referenceEn } from './workspace/reference.en.js';
import { referenceKk } from './workspace/reference.kk.js';
import { referenceRu } from './workspace/reference.ru.js';
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
  | keyof typeof editorEn
  | keyof typeof openDataEn;
export type MessageKey = PortalKey | WorkspaceKey;
type FullCatalog = Catalog & Record<WorkspaceKey, string>;

export const CATALOGS: Record<Language, FullCatalog> = {
  kk: { ...kk, ...workspaceKk, ...incidentsKk, ...referenceKk, ...auditKk, ...editorKk, ...openDataKk },
  ru: { ...ru, ...workspaceRu, ...incidentsRu, ...referenceRu, ...auditRu, ...editorRu, ...openDataRu },
  en: {
    ...(en as Catalog),
    ...workspaceEn,
    ...incidentsEn,
    ...referenceEn,
    ...auditEn,
    ...editorEn,
    ...openDataEn,
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
