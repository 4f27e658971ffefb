import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { assertCannotBeWorkedOut } from '../../../test/helpers/differencing.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { STATISTICS } from './statistics.registry.js';
import type { CountRow } from './statistics.repo.js';
import type { StatisticRow } from './statistics.suppress.js';

const t = useTestApp();

async function incident(overrides: Record<string, unknown>) {
  const res = await t.post('/api/v1/incidents', buildIncident(overrides));
  assert.equal(res.status, 201, res.text);
  return res.body;
}

const REGIONS = ['KZ-ALA', 'KZ-ALA', 'KZ-ALA', 'KZ-ALA', 'KZ-AKM', 'KZ-AKM', 'KZ-AKM', 'KZ-SEV', 'KZ-KAR'];
const TYPES = [
  'assault',
  'threat',
  'assault',
  'threat',
  'assault',
  'threat',
  'assault',
  'assault',
  'spyware',
];

/*
 * Nine public incidents in 2024 and 2025 (four in Almaty, three in Akmola, one each in North Kazakhstan and
 * Karaganda), and non-public ones that no public figure may count: restricted, confidential (the
 * only surveillance of 2023), unverified.
 */
async function seed() {
  for (const [i, region] of REGIONS.entries()) {
    await incident({
      date: { start: `${2024 + (i % 2)}-0${1 + (i % 6)}-1${i}` },
      place: { country: 'KZ', region },
      violations: [{ typeCode: TYPES[i], victim: 'v1' }],
    });
  }
  await incident({
    date: { start: '2024-02-02' },
    place: { country: 'KZ', region: 'KZ-KAR' },
    visibility: 'restricted',
  });
  await incident({
    date: { start: '2023-06-01' },
    place: { country: 'KZ', region: 'KZ-SEV' },
    visibility: 'confidential',
    victims: [{ key: 'v1', person: buildPerson({ gender: 'female' }) }],
    violations: [{ typeCode: 'spyware', victim: 'v1' }],
  });
  await incident({ date: { start: '2024-03-03' }, verification: 'reported' });
}

const stat = async (name: string, query = '', as: 'admin' | 'public' | 'monitor' = 'public') => {
  const res = await t.get(`/api/v1/statistics/${name}${query ? `?${query}` : ''}`, as);
  assert.equal(res.status, 200, res.text);
  return res.body;
};

/**
 * Every public statistic, as the public gets it, on a few parameter sets; and the list's facets,
 * from the kept counts (`since`, a month boundary before every incident: each call its own, so
 * that no shared answer is reused) and counted from the incidents.
 */
async function everyPublicFigure(since: string) {
  const out: Record<string, unknown> = {};
  for (const s of STATISTICS.filter((s) => !s.internalOnly)) {
    for (const q of ['', 'period=year', 'period=month&withVictims=true', 'from=2023-01-01&to=2023-12-31']) {
      const res = await t.get(`/api/v1/statistics/${s.name}?${q}`, 'public');
      out[`${s.name}?${q}`] = res.status === 200 ? { ...res.body, params: null } : res.status;
    }
  }
  out.listFromCells = (await t.get(`/api/v1/incidents?from=${since}&limit=200`, 'public')).body;
  for (const q of ['from=2000-01-02', 'region=KZ-SEV&from=2000-01-02'])
    out[`list?${q}`] = (await t.get(`/api/v1/incidents?${q}&limit=200`, 'public')).body;
  return out;
}

