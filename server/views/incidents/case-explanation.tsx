import { actorName, type CaseExplanation, explainCase } from '../../../shared/accountability/explain.js';
import { ACCOUNTABILITY_STATUS_TERMS } from '../../../shared/accountability/labels.js';
import { formatDate, type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { presentPublicCase } from '../../modules/cases/case.presenter.js';
import type { LabelLookup } from './summary.js';

type PublicCase = ReturnType<typeof presentPublicCase>;
type PublicActor = PublicCase['involvements'][number]['actor'];

const dateOf = (lang: Language, on: string) =>
  formatDate(lang, on, on.length === 4 ? 'year' : on.length === 7 ? 'month' : 'day');

/** This case's reason as a sentence with its date; null for a reason with no sentence of its own. */
export function explanationText(lang: Language, explanation: CaseExplanation): string | null {
  if (!explanation) return null;
  if (explanation.reason === 'override') {
    return explanation.text.trim()
      ? t(lang, 'pp.case.override', { reason: explanation.text })
      : t(lang, 'pp.case.overrideNoReason');
  }
  if (explanation.reason === 'no_information' || explanation.reason === 'no_track') {
    return t(lang, `pp.case.${explanation.reason}`);
  }
  return explanation.on
    ? t(lang, `pp.case.${explanation.reason}` as MessageKey, { date: dateOf(lang, explanation.on) })
    : t(lang, `pp.case.${explanation.reason}.undated` as MessageKey);
}

/** The status badge and, beside it, why this case has it (the general definition when there is no reason). */
export function CaseStatus({ lang, story }: { lang: Language; story: PublicCase }) {
  const status = story.accountability.status;
  const terms = ACCOUNTABILITY_STATUS_TERMS[status];
  const why = explanationText(lang, explainCase(story));
  return (
    <p class="case-status">
      {t(lang, 'incident.accountability')}:{' '}
      <strong class={`tag status-${status}`}>{terms.label[lang]}</strong>{' '}
      <span class="case-reason">{why ?? terms.definition[lang]}</span>
    </p>
  );
}

/** An actor as the public sees it: its name when it may be named, with its type; else its type alone. */
export function actorText(lang: Language, actor: PublicActor, labels: LabelLookup): string {
  const name = actorName(actor, lang);
  if (actor.type === 'unidentified') return name ?? t(lang, 'pp.case.actorUnknown');
  const type = labels.terms.get(`actor_type/${actor.type}`)?.[lang] ?? t(lang, 'pp.case.actorUnknown');
  return name ? `${name} (${type})` : type;
}

/** Who ordered the attack: the organisers and instigators who are identified, else "unknown". */
export function OrderedBy({
  lang,
  story,
  labels,
}: {
  lang: Language;
  story: PublicCase;
  labels: LabelLookup;
}) {
  const orderers = story.involvements.filter(
    (i) => (i.role === 'organiser' || i.role === 'instigator') && i.legalStatus !== 'unidentified',
  );
  const who =
    orderers.length > 0
      ? [...new Set(orderers.map((i) => actorText(lang, i.actor, labels)))].join('; ')
      : t(lang, 'pp.case.actorUnknown');
  return <p class="ordered-by">{t(lang, 'pp.case.orderedBy', { who })}</p>;
}
