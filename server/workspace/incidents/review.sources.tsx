import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { CaseView } from '../../modules/cases/case.schema.js';
import type { ReviewLookups } from './review.data.js';
import type { ReviewDocument } from './review.view.js';
import {
  actorText,
  dateText,
  kindLabel,
  languageName,
  legalLabel,
  momentText,
  reasonText,
  roleLabel,
  statusLabel,
  stepLabel,
  termLabel,
} from './review.words.js';

/* The case and the sources of the review: who was involved and where the case stands, and what the
 * record relies on, each source marked public or not. */

interface Props {
  lang: Language;
  doc: ReviewDocument;
  look: ReviewLookups;
}

export function Perpetrators({
  lang,
  look,
  story,
  caseHref,
}: {
  lang: Language;
  look: ReviewLookups;
  story: CaseView | null;
  caseHref?: string | undefined;
}) {
  const involvements = story?.involvements ?? [];
  const proceedings = story?.proceedings ?? [];
  const status = story?.accountability;
  return (
    <section aria-labelledby="rv-perpetrators">
      <h2 id="rv-perpetrators">{t(lang, 'rv.perpetrators')}</h2>
      {involvements.length === 0 ? <p>{t(lang, 'rv.noPerpetrators')}</p> : null}
      <ul>
        {involvements.map((i) => (
          <li data-involvement={i.role}>
            {roleLabel(i.role, lang)}
            {i.headcount > 1 ? ` ×${i.headcount}` : ''}: {actorText(look, i.actor, lang)} —{' '}
            {legalLabel(i.legalStatus, lang)}
          </li>
        ))}
      </ul>
      <h3>{t(lang, 'rv.accountability')}</h3>
      {status ? (
        <p data-accountability={status.status}>
          <strong class={`tag status-${status.status}`}>{statusLabel(status.status, lang)}</strong>{' '}
          {reasonText(status.reason, lang)}
        </p>
      ) : null}
      {proceedings.length ? (
        <>
          <h3>{t(lang, 'rv.proceedings')}</h3>
          <ul>
            {proceedings.map((p) => {
              const steps = p.events.filter((e) => !e.retracted);
              const last = steps.at(-1);
              return (
                <li>
                  {kindLabel(p.kind, lang)}
                  {p.authority ? ` — ${p.authority}` : ''}:{' '}
                  {last
                    ? t(lang, 'rv.lastStep', {
                        step: `${stepLabel(last.type, lang)}, ${dateText(lang, last.on ? { start: last.on } : null)}`,
                      })
                    : t(lang, 'rv.noSteps')}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {caseHref ? (
        <p>
          <a href={caseHref}>{t(lang, 'rv.openCase')}</a>
        </p>
      ) : null}
    </section>
  );
}

export function Sources({ lang, doc, look }: Props) {
  const items = doc.sources ?? [];
  return (
    <section aria-labelledby="rv-sources">
      <h2 id="rv-sources">{t(lang, 'rv.sources')}</h2>
      {items.length === 0 ? <p>{t(lang, 'rv.noSources')}</p> : null}
      <ul class="cards">
        {items.map((s) => (
          <li data-source-public={String(s.public === true)}>
            <span class={s.public ? 'tag' : 'tag withheld'}>
              {t(lang, s.public ? 'rv.sourcePublic' : 'rv.sourceNotPublic')}
            </span>{' '}
            {s.url ? (
              <a href={s.url} rel="noreferrer nofollow">
                {s.title || s.url}
              </a>
            ) : (
              <strong>{s.title || termLabel(look, 'source_type', s.type, lang)}</strong>
            )}
            <div class="meta">
              {[
                termLabel(look, 'source_type', s.type, lang),
                s.publisher,
                s.publishedOn
                  ? t(lang, 'rv.publishedOn', { date: dateText(lang, { start: s.publishedOn }) })
                  : null,
                s.language ? languageName(s.language, lang) : null,
                t(lang, 'rv.reliability', {
                  value: t(lang, `wi.rel.${(s.reliability ?? 'unknown') as 'unknown'}`),
                }),
                s.capturedAt ? t(lang, 'rv.capturedAt', { time: momentText(lang, s.capturedAt) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {s.excerpt ? <blockquote lang={s.language ?? undefined}>{s.excerpt}</blockquote> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
