import { ACCOUNTABILITY_STATUS_TERMS } from '../../../shared/accountability/labels.js';
import { formatNumber, type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { Layout } from '../layout.js';
import { type IncidentItem, IncidentSummary, type LabelLookup } from './summary.js';

type Facets = Record<string, { value: string; count: number }[]>;

export interface ListData {
  items: IncidentItem[];
  total: number;
  facets: Facets;
  nextCursor: string | null;
  /** The query the reader sent, as the filters in the URL. */
  query: URLSearchParams;
}

/** The filter selects and facet lists, each dimension with where its labels come from. */
const DIMENSIONS: { param: string; facet: string; label: MessageKey; vocabulary: string | null }[] = [
  { param: 'group', facet: 'group', label: 'list.group', vocabulary: 'typology' },
  { param: 'region', facet: 'region', label: 'list.region', vocabulary: null },
  { param: 'victimRole', facet: 'victimRole', label: 'list.victimRole', vocabulary: 'victim_role' },
  {
    param: 'accountability',
    facet: 'accountability',
    label: 'list.accountability',
    vocabulary: 'accountability',
  },
  { param: 'year', facet: 'year', label: 'list.year', vocabulary: 'year' },
];

/** The label of a facet value: a place, a year, an accountability status or a vocabulary term. */
export function labelOf(
  lang: Language,
  vocabulary: string | null,
  value: string,
  labels: LabelLookup,
): string {
  if (vocabulary === null) return labels.places.get(value)?.[lang] ?? value;
  if (vocabulary === 'year') return value;
  if (vocabulary === 'accountability') {
    return (
      ACCOUNTABILITY_STATUS_TERMS[value as keyof typeof ACCOUNTABILITY_STATUS_TERMS]?.label[lang] ?? value
    );
  }
  return labels.terms.get(`${vocabulary}/${value}`)?.[lang] ?? value;
}

/** The current URL with one filter set (and the page reset to the first). */
function withFilter(lang: Language, query: URLSearchParams, param: string, value: string): string {
  const next = new URLSearchParams(query);
  next.delete('cursor');
  if (param === 'year') {
    next.set('from', `${value}-01-01`);
    next.set('to', `${value}-12-31`);
  } else next.set(param, value);
  return `/${lang}/incidents?${next}`;
}

/** The incidents page: search, filters with facet counts, results, paging, downloads. */
export function ListPage({ lang, data, labels }: { lang: Language; data: ListData; labels: LabelLookup }) {
  const q = data.query;
  const path = `/${lang}/incidents${q.size ? `?${q}` : ''}`;
  const next = new URLSearchParams(q);
  if (data.nextCursor) next.set('cursor', data.nextCursor);
  const download = new URLSearchParams(q);
  download.delete('cursor');
  const first = download;
  return (
    <Layout lang={lang} title={t(lang, 'list.title')} path={path} current="incidents">
      <h1>{t(lang, 'list.title')}</h1>
      <div class="layout">
        <form class="filters" method="get" action={`/${lang}/incidents`}>
          <fieldset>
            <label for="q">{t(lang, 'list.search')}</label>
            <input id="q" name="q" type="search" value={q.get('q') ?? ''} />
            <label for="from">{t(lang, 'list.from')}</label>
            <input id="from" name="from" type="date" value={q.get('from') ?? ''} />
            <label for="to">{t(lang, 'list.to')}</label>
            <input id="to" name="to" type="date" value={q.get('to') ?? ''} />
            {DIMENSIONS.filter((d) => d.param !== 'year').map((d) => (
              <>
                <label for={d.param}>{t(lang, d.label)}</label>
                <select id={d.param} name={d.param}>
                  <option value="">{t(lang, 'list.any')}</option>
                  {(data.facets[d.facet] ?? []).map((f) => (
                    <option value={f.value} selected={q.get(d.param) === f.value}>
                      {labelOf(lang, d.vocabulary, f.value, labels)} ({formatNumber(lang, f.count)})
                    </option>
                  ))}
                </select>
              </>
            ))}
            <label for="sort">{t(lang, 'list.sort')}</label>
            <select id="sort" name="sort">
              <option value="date_desc">{t(lang, 'list.sortNewest')}</option>
              <option value="date_asc" selected={q.get('sort') === 'date_asc'}>
                {t(lang, 'list.sortOldest')}
              </option>
            </select>
          </fieldset>
          <button type="submit">{t(lang, 'list.apply')}</button>{' '}
          <a href={`/${lang}/incidents`}>{t(lang, 'list.reset')}</a>
          {DIMENSIONS.map((d) => (
            <section>
              <h2>{t(lang, d.label)}</h2>
              <ul class="facet">
                {(data.facets[d.facet] ?? []).slice(0, 12).map((f) => (
                  <li>
                    <a
                      href={withFilter(lang, q, d.param, f.value)}
                      aria-current={q.get(d.param) === f.value ? 'true' : undefined}
                    >
                      {labelOf(lang, d.vocabulary, f.value, labels)}
                    </a>{' '}
                    ({formatNumber(lang, f.count)})
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </form>
        <section aria-live="polite">
          <p>
            <strong>{t(lang, 'list.results', { count: data.total })}</strong> · {t(lang, 'list.download')}:{' '}
            <a href={`/${lang}/incidents.csv?${download}`}>CSV</a>,{' '}
            <a href={`/${lang}/incidents.xlsx?${download}`}>XLSX</a>,{' '}
            <a href={`/${lang}/incidents.json?${download}`}>JSON</a> ·{' '}
            <a href={`/${lang}/incidents.atom?${download}`} type="application/atom+xml">
              {t(lang, 'list.feed')}
            </a>{' '}
            · <a href={`/${lang}/map${download.size ? `?${download}` : ''}`}>{t(lang, 'list.showMap')}</a>
          </p>
          {data.items.length === 0 ? <p>{t(lang, 'list.none')}</p> : null}
          <ul class="incidents">
            {data.items.map((item) => (
              <IncidentSummary lang={lang} item={item} labels={labels} />
            ))}
          </ul>
          <p>
            {q.get('cursor') ? <a href={`/${lang}/incidents?${first}`}>{t(lang, 'list.first')}</a> : null}{' '}
            {data.nextCursor ? (
              <a rel="next" href={`/${lang}/incidents?${next}`}>
                {t(lang, 'list.next')}
              </a>
            ) : null}
          </p>
        </section>
      </div>
    </Layout>
  );
}
