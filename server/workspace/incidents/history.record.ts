import { INTERVENTION_KIND_TERMS, REPLY_STATUS_TERMS } from '../../../shared/accountability/labels.js';
import { type MessageKey, t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Language } from '../../../shared/languages.js';
import type { HistoryEntry } from './history.js';
import { applyChanges, change, type Doc, quote, type Say, tidy, whoDid } from './history.say.js';
import type { ReviewLookups } from './review.data.js';
import { closed, dateText, inLanguage, termLabel } from './review.words.js';

/*
 * The history of a person, an outlet, a statement or a letter as sentences, and any of its versions
 * as labelled facts: the same rules as an incident's (labels, not keys; names, not ids; what the
 * system keeps for itself left out), over the fields these records have.
 */

/** Each field a reader sees, with its label; the order is the order of the page. */
const FIELDS: [string, MessageKey][] = [
  ['kind', 'ref.kind'],
  ['name', 'ref.name'],
  ['title', 'ref.title'],
  ['names', 'ref.names'],
  ['aliases', 'ref.aliases'],
  ['roles', 'ref.roles'],
  ['gender', 'ref.gender'],
  ['consentToName', 'ref.consent'],
  ['type', 'ref.outletType'],
  ['independence', 'ref.independence'],
  ['country', 'wi.country'],
  ['url', 'ref.url'],
  ['issuedOn', 'ref.issuedOn'],
  ['issuedBy', 'ref.issuedBy'],
  ['addressee', 'ref.addressee'],
  ['deadline', 'ref.deadline'],
  ['body', 'wi.description'],
  ['replyStatus', 'ref.replyStatus'],
  ['replyOn', 'ref.replyOn'],
  ['replyText', 'ref.replyText'],
  ['sourceExcerpt', 'wi.excerpt'],
  ['visibility', 'ref.visibility'],
  ['outletIds', 'ref.outlets'],
  ['incidentIds', 'ref.incidents'],
  ['notes', 'ref.notes'],
];

const DAYS = new Set(['issuedOn', 'deadline', 'replyOn']);

/** Fields whose codes have labels of their own in the catalogs. */
const OWN_LABELS: Record<string, string> = {
  gender: 'ref.gender',
  independence: 'ref.independence',
  visibility: 'ref.visibility',
};

/** A list's items in words, joined. */
function _listText(say: Say, key: string, value: unknown[]): string {
  const { lang, look } = say;
  const items = value.filter((v) => v !== null && v !== '');
  if (key === 'outletIds')
    return items.map((id) => look.outlets.get(String(id)) ?? t(lang, 'rv.unknownOutlet')).join(', ');
  if (key === 'incidentIds')
    return items.map((id) => look.incidents.get(String(id)) ?? t(lang, 'rv.otherIncident')).join(', ');
  if (key === 'roles') return items.map((r) => termLabel(look, 'victim_role', r, lang)).join(', ');
  return items.map(String).join(', ');
}

/** One field's value in words; '' when empty. */
function valueText(say: Say, key: string, value: unknown): string {
  const { lang, look } = say;
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null && v !== '');
    if (key === 'outletIds')
      return items.map((id) => look.outlets.get(String(id)) ?? t(lang, 'rv.unknownOutlet')).join(', ');
    if (key === 'incidentIds')
      return items.map((id) => look.incidents.get(String(id)) ?? t(lang, 'rv.otherIncident')).join(', ');
    if (key === 'roles') return items.map((r) => termLabel(look, 'victim_role', r, lang)).join(', ');
    return items.map(String).join(', ');
  }
  if (typeof value === 'boolean') return t(lang, value ? 'rv.yes' : 'rv.no');
  if (DAYS.has(key)) return dateText(lang, { start: String(value) });
  const own = OWN_LABELS[key];
  if (own) return t(lang, `${own}.${value}` as MessageKey);
  if (key === 'replyStatus') return closed(REPLY_STATUS_TERMS, value, lang);
  if (key === 'kind') return closed(INTERVENTION_KIND_TERMS, value, lang);
  if (key === 'type') return termLabel(look, 'outlet_type', value, lang);
  if (key === 'country') return look.places.get(String(value))?.[lang] ?? String(value);
  return String(value);
}

const isText = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field's label, with the language for a text kept per language. */
const fieldName = (say: Say, label: MessageKey, l?: Language) =>
  t(say.lang, 'rv.field.record', {
    field: l ? `${t(say.lang, label)} (${inLanguage(l, say.lang)})` : t(say.lang, label),
  });

function recordSentences(say: Say, b: Doc | null, a: Doc | null, action: string): string[] {
  if (!b || !a) return [`${say.who}: ${t(say.lang, `audit.action.${action}` as MessageKey)}.`];
  return FIELDS.flatMap(([key, label]) => {
    if (isText(b[key]) || isText(a[key])) {
      return LANGUAGES.flatMap((l) => {
        const was = String((b[key] as Doc | undefined)?.[l] ?? '');
        const now = String((a[key] as Doc | undefined)?.[l] ?? '');
        return change(say, fieldName(say, label, l), was && quote(say, was), now && quote(say, now));
      });
    }
    return change(say, fieldName(say, label), valueText(say, key, b[key]), valueText(say, key, a[key]));
  });
}

/** Every entry of a record's history as sentences, with the entry's document after it. */
export function describeRecord(lang: Language, look: ReviewLookups, entries: HistoryEntry[]) {
  let doc: Doc | null = null;
  return entries.map((entry) => {
    const before = doc;
    doc = applyChanges(doc, entry);
    const say = { lang, look, who: whoDid(lang, entry.actorName) };
    const said = recordSentences(say, before, doc, entry.action);
    return { entry, sentences: (said.length ? said : [t(lang, 'rv.nothingShown')]).map(tidy), document: doc };
  });
}

/** A version of a record as rows of label and value, for reading it as it was. */
export function recordFacts(lang: Language, look: ReviewLookups, doc: Doc): [string, string][] {
  const say = { lang, look, who: '' };
  return FIELDS.flatMap(([key, label]): [string, string][] => {
    if (isText(doc[key])) {
      return LANGUAGES.flatMap((l): [string, string][] => {
        const value = String((doc[key] as Doc)[l] ?? '');
        return value ? [[`${t(lang, label)} (${inLanguage(l, lang)})`, value]] : [];
      });
    }
    const value = valueText(say, key, doc[key]);
    return value ? [[t(lang, label), value]] : [];
  });
}

/** The ids a record's history names, to look up once. */
export function namedInRecords(entries: HistoryEntry[]) {
  const ids = (key: string) =>
    entries.flatMap((e) =>
      e.changes.flatMap((c) => {
        const values = [c.before, c.after].flatMap((v) =>
          c.path === '' ? [((v ?? {}) as Doc)[key]] : c.path.split('.')[0] === key ? [v] : [],
        );
        return values.flat().filter((v): v is string => typeof v === 'string');
      }),
    );
  return { outlets: ids('outletIds'), incidents: ids('incidentIds') };
}
