import {
  type ACCOUNTABILITY_STATUS_TERMS,
  INVOLVEMENT_ROLE_TERMS,
  LEGAL_STATUS_TERMS,
  PROCEEDING_EVENT_TERMS,
  PROCEEDING_KIND_TERMS,
  REPLY_STATUS_TERMS,
} from '../../../shared/accountability/labels.js';
import { formatDate, t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { presentPublicCase } from '../../modules/cases/case.presenter.js';
import type { presentPublicIncident } from '../../modules/incidents/incident.presenter.js';
import { pickText } from '../../web/labels.js';
import { Layout } from '../layout.js';
import { IncidentCard, TypeChip } from './card.js';
import { actorText, CaseStatus, OrderedBy } from './case-explanation.js';
import { dateText, type IncidentItem, type LabelLookup, placeText } from './summary.js';

type PublicIncident = ReturnType<typeof presentPublicIncident> & {
  accountability: { status: keyof typeof ACCOUNTABILITY_STATUS_TERMS };
};
type PublicCase = ReturnType<typeof presentPublicCase>;

export interface Intervention {
  kind: keyof typeof import('../../../shared/accountability/labels.js').INTERVENTION_KIND_TERMS;
  issuedOn: string | null;
  title: LocalizedText;
  issuedBy: string | null;
  addressee: string | null;
  replyStatus: 'none_yet' | 'formal' | 'substantive' | 'denial';
  overdue: boolean;
}

function Text({ lang, text, original }: { lang: Language; text: LocalizedText; original: Language }) {
  const picked = pickText(text, lang, original);
  return (
    <>
      <span lang={picked.untranslated ? original : lang}>{picked.text}</span>
      {picked.untranslated ? <span class="untranslated"> ({t(lang, 'incident.untranslated')})</span> : null}
    </>
  );
}

const hasNote = (v: { description: LocalizedText }) =>
  Object.values(v.description ?? {}).some((text) => Boolean(text?.trim()));

const day = (lang: Language, on: string | null) =>
  on
    ? formatDate(lang, on, on.length === 4 ? 'year' : on.length === 7 ? 'month' : 'day')
    : t(lang, 'incident.dateUnknown');

function CaseSection({ lang, story, labels }: { lang: Language; story: PublicCase; labels: LabelLookup }) {
  return (
    <section aria-labelledby="case">
      <h2 id="case">{t(lang, 'incident.timeline')}</h2>
      {story.involvements.length > 0 ? (
        <>
          <h3>{t(lang, 'incident.involved')}</h3>
          <ul>
            {story.involvements.map((i) => (
              <li>
                {INVOLVEMENT_ROLE_TERMS[i.role].label[lang]}
                {i.headcount > 1 ? ` ×${i.headcount}` : ''}: {actorText(lang, i.actor, labels)} —{' '}
                {LEGAL_STATUS_TERMS[i.legalStatus].label[lang]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <OrderedBy lang={lang} story={story} labels={labels} />
      {story.proceedings.length === 0 ? <p>{t(lang, 'incident.noCase')}</p> : null}
      {story.proceedings.map((p) => (
        <>
          <h3>{PROCEEDING_KIND_TERMS[p.kind].label[lang]}</h3>
          <ol class="timeline">
            {p.events.map((e) => (
              <li>
                {day(lang, e.on)}: {PROCEEDING_EVENT_TERMS[e.type].label[lang]}
                {e.reason ? ` — ${e.reason}` : ''}
                {e.sentence ? ` — ${e.sentence}` : ''}
              </li>
            ))}
          </ol>
        </>
      ))}
    </section>
  );
}

/** One incident: what happened, victims, violations, the case, what was done, sources. */
export function IncidentPage(props: {
  lang: Language;
  incident: PublicIncident;
  story: PublicCase;
  interventions: Intervention[];
  series: IncidentItem[];
  labels: LabelLookup;
}) {
  const { lang, incident, story, interventions, series, labels } = props;
  const original = incident.originalLanguage;
  const title = pickText(incident.title, lang, original).text;
  return (
    <Layout lang={lang} title={title} path={`/${lang}/incidents/${incident.reference}`} current="incidents">
      <header class="incident-head">
        <ul class="types" aria-label={t(lang, 'list.group')}>
          {[...new Set(incident.violations.map((v) => v.typeCode))].map((code) => (
            <TypeChip lang={lang} code={code} labels={labels} />
          ))}
        </ul>
        <h1>
          <Text lang={lang} text={incident.title} original={original} />
        </h1>
        <p class="meta">
          {t(lang, 'incident.reference')}: {incident.reference} · {t(lang, 'incident.date')}:{' '}
          {dateText(lang, incident.date)} · {t(lang, 'incident.place')}:{' '}
          {placeText(lang, incident.place, labels)}
        </p>
        <CaseStatus lang={lang} story={story} />
      </header>
      <section aria-labelledby="what">
        <h2 id="what">{t(lang, 'incident.what')}</h2>
        <p>
          <Text lang={lang} text={incident.description} original={original} />
        </p>
      </section>
      <section aria-labelledby="victims">
        <h2 id="victims">{t(lang, 'incident.victims')}</h2>
        <ul>
          {incident.victims.map((v) => (
            <li>
              {v.withheld ? t(lang, 'incident.withheld') : (v.names[lang] ?? v.name)}
              {v.roles.length
                ? ` — ${v.roles.map((r) => labels.terms.get(`victim_role/${r}`)?.[lang] ?? r).join(', ')}`
                : ''}
            </li>
          ))}
        </ul>
        <h3>{t(lang, 'incident.violations')}</h3>
        <ul class="types">
          {incident.violations.map((v) => (
            <TypeChip lang={lang} code={v.typeCode} labels={labels} />
          ))}
        </ul>
        {/* A violation's own note, redacted with the rest of the public document. */}
        {incident.violations.some(hasNote) ? (
          <dl class="violation-notes">
            {incident.violations.filter(hasNote).map((v) => (
              <>
                <dt>{labels.terms.get(`typology/${v.typeCode}`)?.[lang] ?? v.typeCode}</dt>
                <dd>
                  <Text lang={lang} text={v.description} original={original} />
                </dd>
              </>
            ))}
          </dl>
        ) : null}
      </section>
      <CaseSection lang={lang} story={story} labels={labels} />
      {interventions.length > 0 ? (
        <section aria-labelledby="done">
          <h2 id="done">{t(lang, 'incident.interventions')}</h2>
          <ul>
            {interventions.map((i) => (
              <li>
                {day(lang, i.issuedOn)}: <Text lang={lang} text={i.title} original="en" />
                {i.issuedBy ? ` (${i.issuedBy})` : ''}
                {i.addressee ? (
                  <>
                    {' '}
                    — {t(lang, 'incident.reply')}:{' '}
                    {i.overdue ? t(lang, 'incident.overdue') : REPLY_STATUS_TERMS[i.replyStatus].label[lang]}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {series.length > 0 ? (
        <section aria-labelledby="series">
          <h2 id="series">{t(lang, 'incident.series')}</h2>
          <ul class="incidents cards">
            {series.map((item) => (
              <IncidentCard lang={lang} item={item} labels={labels} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources">
        <h2 id="sources">{t(lang, 'incident.sources')}</h2>
        <ul>
          {incident.sources.map((s) => (
            <li>
              {s.url ? (
                <a href={s.url} rel="noreferrer nofollow">
                  {s.title ?? s.url}
                </a>
              ) : (
                (s.title ?? '—')
              )}
              {s.publisher ? ` — ${s.publisher}` : ''}
              {s.publishedOn ? `, ${day(lang, s.publishedOn)}` : ''}
              {s.excerpt ? <blockquote lang={s.language ?? undefined}>{s.excerpt}</blockquote> : null}
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
