import { t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { CaseView } from '../../modules/cases/case.schema.js';
import { ByLanguage, Facts } from '../views/reference.parts.js';
import type { ReviewLookups } from './review.data.js';
import { Perpetrators, Sources } from './review.sources.js';
import { dateText, languageName, personName, placeText, termLabel } from './review.words.js';

/**
 * The incident as a reviewer reads it, from the current document or one rebuilt from the audit
 * log: victims by person id, every code as it was stored.
 */
export interface ReviewDocument {
  date?: unknown;
  place?: {
    country?: string;
    region?: string | null;
    city?: string | null;
    type?: string | null;
    detail?: LocalizedText;
  };
  title?: LocalizedText;
  description?: LocalizedText;
  originalLanguage?: string;
  visibility?: string;
  internalNotes?: string | null;
  victims?: string[];
  violations?: { id?: string; typeCode?: string; victim?: string | null; description?: LocalizedText }[];
  sources?: {
    id?: string;
    type?: string;
    url?: string | null;
    title?: string | null;
    publisher?: string | null;
    language?: string | null;
    publishedOn?: string | null;
    reliability?: string;
    capturedAt?: string | null;
    excerpt?: string | null;
    public?: boolean;
  }[];
}

interface Props {
  lang: Language;
  doc: ReviewDocument;
  look: ReviewLookups;
}

const hasText = (text: LocalizedText | undefined) => Object.values(text ?? {}).some(Boolean);

/** The whole record, section by section, with every language side by side. */
export function IncidentReview({
  lang,
  doc,
  look,
  story,
  caseHref,
}: Props & { story?: CaseView | null; caseHref?: string }) {
  return (
    <div class="review" data-review>
      <section aria-labelledby="rv-texts">
        <h2 id="rv-texts">{t(lang, 'rv.texts')}</h2>
        <p class="meta">
          {t(lang, 'rv.originalLanguage', { language: languageName(doc.originalLanguage, lang) })}
        </p>
        <h3>{t(lang, 'wi.title')}</h3>
        <ByLanguage lang={lang} value={doc.title ?? {}} />
        <h3>{t(lang, 'wi.description')}</h3>
        <ByLanguage lang={lang} value={doc.description ?? {}} />
      </section>
      <WhenWhere lang={lang} doc={doc} look={look} />
      <Victims lang={lang} doc={doc} look={look} />
      <Violations lang={lang} doc={doc} look={look} />
      {story === undefined ? null : (
        <Perpetrators lang={lang} look={look} story={story} caseHref={caseHref} />
      )}
      <Sources lang={lang} doc={doc} look={look} />
      {doc.internalNotes ? (
        <section aria-labelledby="rv-notes">
          <h2 id="rv-notes">{t(lang, 'rv.internalNotes')}</h2>
          <div class="pre">{doc.internalNotes}</div>
        </section>
      ) : null}
    </div>
  );
}

function WhenWhere({ lang, doc, look }: Props) {
  const d = doc.date as { precision?: 'day' | 'month' | 'year' } | null | undefined;
  const place = doc.place;
  return (
    <section aria-labelledby="rv-facts">
      <h2 id="rv-facts">{t(lang, 'rv.facts')}</h2>
      <Facts
        rows={[
          [
            t(lang, 'rv.date'),
            <span data-review-date>
              {dateText(lang, doc.date)}
              {d?.precision ? <span class="meta"> ({t(lang, `rv.precision.${d.precision}`)})</span> : null}
            </span>,
          ],
          [t(lang, 'rv.place'), <span data-review-place>{placeText(look, place, lang)}</span>],
          [t(lang, 'rv.placeType'), place?.type ? termLabel(look, 'place_type', place.type, lang) : '—'],
          [
            t(lang, 'rv.placeDetail'),
            hasText(place?.detail) ? <ByLanguage lang={lang} value={place?.detail ?? {}} /> : '—',
          ],
          [t(lang, 'rv.visibility'), doc.visibility ? t(lang, `wi.vis.${doc.visibility as 'public'}`) : '—'],
        ]}
      />
    </section>
  );
}

function Victims({ lang, doc, look }: Props) {
  const ids = doc.victims ?? [];
  return (
    <section aria-labelledby="rv-victims">
      <h2 id="rv-victims">{t(lang, 'rv.victims')}</h2>
      {ids.length === 0 ? <p>{t(lang, 'rv.noVictims')}</p> : null}
      <ul class="cards">
        {ids.map((id) => {
          const p = look.people.get(id);
          return (
            <li data-victim={id}>
              {p ? (
                <a href={`/${lang}/workspace/people/${id}`}>{personName(look, id, lang)}</a>
              ) : (
                personName(look, id, lang)
              )}
              {p?.names[lang] && p.names[lang] !== p.name ? <span class="meta"> ({p.name})</span> : null}
              {p ? (
                <>
                  <div>
                    {t(lang, 'rv.victimRoles')}:{' '}
                    {p.roles.length
                      ? p.roles.map((r) => termLabel(look, 'victim_role', r, lang)).join(', ')
                      : '—'}
                  </div>
                  {p.outletIds.length ? (
                    <div>
                      {t(lang, 'rv.victimOutlets')}:{' '}
                      {p.outletIds.map((o, i) => (
                        <>
                          {i > 0 ? ', ' : ''}
                          {look.outlets.has(o) ? (
                            <a href={`/${lang}/workspace/outlets/${o}`}>{look.outlets.get(o)}</a>
                          ) : (
                            t(lang, 'rv.unknownOutlet')
                          )}
                        </>
                      ))}
                    </div>
                  ) : null}
                  <div data-consent={String(p.consentToName)}>
                    <span class={p.consentToName ? 'tag' : 'tag withheld'}>
                      {t(lang, p.consentToName ? 'rv.consentYes' : 'rv.consentNo')}
                    </span>
                  </div>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Violations({ lang, doc, look }: Props) {
  const items = doc.violations ?? [];
  return (
    <section aria-labelledby="rv-violations">
      <h2 id="rv-violations">{t(lang, 'rv.violations')}</h2>
      {items.length === 0 ? <p>{t(lang, 'rv.noViolations')}</p> : null}
      <ul class="cards">
        {items.map((v) => (
          <li data-violation={v.typeCode}>
            <strong>{termLabel(look, 'typology', v.typeCode, lang)}</strong>{' '}
            <span class="meta">
              ·{' '}
              {v.victim
                ? t(lang, 'rv.against', { name: personName(look, v.victim, lang) })
                : t(lang, 'rv.againstNobody')}
            </span>
            {hasText(v.description) ? (
              <>
                <p class="meta">{t(lang, 'rv.violationNote')}</p>
                <ByLanguage lang={lang} value={v.description ?? {}} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
