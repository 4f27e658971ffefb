import { t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { OutletRow, PersonRow } from '../../db/schema.js';
import type { LinkedIncidentRow } from '../../modules/incidents/incident-links.repo.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';
import { Actions, ByLanguage, Facts, IncidentTable } from './reference.parts.js';

export interface OutletPageData {
  outlet: OutletRow;
  people: PersonRow[];
  incidents: LinkedIncidentRow[];
  typeLabel: string;
}

/** One outlet: what it is, its people, and the incidents against them that the reader may see. */
export function OutletPage(props: {
  lang: Language;
  me: Me;
  data: OutletPageData;
  mayEdit: boolean;
  notice?: Notice | undefined;
}) {
  const { lang, me, data, mayEdit, notice } = props;
  const { outlet } = data;
  const base = `/${lang}/workspace`;
  return (
    <WorkspaceLayout
      lang={lang}
      title={outlet.name}
      path={`${base}/outlets/${outlet.id}`}
      me={me}
      section="outlets"
      notice={notice}
    >
      <h1>{outlet.name}</h1>
      <Actions>
        {mayEdit ? <a href={`${base}/outlets/${outlet.id}/edit`}>{t(lang, 'ref.edit')}</a> : null}{' '}
        <a href={`/${lang}/workspace/history/outlet/${outlet.id}`}>{t(lang, 'wi.history')}</a>
      </Actions>
      <Facts
        rows={[
          [t(lang, 'ref.outletType'), data.typeLabel],
          [t(lang, 'ref.independence'), t(lang, `ref.independence.${outlet.independence}`)],
          [t(lang, 'ref.country'), outlet.country ?? '—'],
          [t(lang, 'ref.url'), outlet.url ? <a href={outlet.url}>{outlet.url}</a> : '—'],
          [t(lang, 'ref.outletAliases'), outlet.aliases.join(', ') || '—'],
        ]}
      />
      <h2>{t(lang, 'ref.outletNames')}</h2>
      <ByLanguage lang={lang} value={outlet.names as LocalizedText} />
      <h2>{t(lang, 'ref.outletPeople')}</h2>
      {data.people.length === 0 ? (
        <p>{t(lang, 'ws.nothing')}</p>
      ) : (
        <ul>
          {data.people.map((p) => (
            <li>
              <a href={`${base}/people/${p.id}`}>{p.name}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t(lang, 'ref.outletIncidents')}</h2>
      <IncidentTable lang={lang} items={data.incidents} />
    </WorkspaceLayout>
  );
}
