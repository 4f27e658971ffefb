import { formatNumber, t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';
import type { Headline } from '../../shared/statistics/headline.js';
import { type IncidentItem, IncidentSummary, type LabelLookup } from './incidents/summary.js';
import { Layout } from './layout.js';
import { RateHeadline } from './rate-headline.js';

export interface HomeData {
  latest: IncidentItem[];
  summary: string;
  counts: [string, number][];
  /** The impunity rate with its base, or why there is none. */
  impunity: Headline;
}

/** The home page: this year's sentence and counts, the impunity rate, the latest incidents. */
export function HomePage({ lang, data, labels }: { lang: Language; data: HomeData; labels: LabelLookup }) {
  return (
    <Layout lang={lang} title={t(lang, 'nav.home')} path={`/${lang}/`} current="home">
      <h1>{t(lang, 'site.tagline')}</h1>
      <section aria-labelledby="summary">
        <h2 id="summary">{t(lang, 'home.summary')}</h2>
        <p class="summary">{data.summary}</p>
        <ul class="facet">
          {data.counts.map(([group, count]) => (
            <li>
              <a href={`/${lang}/incidents?group=${group}`}>
                {labels.terms.get(`typology/${group}`)?.[lang] ?? group}
              </a>
              : {formatNumber(lang, count)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="impunity">
        <h2 id="impunity">{t(lang, 'home.impunity')}</h2>
        <RateHeadline lang={lang} headline={data.impunity} />
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">{t(lang, 'home.latest')}</h2>
        <ul class="incidents">
          {data.latest.map((item) => (
            <IncidentSummary lang={lang} item={item} labels={labels} />
          ))}
        </ul>
        <p>
          <a href={`/${lang}/incidents`}>{t(lang, 'home.allIncidents')}</a>
        </p>
      </section>
    </Layout>
  );
}
