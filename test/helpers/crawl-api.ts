import type { Role } from '../../shared/access/permissions.js';
import type { CountLeak } from './crawl-queries.js';
import type { World } from './crawl-seed.js';
import type { Crawler } from './crawler.js';

type OpenApi = { paths: Record<string, Record<string, { security?: unknown[] }>> };
type Value = { value: string; expect: 'hidden' | 'public' | 'any' };

/** Incident ids and references: hidden ones must answer 404, public ones 200. */
function incidentValues(world: World): Value[] {
  return [
    ...Object.values(world.hidden).flatMap((i) => {
      // A public duplicate merged into a public incident may lead to it.
      const expect = i.label === 'public duplicate' ? 'any' : 'hidden';
      return [i.id, i.reference].map((value) => ({ value, expect }) as Value);
    }),
    ...Object.values(world.public).flatMap((i) =>
      [i.id, i.reference].map((value) => ({ value, expect: 'public' }) as Value),
    ),
  ];
}

/** The values to put in a path template's parameters, by the resource the path names. */
function valuesFor(template: string, world: World, accounts: Record<Role, string>): Value[] {
  const of = (kind: string, expect: Value['expect'] = 'public'): Value[] => [
    ...(world.hiddenIds[kind] ?? []).map((value) => ({ value, expect: 'hidden' }) as Value),
    ...(world.publicIds[kind] ?? []).map((value) => ({ value, expect })),
  ];
  const byResource: Record<string, Value[]> = {
    people: of('people'),
    outlets: of('outlets'),
    actors: [...of('actors'), ...of('individuals', 'any')],
    interventions: of('interventions'),
    files: of('files'),
    accounts: Object.values(accounts).map((value) => ({ value, expect: 'any' }) as Value),
    places: [{ value: 'KZ-MAN', expect: 'public' }],
    vocabularies: [{ value: 'typology', expect: 'public' }],
  };
  return byResource[template.split('/')[3] ?? ''] ?? incidentValues(world);
}

/** Fills a template's parameters: {name}/{code} of places and vocabularies are named. */
function fill(template: string, value: string): string {
  return template
    .replace('/places/{code}', '/places/KZ-MAN')
    .replace('/vocabularies/{name}/{code}', '/vocabularies/typology/spyware')
    .replace('/vocabularies/{name}', '/vocabularies/typology')
    .replace(/\{[^}]+\}/g, value);
}

/** Reads one templated GET with every value, checking the status each must have. */
async function readTemplate(
  crawler: Crawler,
  template: string,
  needsToken: boolean,
  values: Value[],
): Promise<CountLeak[]> {
  const found: CountLeak[] = [];
  for (const { value, expect } of values) {
    const url = fill(template, value);
    const answer = await crawler.get(url, [value]);
    const allowed = needsToken ? [401, 404] : [404];
    if (expect === 'hidden' && !allowed.includes(answer.status)) {
      found.push({
        url,
        what: 'status of a hidden record',
        expected: allowed.join(' or '),
        got: answer.status,
      });
    }
    // A public record that is not served means the crawl looks in the wrong place.
    if (expect === 'public' && !needsToken && answer.status !== 200) {
      found.push({ url, what: 'public record not served (crawl broken)', expected: 200, got: answer.status });
    }
  }
  return found;
}

/**
 * Reads every GET of the OpenAPI document without credentials, with the id and reference of
 * every hidden and public record. A hidden record must answer 404 (401 where a token is needed)
 * with nothing of it in the body; the lists are read with each hidden incident as their filter.
 */
export async function apiGets(
  crawler: Crawler,
  world: World,
  accounts: Record<Role, string>,
): Promise<CountLeak[]> {
  const found: CountLeak[] = [];
  const doc = (await crawler.get('/api/v1/openapi.json')).json as OpenApi;
  for (const [template, ops] of Object.entries(doc.paths)) {
    if (!ops.get || template.startsWith('/api/v1/statistics/')) continue;
    const needsToken = Array.isArray(ops.get.security) && ops.get.security.length > 0;
    if (!template.includes('{')) await crawler.get(template);
    else
      found.push(
        ...(await readTemplate(crawler, template, needsToken, valuesFor(template, world, accounts))),
      );
  }
  for (const incident of Object.values(world.hidden)) {
    const answer = await crawler.get(`/api/v1/interventions?incidentId=${incident.id}`, [incident.id]);
    const items = (answer.json as { items?: unknown[] } | null)?.items ?? [];
    if (items.length) {
      found.push({
        url: answer.url,
        what: `letters of hidden ${incident.label}`,
        expected: 0,
        got: items.length,
      });
    }
  }
  for (const query of ['kind=letter', 'kind=statement', 'overdue=true']) {
    await crawler.get(`/api/v1/interventions?${query}`);
  }
  return [...found, ...(await outletSearch(crawler, world))];
}

/** Searching outlets by a hidden outlet's name or a withheld name finds nothing. */
async function outletSearch(crawler: Crawler, world: World): Promise<CountLeak[]> {
  const found: CountLeak[] = [];
  const words = [
    ...world.markers.all.filter((m) => m.where.includes('outlet')).map((m) => m.token),
    ...world.withheldQueries,
  ];
  for (const word of words) {
    const answer = await crawler.get(`/api/v1/outlets?q=${encodeURIComponent(word)}`, [word]);
    const items = (answer.json as { items?: unknown[] } | null)?.items ?? [];
    if (items.length)
      found.push({ url: answer.url, what: `outlets found by ${word}`, expected: 0, got: items.length });
  }
  return found;
}
