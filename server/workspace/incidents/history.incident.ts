import { type MessageKey, t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Language } from '../../../shared/languages.js';
import { added, byId, change, type Doc, type Keyed, quote, removed, type Say } from './history.say.js';
import {
  dateText,
  inLanguage,
  languageName,
  momentText,
  personName,
  placeText,
  statusLabel,
  termLabel,
} from './review.words.js';

/* A change to the incident document as sentences: texts per language, date, place, victims,
 * violations, sources, grants and the workflow's fields, by label and by name. */

const text = (doc: Doc | null, key: string, lang: Language) =>
  String(((doc?.[key] ?? {}) as Record<string, unknown>)[lang] ?? '');

/** Per language: the title, description or address in each language it changed in. */
function texts(say: Say, b: Doc, a: Doc, key: string, field: 'title' | 'description'): string[] {
  return LANGUAGES.flatMap((l) => {
    const before = text(b, key, l);
    const after = text(a, key, l);
    const name = t(say.lang, `rv.field.${field}`, { language: inLanguage(l, say.lang) });
    return change(say, name, before && quote(say, before), after && quote(say, after));
  });
}

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function grantee(say: Say, grant: string): string {
  const role = /^role:(\w+)$/.exec(grant)?.[1];
  if (role) return t(say.lang, 'wi.everyone', { role: t(say.lang, `ws.role.${role as 'lawyer'}`) });
  return say.look.accounts.get(grant) ?? t(say.lang, 'rv.unknownAccount');
}

function violationSentences(say: Say, b: Doc, a: Doc): string[] {
  const { lang, look } = say;
  const type = (v: Keyed) => termLabel(look, 'typology', v.typeCode, lang);
  const against = (v: Keyed) =>
    v.victim
      ? t(lang, 'rv.against', { name: personName(look, v.victim, lang) })
      : t(lang, 'rv.againstNobody');
  const item = (v: Keyed) => t(lang, 'rv.item.violation', { type: type(v), against: against(v) });
  const d = byId(b.violations, a.violations);
  return [
    ...d.added.map((v) => added(say, item(v))),
    ...d.removed.map((v) => removed(say, item(v))),
    ...d.kept.flatMap(([was, now]) => [
      ...change(say, t(lang, 'rv.field.violationType'), type(was), type(now)),
      ...change(say, t(lang, 'rv.field.violationVictim'), against(was), against(now)),
      ...LANGUAGES.flatMap((l) =>
        change(
          say,
          t(lang, 'rv.field.violationNote', { type: type(now), language: inLanguage(l, lang) }),
          text(was, 'description', l) && quote(say, text(was, 'description', l)),
          text(now, 'description', l) && quote(say, text(now, 'description', l)),
        ),
      ),
    ]),
  ];
}

const SOURCE_PARTS = [
  'type',
  'url',
  'title',
  'publisher',
  'language',
  'publishedOn',
  'reliability',
  'capturedAt',
  'sha256',
  'excerpt',
  'public',
] as const;

function sourcePart(say: Say, part: (typeof SOURCE_PARTS)[number], value: unknown): string {
  const { lang, look } = say;
  if (value === null || value === undefined || value === '') return '';
  if (part === 'type') return termLabel(look, 'source_type', value, lang);
  if (part === 'language') return languageName(value, lang);
  if (part === 'publishedOn') return dateText(lang, { start: String(value) });
  if (part === 'reliability') return t(lang, `wi.rel.${value as 'unknown'}`);
  if (part === 'capturedAt') return momentText(lang, value);
  if (part === 'public') return t(lang, value === true ? 'rv.yes' : 'rv.no');
  if (part === 'sha256') return `${String(value).slice(0, 12)}…`;
  return part === 'excerpt' || part === 'title' ? quote(say, value) : String(value);
}

function sourceSentences(say: Say, b: Doc, a: Doc): string[] {
  const { lang, look } = say;
  const title = (s: Keyed) => quote(say, s.title || s.url || termLabel(look, 'source_type', s.type, lang));
  const d = byId(b.sources, a.sources);
  return [
    ...d.added.map((s) => added(say, t(lang, 'rv.item.source', { title: title(s) }))),
    ...d.removed.map((s) => removed(say, t(lang, 'rv.item.source', { title: title(s) }))),
    ...d.kept.flatMap(([was, now]) =>
      SOURCE_PARTS.flatMap((part) =>
        change(
          say,
          t(lang, 'rv.field.source', { part: t(lang, `rv.part.${part}`), title: title(now) }),
          sourcePart(say, part, was[part]),
          sourcePart(say, part, now[part]),
        ),
      ),
    ),
  ];
}

