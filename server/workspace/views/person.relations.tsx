import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { PersonRow } from '../../db/schema.js';
import type { LinkedIncidentRow } from '../../modules/incidents/incident-links.repo.js';
import type { RelatedPerson } from '../../modules/people/person-relations.repo.js';
import { Csrf } from './layout.js';
import { IncidentTable } from './reference.parts.js';

export interface RelationsData {
  journalists: RelatedPerson[];
  relatives: RelatedPerson[];
  targeted: LinkedIncidentRow[];
  /** People found for a new link (the `relq` search), when the reader may link. */
  candidates: PersonRow[] | null;
  relq: string;
}

interface Props {
  lang: Language;
  csrf: string;
  person: { id: string; name: string };
  data: RelationsData;
  mayEdit: boolean;
}

function Unlink(props: Props & { personId: string; journalistId: string }) {
  const { lang, csrf, person, personId, journalistId } = props;
  return (
    <form method="post" action={`/${lang}/workspace/people/${person.id}/relations/remove`} class="inline">
      <Csrf token={csrf} />
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="journalistId" value={journalistId} />
      <button type="submit" class="link">
        {t(lang, 'pp.unlink')}
      </button>
    </form>
  );
}

/** A person's relatives and associates both ways, and the form that links a new one. */
export function PersonRelations(props: Props) {
  const { lang, person, data, mayEdit } = props;
  const href = (id: string) => `/${lang}/workspace/people/${id}`;
  const none = data.journalists.length === 0 && data.relatives.length === 0;
  return (
    <section aria-labelledby="relations" class="relations">
      <h2 id="relations">{t(lang, 'pp.relations')}</h2>
      {none ? <p>{t(lang, 'pp.noRelations')}</p> : null}
      {data.journalists.length ? (
        <ul data-relation="journalists">
          {data.journalists.map((j) => (
            <li>
              {t(lang, `pp.relativeOf.${j.kind}`)}: <a href={href(j.id)}>{j.name}</a>{' '}
              {mayEdit ? <Unlink {...props} personId={person.id} journalistId={j.id} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {data.relatives.length ? (
        <>
          {data.journalists.length ? <h3>{t(lang, 'pp.relativesOf')}</h3> : null}
          <ul data-relation="relatives">
            {data.relatives.map((r) => (
              <li>
                <a href={href(r.id)}>{r.name}</a> <span class="meta">· {t(lang, `pp.kind.${r.kind}`)}</span>{' '}
                {mayEdit ? <Unlink {...props} personId={r.id} journalistId={person.id} /> : null}
              </li>
            ))}
          </ul>
          <p data-targeted={data.targeted.length}>
            <strong>{t(lang, 'pp.targeted', { name: person.name, count: data.targeted.length })}</strong>
          </p>
          {data.targeted.length ? <IncidentTable lang={lang} items={data.targeted} /> : null}
        </>
      ) : null}
      {mayEdit ? <LinkForm {...props} /> : null}
    </section>
  );
}

/** Search (a plain GET, no script) then link one of the people found, with the kind. */
function LinkForm(props: Props) {
  const { lang, csrf, person, data } = props;
  const base = `/${lang}/workspace/people/${person.id}`;
  return (
    <details open={data.candidates !== null} class="link-person">
      <summary>{t(lang, 'pp.addRelation')}</summary>
      <form method="get" action={`${base}#relations`} class="compact">
        <div>
          <label for="relq">{t(lang, 'pp.relationSearch')}</label>
          <input id="relq" name="relq" type="search" value={data.relq} />
        </div>
        <button type="submit">{t(lang, 'ref.search')}</button>
      </form>
      {data.candidates?.length === 0 ? <p>{t(lang, 'ws.nothing')}</p> : null}
      {data.candidates?.length ? (
        <ul class="candidates">
          {data.candidates.map((p) => (
            <li>
              <form method="post" action={`${base}/relations`} class="compact">
                <Csrf token={csrf} />
                <input type="hidden" name="journalistId" value={p.id} />
                <span class="who">{p.name}</span>
                <div>
                  <label for={`kind-${p.id}`}>{t(lang, 'pp.kind')}</label>
                  <select id={`kind-${p.id}`} name="kind">
                    <option value="family">{t(lang, 'pp.kind.family')}</option>
                    <option value="associate">{t(lang, 'pp.kind.associate')}</option>
                  </select>
                </div>
                <button type="submit">{t(lang, 'pp.link')}</button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
