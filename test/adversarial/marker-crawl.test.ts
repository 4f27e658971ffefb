import assert from 'node:assert/strict';
import { before, describe, type TestContext as NodeTest, test } from 'node:test';
import { useTestApp } from '../helpers/app.js';
import { apiGets } from '../helpers/crawl-api.js';
import { countLeaks } from '../helpers/crawl-counts.js';
import {
  type CountLeak,
  expectListed,
  hiddenKeys,
  hiddenOnlyFilters,
  INTERNAL_FILTERS,
  references,
} from '../helpers/crawl-queries.js';
import type { World } from '../helpers/crawl-seed.js';
import { seedWorld } from '../helpers/crawl-world.js';
import { Crawler, summarise } from '../helpers/crawler.js';
import { ENGINE } from '../helpers/database.js';

// The adversarial crawl (issue 9): every record type seeded with unique markers in every text
// field, in records the public must not see; then every public address read without credentials.
// Zero markers may appear, and no count may reflect a hidden record.

const t = useTestApp();
let world: World;
let crawler: Crawler;
let groupOfHiddenType = '';
const counts: CountLeak[] = [];

/** Reports a phase's figures and fails with every leak it found, grouped for reading. */
function verdict(
  tc: NodeTest,
  phase: string,
  fromLeak: number,
  fromRequest: number,
  failures: CountLeak[] = [],
) {
  const leaks = crawler.since(fromLeak);
  tc.diagnostic(
    `${ENGINE} ${phase}: requests=${crawler.requests - fromRequest} urls(total)=${crawler.urls.size} markers found=${leaks.length} count leaks=${failures.length}`,
  );
  const lines = [
    ...summarise(leaks),
    ...failures.map((c) => `${c.url}: ${c.what} expected ${c.expected}, got ${c.got}`),
  ];
  for (const line of lines) tc.diagnostic(`LEAK ${line}`);
  assert.deepEqual(lines, [], `${phase}: ${lines.length} leaks`);
}

const mark = () => [crawler.leaks.length, crawler.requests] as const;