describe('public statistics count only public records', () => {
  before(seed);

  test('public counts equal a recount over the public list', async () => {
    const list = (await t.get('/api/v1/incidents?limit=200', 'public')).body.items as {
      place: { region: string };
      typeCodes: string[];
      accountability: { status: string };
    }[];
    assert.equal(list.length, REGIONS.length);
    const recount = (keys: string[]) =>
      keys.reduce<Record<string, number>>((m, k) => Object.assign(m, { [k]: (m[k] ?? 0) + 1 }), {});
    const printed = (rows: { key: string; incidents: number | null }[]) =>
      Object.fromEntries(rows.filter((r) => r.incidents !== null).map((r) => [r.key, r.incidents]));
    const byRegion = recount(list.map((i) => i.place.region));
    for (const withVictims of ['false', 'true']) {
      const body = await stat('incidents_by_region', `withVictims=${withVictims}`);
      for (const [key, n] of Object.entries(printed(body.rows))) assert.equal(n, byRegion[key], key);
      assert.equal(printed(body.rows)['KZ-ALA'], 4, 'the restricted and confidential ones are not counted');
      assert.equal(body.totals.find((r: { of: string }) => r.of === 'all').incidents, list.length);
    }
    const byType = recount(list.flatMap((i) => i.typeCodes));
    const types = await stat('incidents_by_type', 'level=type&period=all');
    assert.deepEqual(printed(types.rows), { assault: byType.assault, threat: byType.threat });
    const accountability = await stat('accountability_breakdown');
    assert.equal(accountability.figures.total, list.length);
    assert.deepEqual(printed(accountability.rows), recount(list.map((i) => i.accountability.status)));
  });

  test('small counts are withheld with a count or total that would give them away', async () => {
    const body = await stat('incidents_by_region');
    const row = (key: string) => body.rows.find((r: { key: string }) => r.key === key);
    assert.deepEqual([row('KZ-SEV').incidents, row('KZ-KAR').incidents], [null, null]);
    assert.ok(row('KZ-SEV').suppressed && row('KZ-SEV').victims === null);
    const printed = body.rows.filter((r: { incidents: number | null }) => r.incidents !== null);
    const total = body.totals.find((r: { of: string }) => r.of === 'all').incidents;
    const withheld = total - printed.reduce((s: number, r: { incidents: number }) => s + r.incidents, 0);
    // Subtraction gives the withheld counts together (1 + 1 + 3), never one of them alone: two
    // ones would be told by their sum, so a third count is withheld with them.
    const suppressed = body.rows.filter((r: { suppressed: boolean }) => r.suppressed);
    assert.deepEqual(suppressed.map((r: { key: string }) => r.key).sort(), ['KZ-AKM', 'KZ-KAR', 'KZ-SEV']);
    assert.equal(withheld, 5);
    // Internal readers see every count.
    const internal = await stat('incidents_by_region', '', 'admin');
    assert.ok(internal.rows.every((r: { suppressed: boolean }) => !r.suppressed));
  });

  test('no withheld count can be worked out from the counts and totals the API prints', async () => {
    const list = (await t.get('/api/v1/incidents?limit=200', 'public')).body.items as {
      date: { start: string };
      place: { region: string };
      typeCodes: string[];
      accountability: { status: string };
    }[];
    const truth = (keys: [string | null, string][]) => {
      const counts = new Map<string, CountRow>();
      for (const [period, key] of keys) {
        const row = counts.get(`${period} ${key}`) ?? { period, key, incidents: 0, victims: null };
        counts.set(`${period} ${key}`, { ...row, incidents: row.incidents + 1 });
      }
      return [...counts.values()];
    };
    const year = (i: (typeof list)[number]) => i.date.start.slice(0, 4);
    const cases: [string, [string | null, string][], boolean][] = [
      ['incidents_by_region', list.map((i) => [null, i.place.region]), false],
      ['incidents_by_region?period=year', list.map((i) => [year(i), i.place.region]), true],
      [
        'incidents_by_type?level=type',
        list.flatMap((i) => i.typeCodes.map((c) => [year(i), c] as [string, string])),
        true,
      ],
      ['accountability_breakdown', list.map((i) => [null, i.accountability.status]), false],
    ];
    let withheld = 0;
    for (const [query, keys, twoWay] of cases) {
      const [name, params] = query.split('?');
      const shown = await stat(name as string, params ?? '');
      const rows = truth(keys);
      const sorted = [...shown.rows].map((r: CountRow) => `${r.period} ${r.key}`).sort();
      assert.deepEqual(sorted, rows.map((r) => `${r.period} ${r.key}`).sort(), query);
      // The helper reads the printed rows in the order of the true ones.
      const byKey = new Map<string, StatisticRow>(
        shown.rows.map((r: CountRow) => [`${r.period} ${r.key}`, r]),
      );
      const ordered = {
        rows: rows.map((r) => byKey.get(`${r.period} ${r.key}`) as StatisticRow),
        totals: shown.totals,
      };
      assertCannotBeWorkedOut(rows, ordered, twoWay);
      withheld += shown.rows.filter((r: { suppressed: boolean }) => r.suppressed).length;
    }
    assert.ok(withheld >= 5, `${withheld} withheld`);
  });

  test('a restricted or confidential incident changes no public figure', async () => {
    const before = await everyPublicFigure('2000-01-01');
    const internalBefore = await stat('incidents_by_region', '', 'admin');
    for (const visibility of ['restricted', 'confidential']) {
      for (const region of ['KZ-ALA', 'KZ-SEV', 'KZ-PAV']) {
        const added = await incident({
          date: { start: '2024-05-01' },
          place: { country: 'KZ', region },
          visibility,
          violations: [{ typeCode: 'spyware', victim: 'v1' }],
        });
        const p = await t.post(`/api/v1/incidents/${added.id}/proceedings`, { kind: 'against_perpetrators' });
        assert.equal(p.status, 201, p.text);
      }
    }
    assert.deepEqual(await everyPublicFigure('1999-01-01'), before);
    const internalAfter = await stat('incidents_by_region', '', 'admin');
    assert.notDeepEqual(internalAfter.rows, internalBefore.rows, 'internal readers count them');
  });

  test('an internal reader counts confidential incidents only as granted', async () => {
    const year = 'from=2023-01-01&to=2023-12-31&level=type&period=all';
    const admin = await stat('incidents_by_type', year, 'admin');
    assert.deepEqual(
      admin.rows.map((r: { key: string; incidents: number }) => [r.key, r.incidents]),
      [['spyware', 1]],
    );
    assert.deepEqual((await stat('incidents_by_type', year, 'monitor')).rows, []);
    assert.deepEqual(
      (await stat('accountability_breakdown', 'from=2023-01-01&to=2023-12-31', 'monitor')).rows,
      [],
    );
    assert.deepEqual((await stat('incidents_by_type', year)).rows, []);
  });

  test('statistics on internal fields are refused to the public', async () => {
    const res = await t.get('/api/v1/statistics/victims_by_gender', 'public');
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'forbidden');
    assert.deepEqual(res.body.error.details, [{ path: 'name', code: 'internal_statistic' }]);
    assert.equal((await t.get('/api/v1/statistics/victims_by_gender', 'admin')).status, 200);
    const list = (await t.get('/api/v1/statistics', 'public')).body.items;
    assert.equal(list.find((s: { name: string }) => s.name === 'victims_by_gender').access, 'internal');
  });

  test('the pages say "withheld" in the reader’s language and count no non-public incident', async () => {
    for (const [lang, word] of [
      ['en', 'withheld'],
      ['ru', 'не публикуется'],
      ['kk', 'жарияланбайды'],
    ] as const) {
      const page = await t.request('GET', `/${lang}/statistics`, { as: 'public' });
      assert.equal(page.status, 200);
      assert.ok(page.text.includes(word), lang);
      assert.ok(!/fewer than|меньше 3|3-тен аз/.test(page.text), lang);
    }
    const page = await t.request('GET', '/en/statistics', { as: 'public' });
    // 2023's only incident is confidential: no row for 2023 at all.
    assert.ok(!page.text.includes('<th scope="row">2023</th>'));
    const home = await t.request('GET', '/en/', { as: 'public' });
    assert.equal(home.status, 200);
    assert.ok(!/surveillance/i.test(home.text.split('id="latest"')[0] ?? ''));
  });
});
