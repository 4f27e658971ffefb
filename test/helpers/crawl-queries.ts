import { HIDDEN_ONLY, THIS_YEAR, type World } from './crawl-seed.js';
import type { Crawler } from './crawler.js';
import { parseCsv } from './csv.js';

const LANGS = ['kk', 'ru', 'en'] as const;

/** A count that differs from what the public records give: a leak by number, not by text. */
export interface CountLeak {
  url: string;
  what: string;
  expected: number | string;
  got: number | string;
}

/** How many incidents a public answer lists, whatever its format. */
export function listed(url: string, text: string, json: unknown): number {
  if (url.includes('.csv')) return parseCsv(text).length - 1;
  if (url.includes('.xlsx')) {
    const sheets = (json as { sheets?: Record<string, string[][]> } | null)?.sheets ?? {};
    return (Object.values(sheets)[0]?.length ?? 1) - 1;
  }
  if (url.includes('.atom')) return (text.match(/<entry[\s>]/g) ?? []).length;
  if (json && typeof json === 'object' && 'items' in json) return (json as { items: unknown[] }).items.length;
  return (text.match(/href="\/(?:kk|ru|en)\/incidents\/KZ-\d{4}-\d+"/g) ?? []).length;
}

/** The addresses that list incidents for a query, in every format. */
export function listUrls(query: string): string[] {
  return [
    `/api/v1/incidents?${query}`,
    ...LANGS.map((l) => `/${l}/incidents?${query}`),
    `/ru/incidents.csv?${query}`,
    `/kk/incidents.xlsx?${query}`,
    `/en/incidents.json?${query}`,
    `/kk/incidents.atom?${query}`,
    `/en/map?${query}`,
  ];
}

/** Runs a query on every list, expecting `expected` incidents (the map is read for markers only). */
export async function expectListed(
  crawler: Crawler,
  query: string,
  expected: number,
  echoes: string[],
  formats: 'all' | 'data' = 'all',
  label = '',
): Promise<CountLeak[]> {
  const of = label ? ` (searching ${label})` : '';
  const out: CountLeak[] = [];
  const urls = listUrls(query).filter(
    (u) => formats === 'all' || u.startsWith('/api') || u.includes('.json'),
  );
  for (const url of urls) {
    const answer = await crawler.get(url, echoes);
    if (url.includes('/map')) continue;
    const n = listed(url, answer.text, answer.json);
    if (n !== expected) out.push({ url, what: `incidents listed${of}`, expected, got: n });
    const total = (answer.json as { total?: number } | null)?.total;
    if (url.startsWith('/api') && total !== undefined && total !== null && total !== expected) {
      out.push({ url, what: `total${of}`, expected, got: total });
    }
  }
  return out;
}

/** Filters that only the hidden incidents match: the public must get nothing for them. */
export function hiddenOnlyFilters(groupOfHiddenType: string): string[] {
  return [
    `region=${HIDDEN_ONLY.region}`,
    `type=${HIDDEN_ONLY.type}`,
    `group=${groupOfHiddenType}`,
    `from=${HIDDEN_ONLY.year}-01-01&to=${HIDDEN_ONLY.year}-12-31`,
    `accountability=impunity&region=${HIDDEN_ONLY.region}`,
  ];
}

/** Internal-only filters: the public may be refused or given public records, never hidden ones. */
export const INTERNAL_FILTERS = [
  'verification=reported',
  'verification=verifying',
  'verification=rejected',
  'verification=merged',
  'visibility=confidential',
  'visibility=restricted',
  'stalled=true',
  'awaitingReply=true',
  'involvementRole=executor',
  'actorType=private_individual',
  'openForDays=1',
];

/** Facet values and statistic keys or periods that only hidden incidents could give. */
export function hiddenKeys(groupOfHiddenType: string): Set<string> {
  return new Set([HIDDEN_ONLY.region, HIDDEN_ONLY.type, groupOfHiddenType, HIDDEN_ONLY.year, THIS_YEAR]);
}

/** Every incident reference the public may see, and every id and reference hidden from it. */
export function references(world: World) {
  return {
    publicRefs: Object.values(world.public).map((i) => i.reference),
    hiddenRefs: Object.values(world.hidden).map((i) => i.reference),
  };
}
