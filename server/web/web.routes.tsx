import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { etag } from 'hono/etag';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGUAGES, type Language } from '../../shared/languages.js';
import { PUBLIC } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { AppError } from '../http/errors.js';
import { securityHeaders } from '../http/security.js';
import { parseParams } from '../http/validate.js';
import { todayUtc } from '../modules/cases/accountability.effective.js';
import { loadCase } from '../modules/cases/case.load.js';
import { presentPublicCase } from '../modules/cases/case.presenter.js';
import { mergedTargetFor } from '../modules/incidents/incident.gate.js';
import { readIncident } from '../modules/incidents/incident.service.js';
import { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../modules/incidents/incident-list.service.js';
import { redactionFor } from '../modules/incidents/redaction.js';
import { presentPublicInterventions } from '../modules/interventions/intervention.public.js';
import { listInterventionsFor } from '../modules/interventions/intervention.service.js';
import { presentTerm } from '../modules/vocabularies/vocabulary.presenter.js';
import { listTerms } from '../modules/vocabularies/vocabulary.repo.js';
import { ErrorPage } from '../views/error.page.js';
import { HomePage } from '../views/home.page.js';
import { IncidentPage } from '../views/incidents/incident.page.js';
import { ListPage } from '../views/incidents/list.page.js';
import type { IncidentItem, LabelLookup } from '../views/incidents/summary.js';
import { MapPage } from '../views/map/map.page.js';
import { MethodologyPage } from '../views/methodology.page.js';
import { StatisticsPage } from '../views/statistics/statistics.page.js';
import { exportItems } from './export.js';
import { incidentFeed } from './feed.js';
import { type FilterProblem, filterProblems, readFilters } from './filter-problems.js';
import { loadLabels } from './labels.js';
import { isLanguage, pickLanguage } from './locale.js';
import { regionMap } from './map/map.data.js';
import {
  csvDownload,
  dictionaryPage,
  openDataPage,
  STREAMED_DOWNLOAD,
  xlsxDownload,
} from './open-data/open-data.routes.js';
import { homeData, mapCounts, statisticsData } from './pages.data.js';

const CSS = readFileSync(
  resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../../web/site.css'),
  'utf8',
);

const FAVICON = readFileSync(
  resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../../web/favicon.svg'),
  'utf8',
);

/** The public portal: server-rendered pages in kk, ru and en, and the open-data downloads. */
export const webRoutes = new Hono<AppEnv>();

webRoutes.use('*', securityHeaders);
// The CSV and XLSX downloads are streamed: the ETag middleware would read the whole body to hash it.
const tagged = etag();
webRoutes.use('*', (c, next) => (STREAMED_DOWNLOAD.test(c.req.path) ? next() : tagged(c, next)));

webRoutes.get('/static/site.css', (c) => {
  c.header('Cache-Control', 'public, max-age=86400');
  return c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8' });
});

webRoutes.get('/static/favicon.svg', (c) => {
  c.header('Cache-Control', 'public, max-age=86400');
  return c.body(FAVICON, 200, { 'content-type': 'image/svg+xml' });
});

webRoutes.get('/', (c) => {
  const lang = pickLanguage(getCookie(c, 'lang'), c.req.header('accept-language'));
  c.header('Vary', 'Accept-Language, Cookie');
  return c.redirect(`/${lang}/`, 302);
});

/** The reader's language from the URL; remembered in a cookie for the next visit to "/". */
function language(c: Context<AppEnv>): Language {
  const lang = c.req.param('lang');
  if (!isLanguage(lang)) throw new AppError('not_found', 'No such language');
  if (getCookie(c, 'lang') !== lang)
    setCookie(c, 'lang', lang, { path: '/', sameSite: 'Lax', maxAge: 31536000 });
  c.header('Cache-Control', 'public, max-age=60');
  return lang;
}

/** The filters of a page or download, empty form fields left out. */
function filled(c: Context<AppEnv>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new URL(c.req.url).searchParams) if (value !== '') params.append(key, value);
  return params;
}

function query(c: Context<AppEnv>) {
  return parseParams(filled(c), IncidentQuery, true);
}

async function page(
  c: Context<AppEnv>,
  render: (lang: Language) => Promise<HtmlEscapedString | Promise<HtmlEscapedString>>,
) {
  const lang = language(c);
  try {
    return c.html(await render(lang));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    c.header('Cache-Control', 'no-store');
    const problems = err.code === 'invalid_query' ? filterProblems(lang, filled(c), err.details) : [];
    return c.html(
      <ErrorPage lang={lang} status={err.status} path={c.req.path} code={err.code} problems={problems} />,
      err.status,
    );
  }
}

for (const lang of LANGUAGES) webRoutes.get(`/${lang}`, (c) => c.redirect(`/${lang}/`, 301));

webRoutes.get('/:lang{kk|ru|en}/', (c) =>
  page(c, async (lang) => {
    const [data, labels] = await Promise.all([
      homeData(c.var.db, lang, c.var.stalledAfterDays),
      loadLabels(c.var.db),
    ]);
    return <HomePage lang={lang} data={data} labels={labels} />;
  }),
);