describe(`the marker crawl (${ENGINE})`, () => {
  before(async () => {
    world = await seedWorld(t);
    for (const [kind, ids] of Object.entries(world.hiddenIds)) {
      for (const id of ids) world.markers.id(id, `${kind}.id`, `hidden ${kind}`);
    }
    crawler = new Crawler(t.app, world.markers.all, world.markers.publicOnes);
    const term = await t.get('/api/v1/vocabularies/typology/spyware', 'public');
    groupOfHiddenType = String(term.body?.group ?? term.body?.parent ?? 'I');
  });

  test('the portal in kk, ru and en, from / and following every same-origin link', async (tc) => {
    const [l, r] = mark();
    const { publicRefs } = references(world);
    const starts = [
      '/',
      '/kk/',
      '/ru/',
      '/en/',
      ...publicRefs.map((ref) => `/en/incidents/${ref}`),
      // Open data in every language: the pages, and the downloads they link.
      ...['kk', 'ru', 'en'].flatMap((lang) => [`/${lang}/open-data`, `/${lang}/open-data/dictionary`]),
    ];
    const visited = await crawler.crawl(starts, 700);
    tc.diagnostic(`${ENGINE} portal: pages visited=${visited}`);
    // The crawl must have read the pages a leak would show on: the public incidents' own titles.
    const missing = ['P1', 'P2', 'P3']
      .flatMap((p) => ['kk', 'ru', 'en'].map((lang) => `${p}.title.${lang}`))
      .filter((w) => !crawler.seenPublic.has(w));
    assert.deepEqual(missing, [], 'the crawl did not reach the public incidents');
    const downloads = ['kk', 'ru', 'en']
      .flatMap((lang) => ['csv', 'xlsx', 'atom', 'json'].map((f) => `/${lang}/incidents.${f}`))
      .filter((url) => !crawler.urls.has(url));
    assert.deepEqual(downloads, [], 'the crawl did not follow the open-data links');
    verdict(tc, 'portal', l, r);
  });

  test('search with each marker and each withheld name finds nothing, in every format', async (tc) => {
    const [l, r] = mark();
    const found: CountLeak[] = [];
    for (const m of world.markers.all.filter((m) => m.match === 'skeleton')) {
      found.push(
        ...(await expectListed(crawler, `q=${encodeURIComponent(m.token)}`, 0, [m.token], 'data', m.where)),
      );
    }
    for (const name of world.withheldQueries) {
      found.push(
        ...(await expectListed(
          crawler,
          `q=${encodeURIComponent(name)}`,
          0,
          [name],
          'all',
          `withheld name ${name}`,
        )),
      );
    }
    const control = world.markers.publicOnes.find((m) => m.where === 'P1.title.en');
    const hit = await crawler.get(`/api/v1/incidents?q=${control?.token}`);
    assert.equal((hit.json as { total: number }).total, 1, 'search finds a public incident');
    counts.push(...found);
    verdict(tc, 'search', l, r, found);
  });

  test('filters, pages and downloads show only public incidents', async (tc) => {
    const [l, r] = mark();
    const found: CountLeak[] = [];
    const publicCount = Object.keys(world.public).length;
    for (const filter of hiddenOnlyFilters(groupOfHiddenType)) {
      found.push(...(await expectListed(crawler, filter, 0, [])));
    }
    found.push(...(await expectListed(crawler, 'facets=true', publicCount, [])));
    for (const filter of INTERNAL_FILTERS) {
      await crawler.get(`/api/v1/incidents?${filter}`);
      await crawler.get(`/en/incidents?${filter}`);
      await crawler.get(`/en/incidents.csv?${filter}`);
      await crawler.get(`/ru/incidents.xlsx?${filter}`);
    }
    const seen = new Set<string>();
    let cursor: string | null = '';
    while (cursor !== null && seen.size <= publicCount + 20) {
      const page = await crawler.get(
        `/api/v1/incidents?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      const body = page.json as { items: { id: string }[]; nextCursor: string | null };
      for (const item of body.items) seen.add(item.id);
      cursor = body.nextCursor;
    }
    if (seen.size !== publicCount) {
      found.push({
        url: '/api/v1/incidents?limit=1 (all pages)',
        what: 'incidents',
        expected: publicCount,
        got: seen.size,
      });
    }
    counts.push(...found);
    verdict(tc, 'filters and pages', l, r, found);
  });

  test('facets, the map and statistics count public incidents only', async (tc) => {
    const [l, r] = mark();
    const found = await countLeaks(
      crawler,
      world,
      groupOfHiddenType,
      hiddenKeys(groupOfHiddenType),
      hiddenOnlyFilters(groupOfHiddenType),
    );
    counts.push(...found);
    verdict(tc, 'counts', l, r, found);
  });

  test('every public GET of the OpenAPI document, with the ids and references of hidden records', async (tc) => {
    const [l, r] = mark();
    const found = await apiGets(crawler, world, t.accounts);
    counts.push(...found);
    verdict(tc, 'api', l, r, found);
  });

  test('evidence files: hidden ones answer 404, the public one is served', async (tc) => {
    const [l, r] = mark();
    const found: CountLeak[] = [];
    for (const id of world.hiddenIds.files ?? []) {
      for (const url of [`/api/v1/files/${id}/public`, `/api/v1/files/${id}`]) {
        const answer = await crawler.get(url);
        if (answer.status !== 404 && answer.status !== 401) {
          found.push({ url, what: 'status of a hidden file', expected: '404', got: answer.status });
        }
      }
    }
    for (const id of world.publicIds.files ?? []) await crawler.get(`/api/v1/files/${id}/public`);
    assert.ok(crawler.seenPublic.has('file(public).content'), 'the public file is served');
    counts.push(...found);
    verdict(tc, 'files', l, r, found);
  });

  test('the help desk pages show no help request, to a stranger with or without a wrong receipt', async (tc) => {
    const [l, r] = mark();
    const pages = ['kk', 'ru', 'en'].flatMap((lang) =>
      ['', '/report', '/question', '/status'].map((p) => `/${lang}/help${p}`),
    );
    await crawler.crawl(pages, 60);
    assert.ok(
      pages.every((p) => crawler.urls.has(p)),
      'the crawl read every help page',
    );
    const found: CountLeak[] = [];
    for (const lang of ['kk', 'ru', 'en']) {
      const res = await t.app.request(`/${lang}/help/status`, {
        method: 'POST',
        body: new URLSearchParams({ code: '1234 5678 1234 5678', passphrase: '8765 4321 8765 4321' }),
      });
      const text = await res.text();
      if (res.status !== 404)
        found.push({ url: `POST /${lang}/help/status`, what: 'status', expected: 404, got: res.status });
      const leaked = world.markers.all.filter(
        (m) => m.kind.startsWith('help') && text.toLowerCase().includes(m.needle),
      );
      for (const m of leaked)
        found.push({ url: `POST /${lang}/help/status`, what: m.where, expected: 'absent', got: 'shown' });
    }
    counts.push(...found);
    verdict(tc, 'help desk', l, r, found);
  });

  test('error pages and hidden references on the portal answer 404 and show nothing', async (tc) => {
    const [l, r] = mark();
    const found: CountLeak[] = [];
    const { hiddenRefs } = references(world);
    for (const ref of hiddenRefs) {
      for (const lang of ['kk', 'ru', 'en']) {
        const url = `/${lang}/incidents/${ref}`;
        const answer = await crawler.get(url);
        const redirect = answer.status === 301 && ref === world.hidden['public duplicate']?.reference;
        if (answer.status !== 404 && !redirect)
          found.push({ url, what: 'status', expected: 404, got: answer.status });
      }
    }
    for (const url of [
      '/en/nowhere',
      '/ru/incidents/KZ-1999-0001',
      '/kk/incidents?from=2019-02-30',
      '/en/incidents?cursor=AAAA',
      '/xx/incidents',
      '/api/v1/nowhere',
      '/en/workspace/login',
      '/ru/workspace/',
    ]) {
      await crawler.get(url);
    }
    counts.push(...found);
    verdict(tc, 'error pages', l, r, found);
  });

  test('figures of the whole crawl', (tc) => {
    tc.diagnostic(
      `${ENGINE} total: urls crawled=${crawler.urls.size} requests=${crawler.requests} markers seeded=${world.markers.all.length} markers found=${crawler.leaks.length} distinct markers found=${new Set(crawler.leaks.map((x) => x.where)).size} count leaks=${counts.length} statuses=${JSON.stringify(Object.fromEntries(crawler.statuses))}`,
    );
    const unseen = world.markers.publicOnes.filter((m) => !crawler.seenPublic.has(m.where));
    tc.diagnostic(
      `${ENGINE} public markers seen=${world.markers.publicOnes.length - unseen.length}/${world.markers.publicOnes.length}${unseen.length ? ` (not seen: ${unseen.map((m) => m.where).join(', ')})` : ''}`,
    );
    assert.ok(crawler.urls.size > 100, 'the crawl read more than a hundred addresses');
  });
});
