import { PROCEEDING_EVENT_TERMS, PROCEEDING_KIND_TERMS } from '../../../shared/accountability/labels.js';
import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { OutletRow } from '../../db/schema.js';
import type { LinkedIncidentRow } from '../../modules/incidents/incident-links.repo.js';
import type { PersonView } from '../../modules/people/person.schema.js';
import type { proceedingsOfSubject } from '../../modules/people/person-links.repo.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from './layout.js';
import { PersonRelations, type RelationsData } from './person.relations.js';
import { Actions, ByLanguage, day, Facts, IncidentTable, incidentHref } from './reference.parts.js';

export interface PersonPageData {
  person: PersonView;
  outlets: OutletRow[];
  incidents: LinkedIncidentRow[];
  cases: Awaited<ReturnType<typeof proceedingsOfSubject>>;
  roleLabels: Map<string, string>;
  relations: RelationsData;
}

function Cases({ lang, cases }: { lang: Language; cases: PersonPageData['cases'] }) {
  if (cases.length === 0) return <p>{t(lang, 'ws.nothing')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t(lang, 'ref.reference')}</th>
          <th scope="col">{t(lang, 'ref.kind')}</th>
          <th scope="col">{t(lang, 'ref.authority')}</th>
          <th scope="col">{t(lang, 'ref.article')}</th>
          <th scope="col">{t(lang, 'ref.lastStep')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((p) => (
          <tr>
            <td>
              <a href={incidentHref(lang, p.reference)}>{p.reference}</a>
              {p.case_number ? <span class="meta"> · {p.case_number}</span> : null}
            </td>
            <td>{PROCEEDING_KIND_TERMS[p.kind].label[lang]}</td>
            <td>{p.authority ?? '—'}</td>
            <td>{p.article ?? '—'}</td>
            <td>
              {p.last_event ? PROCEEDING_EVENT_TERMS[p.last_event].label[lang] : '—'}
              {p.last_event_on ? <span class="meta"> · {day(lang, p.last_event_on)}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One person and everything linked to them that the reader may see. */
export function PersonPage(props: {
  lang: Language;
  me: Me;
  data: PersonPageData;
  mayEdit: boolean;
  /** Merging and deleting: editors, who see every record (a merge must not hide a thing from them). */
  mayMerge: boolean;
  notice?: Notice | undefined;
}) {
  const { lang, me, data, mayEdit, mayMerge, notice } = props;
  const { person } = data;
  const base = `/${lang}/workspace`;
  return (
    <WorkspaceLayout
      lang={lang}
      title={person.name}
      path={`${base}/people/${person.id}`}
      me={me}
      section="people"
      notice={notice}
    >
      <h1>{person.name}</h1>
      <Actions>
        {mayEdit ? <a href={`${base}/people/${person.id}/edit`}>{t(lang, 'ref.edit')}</a> : null}{' '}
        <a href={`/${lang}/workspace/history/person/${person.id}`}>{t(lang, 'wi.history')}</a>{' '}
        {mayMerge ? <a href={`${base}/people/${person.id}/merge`}>{t(lang, 'pp.merge')}</a> : null}
      </Actions>
      <Facts
        rows={[
          [t(lang, 'ref.aliases'), person.aliases.join(', ') || '—'],
          [t(lang, 'ref.roles'), person.roles.map((r) => data.roleLabels.get(r) ?? r).join(', ') || '—'],
          [t(lang, 'ref.gender'), t(lang, `ref.gender.${person.gender}`)],
          [t(lang, 'ref.consent'), t(lang, person.consentToName ? 'ref.consentYes' : 'ref.consentNo')],
          [
            t(lang, 'ref.outlets'),
            data.outlets.length
              ? data.outlets.map((o, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <a href={`${base}/outlets/${o.id}`}>{o.name}</a>
                  </>
                ))
              : '—',
          ],
          [t(lang, 'ref.notes'), <span class="pre">{person.notes ?? '—'}</span>],
        ]}
      />
      <h2>{t(lang, 'ref.names')}</h2>
      <ByLanguage lang={lang} value={person.names} />
      <h2>{t(lang, 'ref.personIncidents')}</h2>
      <IncidentTable lang={lang} items={data.incidents} />
      <h2>{t(lang, 'ref.personCases')}</h2>
      <Cases lang={lang} cases={data.cases} />
      <PersonRelations lang={lang} csrf={me.csrf} person={person} data={data.relations} mayEdit={mayEdit} />
      {mayMerge ? (
        <form method="post" action={`${base}/people/${person.id}/delete`} class="stack danger">
          <Csrf token={me.csrf} />
          <input type="hidden" name="version" value={String(person.version)} />
          <p class="meta">{t(lang, 'pp.deleteHint')}</p>
          <button type="submit">{t(lang, 'pp.delete')}</button>
        </form>
      ) : null}
    </WorkspaceLayout>
  );
}
