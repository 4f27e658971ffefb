import { t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { PersonRow } from '../../db/schema.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';
import { Actions } from './reference.parts.js';

/** People, found by name in any script (Boreiko finds Борейко). */
export function PeoplePage(props: {
  lang: Language;
  me: Me;
  q: string;
  people: PersonRow[];
  roleLabels: Map<string, string>;
  mayAdd: boolean;
  notice?: Notice | undefined;
}) {
  const { lang, me, q, people, roleLabels, mayAdd, notice } = props;
  const base = `/${lang}/workspace/people`;
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ref.people')}
      path={q ? `${base}?q=${encodeURIComponent(q)}` : base}
      me={me}
      section="people"
      notice={notice}
    >
      <h1>{t(lang, 'ref.people')}</h1>
      {mayAdd ? (
        <Actions>
          <a href={`${base}/new`}>{t(lang, 'ref.addPerson')}</a>
        </Actions>
      ) : null}
      <form method="get" action={base} class="compact">
        <div>
          <label for="q">{t(lang, 'ref.searchPeople')}</label>
          <input id="q" name="q" type="search" value={q} />
        </div>
        <button type="submit">{t(lang, 'ref.search')}</button>
      </form>
      <p class="meta">{t(lang, 'ref.found', { count: people.length })}</p>
      {people.length === 0 ? (
        <p>{t(lang, 'ws.nothing')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'ref.name')}</th>
              <th scope="col">{t(lang, 'ref.names')}</th>
              <th scope="col">{t(lang, 'ref.roles')}</th>
              <th scope="col">{t(lang, 'ref.consent')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr>
                <th scope="row">
                  <a href={`${base}/${p.id}`}>{p.name}</a>
                </th>
                <td>
                  {[...new Set(Object.values(p.names as LocalizedText))]
                    .filter((n) => n && n !== p.name)
                    .join(' · ')}
                </td>
                <td>{p.roles.map((r) => roleLabels.get(r) ?? r).join(', ')}</td>
                <td>{t(lang, p.consent_to_name ? 'ref.yes' : 'ref.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WorkspaceLayout>
  );
}
