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
import type { Option } from './editor.options.js';

type Terms = Record<string, { label: Labels }>;
const options = (codes: readonly string[], terms: Terms, lang: Language): Option[] =>
  codes.map((code) => ({ value: code, label: terms[code]?.label[lang] ?? code }));

function Select({
  id,
  name,
  list,
  value,
}: {
  id: string;
  name: string;
  list: Option[];
  value?: string | null;
}) {
  return (
    <select id={id} name={name}>
      {list.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

function Field({
  id,
  name,
  label,
  value,
}: {
  id: string;
  name: string;
  label: string;
  value?: string | null;
}) {
  return (
    <>
      <label for={id}>{label}</label>
      <input id={id} name={name} value={value ?? ''} />
    </>
  );
}

type ProceedingEventItem = CaseView['proceedings'][number]['events'][number];

/** One step of a proceeding, with the forms to correct or retract it. */
function EventItem({
  lang,
  me,
  base,
  event: e,
  eventOptions,
  mayProceed,
}: {
  lang: Language;
  me: Me;
  base: string;
  event: ProceedingEventItem;
  eventOptions: Option[];
  mayProceed: boolean;
}) {
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
        <details>
          <summary>
            {t(lang, 'wi.correct')} / {t(lang, 'wi.retract')}
          </summary>
          <form method="post" action={`${base}/events/${e.id}`} class="stack">
            <Csrf token={me.csrf} />
            <input type="hidden" name="version" value={String(e.version)} />
            <label for={`type-${e.id}`}>{t(lang, 'wi.eventType')}</label>
            <Select id={`type-${e.id}`} name="type" list={eventOptions} value={e.type} />
            <Field id={`on-${e.id}`} name="on" label={t(lang, 'wi.on')} value={e.on} />
            <Field id={`article-${e.id}`} name="article" label={t(lang, 'wi.article')} value={e.article} />
            <Field id={`reason-${e.id}`} name="reason" label={t(lang, 'wi.reason')} value={e.reason} />
            <Field
              id={`sentence-${e.id}`}
              name="sentence"
              label={t(lang, 'wi.sentence')}
              value={e.sentence}
            />
            <Field id={`note-${e.id}`} name="note" label={t(lang, 'wi.note')} value={e.note} />
            <button type="submit">{t(lang, 'wi.correct')}</button>
          </form>
          <form method="post" action={`${base}/events/${e.id}/retract`} class="stack">
            <Csrf token={me.csrf} />
            <input type="hidden" name="version" value={String(e.version)} />
            <Field id={`retract-${e.id}`} name="reason" label={t(lang, 'wi.reason')} />
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
  return (
    <WorkspaceLayout lang={lang} title={title} path={base} me={me} section="incidents" notice={p.notice}>
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
            <form method="post" action={`${base}/involvements/${inv.id}/status`} class="stack">
              <Csrf token={me.csrf} />
              <label for={`status-${inv.id}`}>{t(lang, 'wi.changeStatus')}</label>
              <Select
                id={`status-${inv.id}`}
                name="status"
                list={options(LEGAL_STATUSES, LEGAL_STATUS_TERMS, lang)}
                value={inv.legalStatus}
              />
              <Field id={`on-${inv.id}`} name="on" label={t(lang, 'wi.on')} />
              <Field id={`note-${inv.id}`} name="note" label={t(lang, 'wi.note')} />
              <button type="submit">{t(lang, 'wi.save')}</button>
            </form>
          ) : null}
        </section>
      ))}
      {p.mayCase ? (
        <form method="post" action={`${base}/involvements`} class="stack">
          <Csrf token={me.csrf} />
          <h3>{t(lang, 'wi.addInvolvement')}</h3>
          <label for="actorType">{t(lang, 'wi.actorType')}</label>
          <Select id="actorType" name="actorType" list={p.actorTypes} value="unidentified" />
          <Field id="actorName" name="actorName" label={t(lang, 'wi.actorName')} />
          <label class="check">
            <input
              type="checkbox"
              name="actorNamePublic"
              value="true"
              aria-describedby="actorNamePublic-hint"
            />{' '}
            {t(lang, 'wi.actorNamePublic')}
          </label>
          <small id="actorNamePublic-hint">{t(lang, 'wi.actorNamePublicHint')}</small>
          <label for="role">{t(lang, 'wi.role')}</label>
          <Select id="role" name="role" list={options(INVOLVEMENT_ROLES, INVOLVEMENT_ROLE_TERMS, lang)} />
          <label for="headcount">{t(lang, 'wi.headcount')}</label>
          <input id="headcount" name="headcount" type="number" min={1} value="1" />
          <label for="status">{t(lang, 'wi.legalStatus')}</label>
          <Select
            id="status"
            name="status"
            list={options(LEGAL_STATUSES, LEGAL_STATUS_TERMS, lang)}
            value="unidentified"
          />
          <Field id="statusOn" name="statusOn" label={t(lang, 'wi.on')} />
          <Field id="involvementNote" name="note" label={t(lang, 'wi.note')} />
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
                />
              ))}
            </ol>
            {p.mayProceed ? (
              <form method="post" action={`${base}/proceedings/${proc.id}/events`} class="stack">
                <Csrf token={me.csrf} />
                <label for={`new-type-${proc.id}`}>{t(lang, 'wi.addEvent')}</label>
                <Select id={`new-type-${proc.id}`} name="type" list={eventOptions} />
                <Field id={`new-on-${proc.id}`} name="on" label={t(lang, 'wi.on')} />
                <Field id={`new-article-${proc.id}`} name="article" label={t(lang, 'wi.article')} />
                <Field id={`new-reason-${proc.id}`} name="reason" label={t(lang, 'wi.reason')} />
                <Field id={`new-sentence-${proc.id}`} name="sentence" label={t(lang, 'wi.sentence')} />
                <Field id={`new-note-${proc.id}`} name="note" label={t(lang, 'wi.note')} />
                <button type="submit">{t(lang, 'wi.addEvent')}</button>
              </form>
            ) : null}
          </section>
        );
      })}
      {p.mayProceed ? (
        <form method="post" action={`${base}/proceedings`} class="stack">
          <Csrf token={me.csrf} />
          <h3>{t(lang, 'wi.addProceeding')}</h3>
          <label for="kind">{t(lang, 'wi.kind')}</label>
          <Select id="kind" name="kind" list={options(PROCEEDING_KINDS, PROCEEDING_KIND_TERMS, lang)} />
          <Field id="authority" name="authority" label={t(lang, 'wi.authority')} />
          <Field id="caseNumber" name="caseNumber" label={t(lang, 'wi.caseNumber')} />
          <Field id="article" name="article" label={t(lang, 'wi.article')} />
          <button type="submit">{t(lang, 'wi.addProceeding')}</button>
        </form>
      ) : null}
    </WorkspaceLayout>
  );
}