function setSentences(
  say: Say,
  before: unknown,
  after: unknown,
  name: (id: string) => string,
  keys: [MessageKey, MessageKey],
) {
  const was = new Set(strings(before));
  const now = new Set(strings(after));
  return [
    ...[...now]
      .filter((x) => !was.has(x))
      .map((x) =>
        keys[0] === 'rv.added'
          ? added(say, name(x))
          : t(say.lang, keys[0], { who: say.who, grantee: name(x) }),
      ),
    ...[...was]
      .filter((x) => !now.has(x))
      .map((x) =>
        keys[1] === 'rv.removed'
          ? removed(say, name(x))
          : t(say.lang, keys[1], { who: say.who, grantee: name(x) }),
      ),
  ];
}

const reference = (say: Say, value: unknown) =>
  value ? (say.look.incidents.get(String(value)) ?? t(say.lang, 'rv.otherIncident')) : '';

/** What a change to the incident document means, sentence by sentence. */
export function incidentSentences(say: Say, b: Doc | null, a: Doc | null): string[] {
  const { lang, look, who } = say;
  if (!a) return [t(lang, 'rv.deleted', { who })];
  if (!b) {
    const title = text(a, 'title', lang) || LANGUAGES.map((l) => text(a, 'title', l)).find(Boolean);
    return [t(lang, 'rv.created', { who, title: quote(say, title) })];
  }
  const place = (d: Doc) => (d.place ?? {}) as Doc;
  const label = (key: string, value: unknown) => (value ? t(lang, `${key}.${value}` as MessageKey) : '');
  const said = [
    ...texts(say, b, a, 'title', 'title'),
    ...change(
      say,
      t(lang, 'rv.field.date'),
      b.date ? dateText(lang, b.date) : '',
      a.date ? dateText(lang, a.date) : '',
    ),
    ...change(
      say,
      t(lang, 'rv.field.place'),
      placeText(look, place(b), lang),
      placeText(look, place(a), lang),
    ),
    ...change(
      say,
      t(lang, 'rv.field.placeType'),
      place(b).type ? termLabel(look, 'place_type', place(b).type, lang) : '',
      place(a).type ? termLabel(look, 'place_type', place(a).type, lang) : '',
    ),
    ...LANGUAGES.flatMap((l) =>
      change(
        say,
        t(lang, 'rv.field.placeDetail', { language: inLanguage(l, lang) }),
        text(place(b), 'detail', l),
        text(place(a), 'detail', l),
      ),
    ),
    ...texts(say, b, a, 'description', 'description'),
    ...change(
      say,
      t(lang, 'rv.field.originalLanguage'),
      b.originalLanguage ? languageName(b.originalLanguage, lang) : '',
      a.originalLanguage ? languageName(a.originalLanguage, lang) : '',
    ),
    ...change(
      say,
      t(lang, 'rv.field.verification'),
      label('wi.ver', b.verification),
      label('wi.ver', a.verification),
    ),
    ...change(
      say,
      t(lang, 'rv.field.visibility'),
      label('wi.vis', b.visibility),
      label('wi.vis', a.visibility),
    ),
    ...change(
      say,
      t(lang, 'rv.field.verificationReason'),
      b.verificationReason ? quote(say, b.verificationReason) : '',
      a.verificationReason ? quote(say, a.verificationReason) : '',
    ),
    ...change(
      say,
      t(lang, 'rv.field.assignedTo'),
      b.assignedTo ? grantee(say, String(b.assignedTo)) : '',
      a.assignedTo ? grantee(say, String(a.assignedTo)) : '',
    ),
    ...change(
      say,
      t(lang, 'rv.field.mergedInto'),
      reference(say, b.mergedInto),
      reference(say, a.mergedInto),
    ),
    ...(a.mergedFrom && a.mergedFrom !== b.mergedFrom
      ? [t(lang, 'rv.tookIn', { who, reference: reference(say, a.mergedFrom) })]
      : []),
    ...(String(b.seriesId ?? '') !== String(a.seriesId ?? '') ? [t(lang, 'rv.seriesChanged', { who })] : []),
    ...change(
      say,
      t(lang, 'rv.field.internalNotes'),
      b.internalNotes ? quote(say, b.internalNotes) : '',
      a.internalNotes ? quote(say, a.internalNotes) : '',
    ),
    ...setSentences(
      say,
      b.victims,
      a.victims,
      (id) => t(lang, 'rv.item.victim', { name: personName(look, id, lang) }),
      ['rv.added', 'rv.removed'],
    ),
    ...violationSentences(say, b, a),
    ...sourceSentences(say, b, a),
    ...setSentences(say, b.grants, a.grants, (g) => grantee(say, g), ['rv.granted', 'rv.ungranted']),
    ...change(say, t(lang, 'rv.field.accountability'), statusOf(lang, b), statusOf(lang, a)),
  ];
  return said;
}

const statusOf = (lang: Language, d: Doc) => {
  const status = (d.accountability as Doc | undefined)?.status;
  return status ? statusLabel(status, lang) : '';
};
