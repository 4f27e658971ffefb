import { t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Labels, type Language } from '../../../shared/languages.js';
import type { PlaceRow } from '../../db/schema.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';
import { Actions } from './reference.parts.js';

/** A country with its regions, and each region with its cities. */
export interface CountryTree {
  country: PlaceRow;
  regions: { region: PlaceRow; cities: PlaceRow[] }[];
}

function PlaceRowView({ lang, place, nested }: { lang: Language; place: PlaceRow; nested?: boolean }) {
  const base = `/${lang}/workspace/places`;
  return (
    <tr>
      <th scope="row" class={nested ? 'nested' : undefined}>
        <a href={`${base}/${place.code}`}>{(place.names as Labels)[lang]}</a>
        <br />
        <code class="meta">{place.code}</code>
      </th>
      {LANGUAGES.map((l) => (
        <td lang={l}>{(place.names as Labels)[l]}</td>
      ))}
      <td>
        {place.kind === 'region' ? (
          <a href={`${base}/new?parent=${place.code}`}>{t(lang, 'ref.addCity')}</a>
        ) : null}
      </td>
    </tr>
  );
}

/** Administrators: the gazetteer, country → regions → cities, with names in kk, ru and en. */
export function PlacesPage(props: {
  lang: Language;
  me: Me;
  tree: CountryTree[];
  notice?: Notice | undefined;
}) {
  const { lang, me, tree, notice } = props;
  const base = `/${lang}/workspace/places`;
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ref.places')}
      path={base}
      me={me}
      section="places"
      notice={notice}
    >
      <h1>{t(lang, 'ref.places')}</h1>
      <Actions>
        <a href={`${base}/new`}>{t(lang, 'ref.addCountry')}</a>
      </Actions>
      {tree.map(({ country, regions }) => (
        <section>
          <h2 id={`country-${country.code}`}>
            <a href={`${base}/${country.code}`}>{(country.names as Labels)[lang]}</a>{' '}
            <code class="meta">{country.code}</code>
          </h2>
          <Actions>
            <a href={`${base}/new?parent=${country.code}`}>{t(lang, 'ref.addRegion')}</a>
          </Actions>
          <section class="scroll" aria-labelledby={`country-${country.code}`} tabindex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'ref.place.region')}</th>
                  {LANGUAGES.map((l) => (
                    <th scope="col">{t(lang, `ref.lang.${l}`)}</th>
                  ))}
                  <th scope="col">
                    <span class="visually-hidden">{t(lang, 'ref.addCity')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {regions.map(({ region, cities }) => (
                  <>
                    <PlaceRowView lang={lang} place={region} />
                    {cities.map((city) => (
                      <PlaceRowView lang={lang} place={city} nested />
                    ))}
                  </>
                ))}
              </tbody>
            </table>
          </section>
        </section>
      ))}
    </WorkspaceLayout>
  );
}