webRoutes.get('/:lang{kk|ru|en}/incidents', (c) =>
  page(c, async (lang) => {
    const typed = filled(c);
    const labels = await loadLabels(c.var.db);
    const read = readFilters(lang, typed, labels);
    if (read.problems) return refusedList(c, lang, typed, read.problems, labels);
    const q = read.query;
    let result: Awaited<ReturnType<typeof listIncidents>>;
    try {
      result = await listIncidents(
        c.var.db,
        { ...q, limit: Math.min(q.limit, 25) },
        PUBLIC,
        c.var.stalledAfterDays,
      );
    } catch (err) {
      // A cursor this server never handed out (or no longer can): the same page, with the reason.
      if (!(err instanceof AppError && err.code === 'invalid_query')) throw err;
      return refusedList(c, lang, typed, filterProblems(lang, typed, err.details), labels);
    }
    const data = {
      items: result.items as IncidentItem[],
      total: result.total ?? 0,
      facets: (result.facets ?? {}) as Record<string, { value: string; count: number }[]>,
      nextCursor: result.nextCursor,
      query: typed,
    };
    return <ListPage lang={lang} data={data} labels={labels} />;
  }),
);

/**
 * The list page for refused filters: the form as typed with each reason beside its field, no
 * results, and the options (with their counts) of the unfiltered list so the form can be fixed.
 */
async function refusedList(
  c: Context<AppEnv>,
  lang: Language,
  typed: URLSearchParams,
  problems: FilterProblem[],
  labels: LabelLookup,
) {
  const all = await listIncidents(
    c.var.db,
    IncidentQuery.parse({ limit: '1' }),
    PUBLIC,
    c.var.stalledAfterDays,
  );
  c.status(400);
  c.header('Cache-Control', 'no-store');
  const data = {
    items: [],
    total: 0,
    facets: (all.facets ?? {}) as Record<string, { value: string; count: number }[]>,
    nextCursor: null,
    query: typed,
    problems,
  };
  return <ListPage lang={lang} data={data} labels={labels} />;
}

webRoutes.get('/:lang{kk|ru|en}/map', (c) =>
  page(c, async (lang) => {
    const q = query(c);
    const [{ total, facets }, labels] = await Promise.all([
      mapCounts(c.var.db, q, c.var.stalledAfterDays),
      loadLabels(c.var.db),
    ]);
    const model = regionMap(facets.region ?? [], total, q.region ?? [], labels.places, lang);
    return <MapPage lang={lang} data={{ model, total, facets, query: filled(c) }} labels={labels} />;
  }),
);

webRoutes.get('/:lang{kk|ru|en}/statistics', (c) =>
  page(c, async (lang) => {
    const [data, labels] = await Promise.all([
      statisticsData(c.var.db, c.var.stalledAfterDays),
      loadLabels(c.var.db),
    ]);
    return <StatisticsPage lang={lang} data={data} labels={labels} />;
  }),
);

webRoutes.get('/:lang{kk|ru|en}/methodology', (c) =>
  page(c, async (lang) => {
    const typology = (await listTerms(c.var.db, 'typology')).map(presentTerm);
    return <MethodologyPage lang={lang} typology={typology} stalledAfterDays={c.var.stalledAfterDays} />;
  }),
);

webRoutes.get('/:lang{kk|ru|en}/incidents.csv', (c) => csvDownload(c, language(c), query(c)));
webRoutes.get('/:lang{kk|ru|en}/incidents.xlsx', (c) => xlsxDownload(c, language(c), query(c)));
webRoutes.get('/:lang{kk|ru|en}/open-data', (c) => page(c, (lang) => openDataPage(c, lang)));
webRoutes.get('/:lang{kk|ru|en}/open-data/dictionary', (c) => page(c, (lang) => dictionaryPage(c, lang)));

webRoutes.get('/:lang{kk|ru|en}/incidents.atom', async (c) => {
  const lang = language(c);
  const url = new URL(c.req.url);
  const feed = await incidentFeed(
    c.var.db,
    lang,
    query(c),
    url.origin,
    url.toString(),
    c.var.stalledAfterDays,
  );
  return c.body(feed, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
});

webRoutes.get('/:lang{kk|ru|en}/incidents.json', async (c) => {
  language(c);
  return c.json({ items: await exportItems(c.var.db, query(c), c.var.stalledAfterDays) });
});

webRoutes.get('/:lang{kk|ru|en}/incidents/:reference', async (c) => {
  // A merged duplicate's reference leads to the incident it repeats, when the public may see that one.
  const target = await mergedTargetFor(c.var.db, PUBLIC, c.req.param('reference'));
  if (target) return c.redirect(`/${c.req.param('lang')}/incidents/${target}`, 301);
  return page(c, async (lang) => {
    const db = c.var.db;
    const reference = c.req.param('reference');
    const incident = await readIncident(db, PUBLIC, reference, c.var.stalledAfterDays);
    const parts = await loadCase(db, reference, true);
    if (!parts || !('victims' in incident)) throw new AppError('incident_not_found', 'No such incident');
    const story = presentPublicCase(
      parts,
      todayUtc(),
      c.var.stalledAfterDays,
      await redactionFor(db, [parts.incident.id]),
      lang,
    );
    const rows = await listInterventionsFor(db, PUBLIC, { incidentId: parts.incident.id });
    const interventions = await presentPublicInterventions(db, rows, todayUtc(), lang);
    const labels = await loadLabels(db);
    const series = parts.incident.series_id
      ? (
          await listIncidents(
            db,
            IncidentQuery.parse({ seriesId: parts.incident.series_id, limit: '20', facets: 'false' }),
            PUBLIC,
            c.var.stalledAfterDays,
          )
        ).items.filter((i) => i.id !== parts.incident.id)
      : [];
    return (
      <IncidentPage
        series={series as IncidentItem[]}
        lang={lang}
        incident={incident as Parameters<typeof IncidentPage>[0]['incident']}
        story={story}
        interventions={interventions}
        labels={labels}
      />
    );
  });
});
