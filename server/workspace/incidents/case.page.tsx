import {
  INVOLVEMENT_ROLES,
  JOURNALIST_EVENTS,
  LEGAL_STATUSES,
  PERPETRATOR_EVENTS,
  PROCEEDING_KINDS,
} from '../../../shared/accountability/codes.js';
import { actorName } from '../../../shared/accountability/explain.js';
import {
  ACCOUNTABILITY_STATUS_TERMS,
  INVOLVEMENT_ROLE_TERMS,
  LEGAL_STATUS_TERMS,
  PROCEEDING_EVENT_TERMS,
  PROCEEDING_KIND_TERMS,
} from '../../../shared/accountability/labels.js';
import { t } from '../../../shared/i18n/index.js';
import type { Labels, Language } from '../../../shared/languages.js';
import type { ActorView } from '../../modules/actors/actor.schema.js';
import type { CaseView } from '../../modules/cases/case.schema.js';
import { isIndividualActor } from '../../modules/people/named-in-public.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from '../views/layout.js';
import { CaseField, CaseSelect, caseForm, type Refused, refusedNotice } from './case.fields.js';
import { EventFields, labelsOf } from './case.labels.js';
import type { Option } from './editor.options.js';

type Terms = Record<string, { label: Labels }>;
const options = (codes: readonly string[], terms: Terms, lang: Language): Option[] =>
  codes.map((code) => ({ value: code, label: terms[code]?.label[lang] ?? code }));

type ProceedingEventItem = CaseView['proceedings'][number]['events'][number];

/** One step of a proceeding, with the forms to correct or retract it. */
function EventItem({
  lang,
  me,
  base,
  event: e,
  eventOptions,
  mayProceed,
  refused,
}: {
  lang: Language;
  me: Me;
  base: string;
  event: ProceedingEventItem;
  eventOptions: Option[];
  mayProceed: boolean;
  refused?: Refused | undefined;
}) {
  const fix = caseForm(lang, `event-${e.id}`, refused);
  const retract = caseForm(lang, `retract-${e.id}`, refused);
  const term = (terms: Terms, code: string) => terms[code]?.label[lang] ?? code;
  return (
    <li data-event={e.type} class={e.retracted ? 'retracted' : undefined}>
      {e.on ?? '—'}: {term(PROCEEDING_EVENT_TERMS, e.type)}
      {e.article ? ` · ${e.article}` : ''}
      {e.reason ? ` · ${e.reason}` : ''}
      {e.sentence ? ` · ${e.sentence}` : ''}
      {e.note ? ` — ${e.note}` : ''}
      {e.retracted ? ` (${t(lang, 'wi.retracted', { reason: e.retracted.reason })})` : ''}
      {mayProceed && !e.retracted ? (
        <details open={fix.refused || retract.refused}>
          <summary>
            {t(lang, 'wi.correct')} / {t(lang, 'wi.retract')}
          </summary>
          {/* The version is the record's as it is now: after a conflict, saving again is a choice made seeing it. */}
          <form method="post" action={`${base}/events/${e.id}`} class="stack record">
            <Csrf token={me.csrf} />
            <input type="hidden" name="version" value={String(e.version)} />
            <EventFields form={fix} eventOptions={eventOptions} event={e} />
            <button type="submit">{t(lang, 'wi.correct')}</button>
          </form>
          <form method="post" action={`${base}/events/${e.id}/retract`} class="stack record">
            <Csrf token={me.csrf} />
            <input type="hidden" name="version" value={String(e.version)} />
            <CaseField form={retract} name="reason" label={t(lang, 'wi.reason')} />
            <button type="submit">{t(lang, 'wi.retract')}</button>
          </form>
        </details>
      ) : null}
    </li>
  );
}

