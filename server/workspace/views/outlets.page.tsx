import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { OutletRow } from '../../db/schema.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';
import { Actions } from './reference.parts.js';

/** Outlets by name, with their type and independence. */
export function OutletsPage(props: {
  lang: Language;
  me: Me;
  q: string;
  outlets: OutletRow[];
  typeLabels: Map<string, string>;
  mayAdd: boolean;
  notice?: Notice;
}) {
  const { lang, me, q, outlets, typeLabels, mayAdd, notice } = props;
  const base = `/${lang}/workspace/outlets`;
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ref.outlets')}
      path={q ? `${base}?q=${encodeURIComponent(q)}` : base}
      me={me}
      section="outlets"
      notice={notice}
    >
      <h1>{t(lang, 'ref.outlets')}</h1>
      {mayAdd ? (
        <Actions>
          <a href={`${base}/new`}>{t(lang, 'ref.addOutlet')}</a>
        </Actions>
      ) : null}
      <form method="get" action={base} class="compact">
        <div>
          <label for="q">{t(lang, 'ref.searchOutlets')}</label>
          <input id="q" name="q" type="search" value={q} />
        </div>
        <button type="submit">{t(lang, 'ref.search')}</button>
      </form>
      <p class="meta">{t(lang, 'ref.found', { count: outlets.length })}</p>
      {outlets.length === 0 ? (
        <p>{t(lang, 'ws.nothing')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'ref.outletName')}</th>
              <th scope="col">{t(lang, 'ref.outletType')}</th>
              <th scope="col">{t(lang, 'ref.independence')}</th>
              <th scope="col">{t(lang, 'ref.country')}</th>
            </tr>
          </thead>
          <tbody>
            {outlets.map((o) => (
              <tr>
                <th scope="row">
                  <a href={`${base}/${o.id}`}>{o.name}</a>
                </th>
                <td>{typeLabels.get(o.outlet_type) ?? o.outlet_type}</td>
                <td>{t(lang, `ref.independence.${o.independence}`)}</td>
                <td>{o.country ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WorkspaceLayout>
  );
}
