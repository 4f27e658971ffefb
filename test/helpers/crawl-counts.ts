import type { CountLeak } from './crawl-queries.js';
import { HIDDEN_ONLY, THIS_YEAR, type World } from './crawl-seed.js';

/** Years only hidden incidents happened in. */
const HIDDEN_YEARS = [HIDDEN_ONLY.year, THIS_YEAR];

import type { Crawler } from './crawler.js';

type Row = { period: string | null; key: string | null; incidents: number | null; suppressed: boolean };
type Facets = Record<string, { value: string; count: number }[]>;

/** Each statistic's variants: the default and finer cuts. */
const VARIANTS = ['', 'period=month', 'period=month&level=type', 'withVictims=true', 'period=all'];

type Result = { rows: Row[]; figures: Record<string, number | null> };

async function resultOf(crawler: Crawler, url: string): Promise<Result> {
  const answer = await crawler.get(url);
  const body = answer.status === 200 ? (answer.json as Partial<Result>) : {};
  return { rows: body.rows ?? [], figures: body.figures ?? {} };
}

const describeRow = (r: Row) => ({
  what: `row ${r.period ?? ''}/${r.key ?? ''}`,
  got: r.suppressed ? 'a suppressed row' : String(r.incidents),
});

/** A statistic without filters has no row, suppressed or not, that only hidden incidents give. */
async function unfiltered(crawler: Crawler, name: string, keys: Set<string>): Promise<CountLeak[]> {
  const found: CountLeak[] = [];
  for (const variant of VARIANTS) {
    const url = `/api/v1/statistics/${name}${variant ? `?${variant}` : ''}`;
    for (const row of (await resultOf(crawler, url)).rows) {
      if ((row.key && keys.has(row.key)) || HIDDEN_YEARS.some((y) => (row.period ?? '').startsWith(y))) {
        found.push({ url, expected: 'no row', ...describeRow(row) });
      }
    }
  }
  return found;
}

/** A statistic filtered to what only hidden incidents match counts nothing, and suppresses nothing. */
async function filtered(crawler: Crawler, name: string, filters: string[]): Promise<CountLeak[]> {
  const found: CountLeak[] = [];
  for (const filter of filters) {
    const url = `/api/v1/statistics/${name}?${filter}`;
    const { rows, figures } = await resultOf(crawler, url);
    for (const row of rows) {
      if (row.suppressed || (row.incidents ?? 0) > 0) found.push({ url, expected: 0, ...describeRow(row) });
    }
    for (const [figure, value] of Object.entries(figures)) {
      if ((value ?? 0) > 0)
        found.push({ url, what: `figure ${figure}`, expected: '0 or null', got: value ?? 0 });
    }
  }
  return found;
}

/** The public list's total and facets reflect the public incidents only. */
async function facets(crawler: Crawler, world: World, keys: Set<string>): Promise<CountLeak[]> {
  const url = '/api/v1/incidents';
  const list = (await crawler.get(url)).json as { total: number; facets: Facets | null };
  const publicCount = Object.keys(world.public).length;
  const found: CountLeak[] = [];
  if (list.total !== publicCount) found.push({ url, what: 'total', expected: publicCount, got: list.total });
  for (const [facet, values] of Object.entries(list.facets ?? {})) {
    for (const v of values.filter((v) => keys.has(v.value) && v.count > 0)) {
      found.push({ url, what: `facet ${facet}=${v.value}`, expected: 0, got: v.count });
    }
    const sum = values.reduce((s, v) => s + v.count, 0);
    if (['region', 'year'].includes(facet) && sum !== publicCount) {
      found.push({ url, what: `facet ${facet} sum`, expected: publicCount, got: sum });
    }
  }
  return found;
}

/**
 * The map of the hidden region shows no count above zero for it, and the statistics page has no
 * column for the hidden incidents' group nor a row for their year.
 */
async function pages(crawler: Crawler, group: string): Promise<CountLeak[]> {
  const found: CountLeak[] = [];
  const term = (await crawler.get(`/api/v1/vocabularies/typology/${group}`)).json as {
    labels?: Record<string, string>;
  };
  for (const lang of ['kk', 'ru', 'en']) {
    for (const page of [`/${lang}/map`, `/${lang}/`]) await crawler.get(page);
    const map = await crawler.get(`/${lang}/map?region=${HIDDEN_ONLY.region}`);
    if (new RegExp(`region=${HIDDEN_ONLY.region}[^"]*"[^>]*>[^<]*[1-9]`).test(map.text)) {
      found.push({ url: map.url, what: 'map count of the hidden region', expected: 0, got: 'a number' });
    }
    const stats = await crawler.get(`/${lang}/statistics`);
    for (const year of HIDDEN_YEARS.filter((y) => stats.text.includes(`<th scope="row">${y}</th>`))) {
      found.push({ url: stats.url, what: `a row for ${year}`, expected: 'none', got: 'a row' });
    }
    const label = term.labels?.[lang];
    if (label && stats.text.includes(`<th scope="col">${label}</th>`)) {
      found.push({ url: stats.url, what: `a column for group ${group}`, expected: 'none', got: label });
    }
  }
  return found;
}

/** No public incident happened this year: the year-to-date figures and the home page say nothing else. */
async function yearToDate(crawler: Crawler): Promise<CountLeak[]> {
  const url = '/api/v1/statistics/year_to_date_summary';
  const { figures } = await resultOf(crawler, url);
  return Object.entries(figures)
    .filter(([figure, value]) => figure !== 'year' && (value ?? 0) > 0)
    .map(([figure, value]) => ({ url, what: `figure ${figure}`, expected: '0 or null', got: value ?? 0 }));
}

/**
 * Statistics, facets and the map count public incidents only: no row, facet value or period that
 * only hidden incidents could give (suppressed or not), and nothing at all for a filter only
 * hidden incidents match.
 */
export async function countLeaks(
  crawler: Crawler,
  world: World,
  group: string,
  keys: Set<string>,
  hiddenFilters: string[],
): Promise<CountLeak[]> {
  const list = (await crawler.get('/api/v1/statistics')).json as { items: { name: string }[] };
  const found: CountLeak[] = [];
  for (const { name } of list.items) {
    found.push(...(await unfiltered(crawler, name, keys)), ...(await filtered(crawler, name, hiddenFilters)));
  }
  return [
    ...found,
    ...(await yearToDate(crawler)),
    ...(await facets(crawler, world, keys)),
    ...(await pages(crawler, group)),
  ];
}
