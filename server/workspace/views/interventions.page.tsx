import { INTERVENTION_KINDS } from '../../../shared/accountability/codes.js';
import { INTERVENTION_KIND_TERMS, REPLY_STATUS_TERMS } from '../../../shared/accountability/labels.js';
import { t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { InterventionRow } from '../../db/schema.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';
import { Actions, day, shown } from './reference.parts.js';

export interface InterventionFilter {
  kind: string;
  overdue: boolean;
}

/** The reply as a lawyer reads it: its kind, or "no reply by the deadline" when it is late. */
export const replyLabel = (lang: Language, row: InterventionRow, overdue: boolean) =>
  REPLY_STATUS_TERMS[overdue ? 'overdue' : row.reply_status].label[lang];

/** Statements, alerts and letters, newest first; filter by kind, or only the overdue replies. */
export function InterventionsPage(props: {
  lang: Language;
  me: Me;
  filter: InterventionFilter;
  items: { row: InterventionRow; overdue: boolean }[];
  mayAdd: boolean;
  notice?: Notice;
}) {
  const { lang, me, filter, items, mayAdd, notice } = props;
  const base = `/${lang}/workspace/interventions`;
  const query = new URLSearchParams({
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.overdue ? { overdue: 'true' } : {}),
  }).toString();
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ref.interventions')}
      path={query ? `${base}?${query}` : base}
      me={me}
      section="interventions"
      notice={notice}
    >
      <h1>{t(lang, 'ref.interventions')}</h1>
      {mayAdd ? (
        <Actions>
          <a href={`${base}/new`}>{t(lang, 'ref.addIntervention')}</a>
        </Actions>
      ) : null}
      <form method="get" action={base} class="compact">
        <div>
          <label for="kind">{t(lang, 'ref.kind')}</label>
          <select id="kind" name="kind">
            <option value="">{t(lang, 'ref.allKinds')}</option>
            {INTERVENTION_KINDS.map((k) => (
              <option value={k} selected={k === filter.kind}>
                {INTERVENTION_KIND_TERMS[k].label[lang]}
              </option>
            ))}
          </select>
        </div>
        <label class="check">
          <input type="checkbox" name="overdue" value="true" checked={filter.overdue} />{' '}
          {t(lang, 'ref.onlyOverdue')}
        </label>
        <button type="submit">{t(lang, 'ref.show')}</button>
      </form>
      <p class="meta">{t(lang, 'ref.found', { count: items.length })}</p>
      {items.length === 0 ? (
        <p>{t(lang, 'ws.nothing')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'ref.title')}</th>
              <th scope="col">{t(lang, 'ref.kind')}</th>
              <th scope="col">{t(lang, 'ref.issuedOn')}</th>
              <th scope="col">{t(lang, 'ref.addressee')}</th>
              <th scope="col">{t(lang, 'ref.deadline')}</th>
              <th scope="col">{t(lang, 'ref.reply')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ row, overdue }) => (
              <tr>
                <th scope="row">
                  <a href={`${base}/${row.id}`}>{shown(lang, row.title as LocalizedText)}</a>
                </th>
                <td>{INTERVENTION_KIND_TERMS[row.kind].label[lang]}</td>
                <td>{day(lang, row.issued_on)}</td>
                <td>{row.addressee ?? '—'}</td>
                <td>{day(lang, row.deadline)}</td>
                <td>
                  {overdue ? (
                    <span class="tag status-impunity">{replyLabel(lang, row, true)}</span>
                  ) : (
                    replyLabel(lang, row, false)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WorkspaceLayout>
  );
}
