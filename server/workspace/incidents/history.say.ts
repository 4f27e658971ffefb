import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { HistoryEntry } from './history.js';
import type { ReviewLookups } from './review.data.js';

/* The pieces every sentence of a history is built from, and the replay of a record's documents. */

export type Doc = Record<string, unknown>;

/** The words a sentence is built with, for one reader and one entry. */
export interface Say {
  lang: Language;
  look: ReviewLookups;
  who: string;
}

const LONG = 240;

/** A text as a quotation, cut short when it is long. */
export function quote(say: Say, value: unknown): string {
  const text = String(value ?? '').trim();
  return t(say.lang, 'rv.quote', { text: text.length > LONG ? `${text.slice(0, LONG)}…` : text });
}

/** "changed X from A to B", "set X to B" or "cleared X (it was A)"; nothing when both read the same. */
export function change(say: Say, field: string, before: string, after: string): string[] {
  if (before === after) return [];
  const { lang, who } = say;
  if (!before) return [t(lang, 'rv.set', { who, field, after })];
  if (!after) return [t(lang, 'rv.cleared', { who, field, before })];
  return [t(lang, 'rv.changed', { who, field, before, after })];
}

/** Who made a change: an account's name, or the system for the command line and the demo loader. */
export const whoDid = (lang: Language, actorName: string) =>
  actorName.startsWith('system:') ? t(lang, 'rv.system') : actorName;

/** A sentence whose last value ends with a full stop ("2024 г.") keeps only one. */
export const tidy = (sentence: string) => sentence.replace(/\.\.$/, '.');

export const added = (say: Say, item: string) => t(say.lang, 'rv.added', { who: say.who, item });
export const removed = (say: Say, item: string) => t(say.lang, 'rv.removed', { who: say.who, item });

export type Keyed = { id?: unknown } & Doc;

/** Items of two lists matched by id: those only after, only before, and in both. */
export function byId(before: unknown, after: unknown) {
  const list = (v: unknown) =>
    Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Keyed[]) : [];
  const was = new Map(list(before).map((x) => [String(x.id), x]));
  const now = new Map(list(after).map((x) => [String(x.id), x]));
  return {
    added: [...now].filter(([id]) => !was.has(id)).map(([, x]) => x),
    removed: [...was].filter(([id]) => !now.has(id)).map(([, x]) => x),
    kept: [...now].filter(([id]) => was.has(id)).map(([id, x]) => [was.get(id) as Keyed, x] as const),
  };
}

/** The document after one entry: the whole document when the entry recorded one, else its field changes applied. */
export function applyChanges(doc: Doc | null, entry: HistoryEntry): Doc | null {
  let next: Doc | null = entry.entity === 'comment' ? null : doc ? structuredClone(doc) : null;
  for (const c of entry.changes) {
    if (c.path === '') next = c.after === null ? null : structuredClone(c.after as Doc);
    else {
      next ??= {};
      setPath(next, c.path, structuredClone(c.after));
    }
  }
  return next;
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = doc;
  for (const [i, key] of keys.entries()) {
    if (i === keys.length - 1) {
      if (value === null && Array.isArray(node)) (node as unknown[]).splice(Number(key), 1, null);
      else node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = /^\d+$/.test(keys[i + 1] ?? '') ? [] : {};
    node = node[key] as Doc;
  }
}