/** For an individual among the actors: whether the public site names them, and the form to change it. */
function ActorNaming(p: { lang: Language; me: Me; base: string; actor: ActorView; mayCase: boolean }) {
  const { lang, actor } = p;
  if (!isIndividualActor({ person_id: actor.personId, actor_type: actor.type })) return null;
  return (
    <div data-name-public={String(actor.namePublic)}>
      <p>{t(lang, actor.namePublic ? 'wi.actorNamedPublicly' : 'wi.actorNotNamedPublicly')}</p>
      {p.mayCase ? (
        <form method="post" action={`${p.base}/actors/${actor.id}/name-public`} class="inline">
          <Csrf token={p.me.csrf} />
          <input type="hidden" name="version" value={String(actor.version)} />
          <input type="hidden" name="namePublic" value={actor.namePublic ? '' : 'true'} />{' '}
          <button type="submit">
            {t(lang, actor.namePublic ? 'wi.withholdActorName' : 'wi.nameActorPublicly')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

export interface CasePageProps {
  lang: Language;
  me: Me;
  reference: string;
  story: CaseView;
  actorTypes: Option[];
  mayCase: boolean;
  mayProceed: boolean;
  notice?: Notice | undefined;
  /** The form that was refused, as typed, with its problems. */
  refused?: Refused | undefined;
}

/** An actor as the case shows it: its name (as recorded, or in the reader's language) and its type. */
function actorLabel(actor: ActorView, types: Option[], lang: Language): string {
  const type = types.find((o) => o.value === actor.type)?.label ?? actor.type;
  const name = actorName(actor, lang);
  return name ? `${name} (${type})` : type;
}

/** The case timeline editor: who was involved and their legal status, the proceedings step by step. */
export function CasePage(p: CasePageProps) {
  const { lang, me, story } = p;
  const base = `/${lang}/workspace/incidents/${p.reference}/case`;
  const term = (terms: Terms, code: string) => terms[code]?.label[lang] ?? code;
  const title = `${t(lang, 'wi.case')}: ${p.reference}`;
  const refused = p.refused;
  const notice =
    p.notice ??
    (refused?.errors.length ? refusedNotice(lang, refused, labelsOf(lang, refused.scope)) : undefined);
  const adding = caseForm(lang, 'involvement', refused);
  const il = labelsOf(lang, 'involvement') as Record<string, string>;
  const proceeding = caseForm(lang, 'proceeding', refused);
  return (
    <WorkspaceLayout lang={lang} title={title} path={base} me={me} section="incidents" notice={notice}>
      <h1>{title}</h1>
      <p>
        <a href={`/${lang}/workspace/incidents/${p.reference}`}>{p.reference}</a> ·{' '}
        {t(lang, 'wi.accountability')}:{' '}
        <strong data-accountability={story.accountability.status}>
          {term(ACCOUNTABILITY_STATUS_TERMS, story.accountability.status)}
        </strong>
      </p>
      <h2>{t(lang, 'wi.involvements')}</h2>
      {story.involvements.map((inv) => (
        <section class="card" aria-label={actorLabel(inv.actor, p.actorTypes, lang)}>
          <p>
            <strong>{actorLabel(inv.actor, p.actorTypes, lang)}</strong> ·{' '}
            {term(INVOLVEMENT_ROLE_TERMS, inv.role)}
            {inv.headcount > 1 ? ` · ${inv.headcount}` : ''} · {t(lang, 'wi.legalStatus')}:{' '}
            <span data-legal-status={inv.legalStatus}>{term(LEGAL_STATUS_TERMS, inv.legalStatus)}</span>
          </p>
          <ActorNaming lang={lang} me={me} base={base} actor={inv.actor} mayCase={p.mayCase} />
          <ol>
            {inv.events.map((e) => (
              <li>
                {e.on ?? '—'}: {term(LEGAL_STATUS_TERMS, e.status)}
                {e.note ? ` — ${e.note}` : ''}
              </li>
            ))}
          </ol>
          {p.mayCase ? (
            <form method="post" action={`${base}/involvements/${inv.id}/status`} class="stack record">
              <Csrf token={me.csrf} />
              <CaseSelect
                form={caseForm(lang, `status-${inv.id}`, refused)}
                name="status"
                label={t(lang, 'wi.changeStatus')}
                list={options(LEGAL_STATUSES, LEGAL_STATUS_TERMS, lang)}
                value={inv.legalStatus}
              />
              <CaseField
                form={caseForm(lang, `status-${inv.id}`, refused)}
                name="on"
                label={t(lang, 'wi.on')}
              />
              <CaseField
                form={caseForm(lang, `status-${inv.id}`, refused)}
                name="note"
                label={t(lang, 'wi.note')}
              />
              <button type="submit">{t(lang, 'wi.save')}</button>
            </form>
          ) : null}
        </section>
      ))}
      {p.mayCase ? (
        <form method="post" action={`${base}/involvements`} class="stack record">
          <Csrf token={me.csrf} />
          <h3>{t(lang, 'wi.addInvolvement')}</h3>
          <CaseSelect
            form={adding}
            name="actorType"
            label={il.actorType as string}
            list={p.actorTypes}
            value="unidentified"
          />
          <CaseField form={adding} name="actorName" label={il.actorName as string} />
          <label class="check">
            <input
              type="checkbox"
              name="actorNamePublic"
              value="true"
              checked={adding.value('actorNamePublic') === 'true'}
              aria-describedby="actorNamePublic-hint"
            />{' '}
            {il.actorNamePublic}
          </label>
          <small id="actorNamePublic-hint">{t(lang, 'wi.actorNamePublicHint')}</small>
          <CaseSelect
            form={adding}
            name="role"
            label={il.role as string}
            list={options(INVOLVEMENT_ROLES, INVOLVEMENT_ROLE_TERMS, lang)}
          />
          <CaseField form={adding} name="headcount" type="number" label={il.headcount as string} value="1" />
          <CaseSelect
            form={adding}
            name="status"
            label={il.status as string}
            list={options(LEGAL_STATUSES, LEGAL_STATUS_TERMS, lang)}
            value="unidentified"
          />
          <CaseField form={adding} name="statusOn" label={il.statusOn as string} />
          <CaseField form={adding} name="note" label={il.note as string} />
          <button type="submit">{t(lang, 'wi.addInvolvement')}</button>
        </form>
      ) : null}
      <h2>{t(lang, 'wi.proceedings')}</h2>
      {story.proceedings.map((proc) => {
        const events = proc.kind === 'against_perpetrators' ? PERPETRATOR_EVENTS : JOURNALIST_EVENTS;
        const eventOptions = options(events, PROCEEDING_EVENT_TERMS, lang);
        return (
          <section class="card" aria-label={term(PROCEEDING_KIND_TERMS, proc.kind)}>
            <p>
              <strong>{term(PROCEEDING_KIND_TERMS, proc.kind)}</strong>
              {proc.authority ? ` · ${proc.authority}` : ''}
              {proc.caseNumber ? ` · № ${proc.caseNumber}` : ''}
              {proc.article ? ` · ${proc.article}` : ''}
            </p>
            <ol>
              {proc.events.map((e) => (
                <EventItem
                  lang={lang}
                  me={me}
                  base={base}
                  event={e}
                  eventOptions={eventOptions}
                  mayProceed={p.mayProceed}
                  refused={refused}
                />
              ))}
            </ol>
            {p.mayProceed ? (
              <form method="post" action={`${base}/proceedings/${proc.id}/events`} class="stack record">
                <Csrf token={me.csrf} />
                <h3>{t(lang, 'wi.addEvent')}</h3>
                <EventFields
                  form={caseForm(lang, `event-new-${proc.id}`, refused)}
                  eventOptions={eventOptions}
                />
                <button type="submit">{t(lang, 'wi.addEvent')}</button>
              </form>
            ) : null}
          </section>
        );
      })}
      {p.mayProceed ? (
        <form method="post" action={`${base}/proceedings`} class="stack record">
          <Csrf token={me.csrf} />
          <h3>{t(lang, 'wi.addProceeding')}</h3>
          <CaseSelect
            form={proceeding}
            name="kind"
            label={t(lang, 'wi.kind')}
            list={options(PROCEEDING_KINDS, PROCEEDING_KIND_TERMS, lang)}
          />
          <CaseField form={proceeding} name="authority" label={t(lang, 'wi.authority')} />
          <CaseField form={proceeding} name="caseNumber" label={t(lang, 'wi.caseNumber')} />
          <CaseField form={proceeding} name="article" label={t(lang, 'wi.article')} />
          <button type="submit">{t(lang, 'wi.addProceeding')}</button>
        </form>
      ) : null}
    </WorkspaceLayout>
  );
}
