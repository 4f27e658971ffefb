import { t } from '../../../shared/i18n/index.js';
import { added, byId, change, type Doc, quote, removed, type Say } from './history.say.js';
import {
  actorText,
  dateText,
  kindLabel,
  legalLabel,
  roleLabel,
  statusLabel,
  stepLabel,
} from './review.words.js';

/*
 * A change to an incident's case as sentences: who was involved and their legal status, the
 * proceedings and their steps, the accountability status. The case document is rebuilt from the
 * audit log's field changes, which start from an empty case.
 */

type Item = { id?: unknown } & Doc;

const PROCEEDING_FIELDS = [
  ['authority', 'wi.authority'],
  ['caseNumber', 'wi.caseNumber'],
  ['article', 'wi.article'],
  ['note', 'wi.note'],
] as const;

function stepItem(say: Say, e: Item): string {
  const on = e.on ? dateText(say.lang, { start: String(e.on) }) : t(say.lang, 'rv.dateUnknown');
  return t(say.lang, 'rv.item.step', { step: stepLabel(e.type, say.lang), date: on });
}

function involvementSentences(say: Say, b: Doc, a: Doc): string[] {
  const { lang, look } = say;
  const actor = (i: Item) => actorText(look, i.actor as Doc, lang);
  const item = (i: Item) =>
    t(lang, 'rv.item.involvement', { actor: actor(i), role: roleLabel(i.role, lang) });
  const d = byId(b.involvements, a.involvements);
  return [
    ...d.added.map((i) => added(say, item(i))),
    ...d.removed.map((i) => removed(say, item(i))),
    ...d.kept.flatMap(([was, now]) => [
      ...change(
        say,
        t(lang, 'rv.field.involvementRole', { actor: actor(now) }),
        roleLabel(was.role, lang),
        roleLabel(now.role, lang),
      ),
      ...change(
        say,
        t(lang, 'rv.field.legalStatus', { actor: actor(now) }),
        legalLabel(was.legalStatus, lang),
        legalLabel(now.legalStatus, lang),
      ),
      ...change(
        say,
        t(lang, 'rv.field.headcount', { actor: actor(now) }),
        String(was.headcount ?? ''),
        String(now.headcount ?? ''),
      ),
      ...change(
        say,
        t(lang, 'rv.field.caseDetail', { what: t(lang, 'wi.note') }),
        was.note ? quote(say, was.note) : '',
        now.note ? quote(say, now.note) : '',
      ),
    ]),
  ];
}

function proceedingSentences(say: Say, b: Doc, a: Doc): string[] {
  const { lang } = say;
  const d = byId(b.proceedings, a.proceedings);
  const item = (p: Item) => t(lang, 'rv.item.proceeding', { kind: kindLabel(p.kind, lang) });
  return [
    ...d.added.flatMap((p) => [
      added(say, item(p)),
      ...byId([], p.events).added.map((e) => added(say, stepItem(say, e))),
    ]),
    ...d.removed.map((p) => removed(say, item(p))),
    ...d.kept.flatMap(([was, now]) => {
      const steps = byId(was.events, now.events);
      return [
        ...PROCEEDING_FIELDS.flatMap(([key, label]) =>
          change(
            say,
            t(lang, 'rv.field.caseDetail', { what: `${kindLabel(now.kind, lang)}: ${t(lang, label)}` }),
            String(was[key] ?? ''),
            String(now[key] ?? ''),
          ),
        ),
        ...steps.added.map((e) => added(say, stepItem(say, e))),
        ...steps.removed.map((e) => removed(say, stepItem(say, e))),
        ...steps.kept.flatMap(([before, after]) =>
          before.retracted || !after.retracted ? [] : [removed(say, stepItem(say, after))],
        ),
      ];
    }),
  ];
}

/** Sentences for one change to the case. */
export function caseSentences(say: Say, b: Doc, a: Doc): string[] {
  const status = (d: Doc) => {
    const s = (d.accountability as Doc | undefined)?.status;
    return s ? statusLabel(s, say.lang) : '';
  };
  return [
    ...involvementSentences(say, b, a),
    ...proceedingSentences(say, b, a),
    ...change(say, t(say.lang, 'rv.field.accountability'), status(b), status(a)),
  ];
}
