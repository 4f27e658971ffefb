import type { Child } from 'hono/jsx';
import { formatDate, t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Language, type LocalizedText } from '../../../shared/languages.js';
import { presentDate } from '../../modules/incidents/incident.presenter.js';
import type { LinkedIncidentRow } from '../../modules/incidents/incident-links.repo.js';

/** Record text in the reader's language, else in the first language it has. */
export const shown = (lang: Language, value: LocalizedText | null | undefined): string =>
  value?.[lang] || LANGUAGES.map((l) => value?.[l]).find(Boolean) || '';

/** Where an incident is read in the workspace. */
export const incidentHref = (lang: Language, reference: string) =>
  `/${lang}/workspace/incidents/${reference}`;

/** A day (YYYY-MM-DD) as the reader's language writes it, or a dash. */
export const day = (lang: Language, value: string | null | undefined) =>
  value ? formatDate(lang, value, 'day') : '—';

/** The incidents linked to a record: reference, title, date, verification. */
export function IncidentTable({ lang, items }: { lang: Language; items: LinkedIncidentRow[] }) {
  if (items.length === 0) return <p>{t(lang, 'ws.nothing')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t(lang, 'ref.reference')}</th>
          <th scope="col">{t(lang, 'ref.title')}</th>
          <th scope="col">{t(lang, 'ref.date')}</th>
          <th scope="col">{t(lang, 'ref.verification')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => {
          const date = presentDate(i);
          return (
            <tr>
              <td>
                <a href={incidentHref(lang, i.reference)}>{i.reference}</a>
              </td>
              <td>{shown(lang, i.title as LocalizedText)}</td>
              <td>{date ? formatDate(lang, date.start, date.precision) : '—'}</td>
              <td>
                {t(lang, `ref.verification.${i.verification}`)}
                {i.visibility === 'confidential' ? (
                  <span class="tag">{t(lang, 'ref.visibility.confidential')}</span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Text in each of the three languages, side by side on a wide screen. */
export function ByLanguage({ lang, value }: { lang: Language; value: LocalizedText }) {
  return (
    <div class="columns">
      {LANGUAGES.map((l) => (
        <div>
          <p class="meta">{t(lang, `ref.lang.${l}`)}</p>
          <div lang={l} class="pre">
            {value[l] || '—'}
          </div>
        </div>
      ))}
    </div>
  );
}

/** A list of facts about a record: term, then its value. */
export function Facts({ rows }: { rows: [string, Child][] }) {
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <>
          <dt>{term}</dt>
          <dd>{value ?? '—'}</dd>
        </>
      ))}
    </dl>
  );
}

/** The links at the top of a record page: edit when allowed. */
export function Actions({ children }: { children?: Child }) {
  return <p class="actions">{children}</p>;
}
