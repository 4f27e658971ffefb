import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { Layout } from '../layout.js';
import { ApiReference, type OpenApiDocument } from './api-reference.js';

/** The open-data page: downloads, feeds, the API described operation by operation, reuse and citing. */
export function OpenDataPage(props: { lang: Language; origin: string; today: string; api: OpenApiDocument }) {
  const { lang, origin, today, api } = props;
  const base = `/${lang}/incidents`;
  const citation = t(lang, 'od.cite.example', {
    site: t(lang, 'site.name'),
    reference: 'KZ-2024-0012',
    url: `${origin}${base}/KZ-2024-0012`,
    date: today,
  });
  return (
    <Layout lang={lang} title={t(lang, 'od.title')} path={`/${lang}/open-data`}>
      <div class="open-data">
        <h1>{t(lang, 'od.title')}</h1>
        <p>{t(lang, 'od.intro')}</p>
        <section aria-labelledby="downloads">
          <h2 id="downloads">{t(lang, 'od.downloads')}</h2>
          <p>{t(lang, 'od.downloads.text')}</p>
          <ul class="downloads">
            <li>
              <a href={`${base}.csv`}>{t(lang, 'od.csv')}</a> — {t(lang, 'od.csv.about')}
            </li>
            <li>
              <a href={`${base}.xlsx`}>{t(lang, 'od.xlsx')}</a> — {t(lang, 'od.xlsx.about')}
            </li>
            <li>
              <a href={`${base}.json`}>{t(lang, 'od.json')}</a> — {t(lang, 'od.json.about')}
            </li>
          </ul>
          <p>
            <a href={`/${lang}/open-data/dictionary`}>{t(lang, 'od.dictionary.link')}</a>
          </p>
        </section>
        <section aria-labelledby="feeds">
          <h2 id="feeds">{t(lang, 'od.feeds')}</h2>
          <p>{t(lang, 'od.feeds.text')}</p>
          <p>
            <a href={`${base}.atom`} type="application/atom+xml">
              {t(lang, 'od.feed.link')}
            </a>
          </p>
        </section>
        <section aria-labelledby="api">
          <h2 id="api">{t(lang, 'od.api')}</h2>
          <p>{t(lang, 'od.api.text')}</p>
          <p>
            <a href="/api/v1/openapi.json" type="application/json">
              {t(lang, 'od.api.document')}
            </a>
          </p>
          <ApiReference lang={lang} document={api} />
        </section>
        <section aria-labelledby="licence">
          <h2 id="licence">{t(lang, 'od.licence')}</h2>
          <p>{t(lang, 'od.licence.text')}</p>
          <h3>{t(lang, 'od.cite')}</h3>
          <p>{t(lang, 'od.cite.text')}</p>
          <blockquote>{citation}</blockquote>
        </section>
      </div>
    </Layout>
  );
}
