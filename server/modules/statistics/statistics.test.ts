import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { rebuildCells } from './statistic-cells.repo.js';

const t = useTestApp();
const today = new Date().toISOString().slice(0, 10);

async function incident(overrides: Record<string, unknown>) {
  const res = await t.post('/api/v1/incidents', buildIncident(overrides));
  assert.equal(res.status, 201, res.text);
  return res.body;
}

async function caseEvents(
  incidentId: string,
  events: [string, string][],
  actor?: { type: string; status: string },
) {
  if (actor) {
    await t.post(`/api/v1/incidents/${incidentId}/involvements`, {
      actor: { type: actor.type },
      role: 'executor',
      status: actor.status,
    });
  }
  if (events.length === 0) return;
  const p = (await t.post(`/api/v1/incidents/${incidentId}/proceedings`, { kind: 'against_perpetrators' }))
    .body.proceedings[0];
  for (const [type, on] of events)
    assert.equal((await t.post(`/api/v1/proceedings/${p.id}/events`, { type, on })).status, 201);
}

/*
 * Known data: three public incidents in 2024 (justice, impunity, pending), one confidential one in
 * 2024, one public one in 2023, and one unverified one that no statistic may count.
 */
async function seed() {
  const p1 = (await t.post('/api/v1/people', buildPerson({ roles: ['journalist'], gender: 'female' }))).body
    .id;
  const p2 = (await t.post('/api/v1/people', buildPerson({ roles: ['camera_operator'], gender: 'male' })))
    .body.id;
  const i1 = await incident({
    date: { start: '2024-03-01' },
    place: { country: 'KZ', region: 'KZ-ALA' },
    victims: [{ key: 'a', personId: p1 }],
    violations: [{ typeCode: 'assault', victim: 'a' }],
  });
  await caseEvents(
    i1.id,
    [
      ['complaint_filed', '2024-03-02'],
      ['case_opened', '2024-03-10'],
      ['sent_to_court', '2024-06-01'],
      ['convicted', '2024-09-01'],
    ],
    { type: 'police', status: 'convicted' },
  );
  const i2 = await incident({
    date: { start: '2024-04-01' },
    place: { country: 'KZ', region: 'KZ-ALA' },
    victims: [
      { key: 'a', personId: p1 },
      { key: 'b', personId: p2 },
    ],
    violations: [
      { typeCode: 'threat', victim: 'a' },
      { typeCode: 'threat', victim: 'b' },
    ],
  });
  await caseEvents(i2.id, [
    ['complaint_filed', '2024-04-02'],
    ['refusal_to_open', '2024-05-02'],
  ]);
  const i3 = await incident({
    date: { start: '2024-05-01' },
    place: { country: 'KZ', region: 'KZ-SEV' },
    victims: [{ key: 'a', person: buildPerson({ roles: ['editor'] }) }],
    violations: [
      { typeCode: 'assault', victim: 'a' },
      { typeCode: 'equipment_damage', victim: 'a' },
    ],
  });
  await caseEvents(i3.id, [['case_opened', today]], { type: 'private_security', status: 'detained' });
  await incident({
    date: { start: '2024-06-01' },
    place: { country: 'KZ', region: 'KZ-AKM' },
    visibility: 'confidential',
    violations: [{ typeCode: 'spyware', victim: 'v1' }],
  });
  await incident({
    date: { start: '2023-07-01' },
    place: { country: 'KZ', region: 'KZ-ALA' },
    violations: [{ typeCode: 'threat', victim: 'v1' }],
  });
  await incident({
    date: { start: '2024-07-01' },
    verification: 'reported',
    violations: [{ typeCode: 'murder', victim: 'v1' }],
  });
  for (const [deadline, replyStatus] of [
    ['2024-01-10', 'none_yet'],
    ['2024-02-10', 'formal'],
  ] as const) {
    const letter = await t.post('/api/v1/interventions', {
      kind: 'letter',
      issuedOn: '2024-01-01',
      title: { en: 'Letter to the ministry' },
      deadline,
      replyStatus,
      ...(replyStatus === 'formal' ? { replyOn: '2024-02-01' } : {}),
      incidentIds: [i2.id],
    });
    assert.equal(letter.status, 201, letter.text);
  }
}

const stat = async (name: string, query = '', as: 'admin' | 'public' = 'admin') => {
  const res = await t.get(`/api/v1/statistics/${name}${query ? `?${query}` : ''}`, as);
  assert.equal(res.status, 200, res.text);
  return res.body;
};
const cells = (
  rows: { period: string | null; key: string | null; incidents: number | null; victims: number | null }[],
) =>
  Object.fromEntries(
    rows.map((r) => [[r.period, r.key].filter(Boolean).join(' '), [r.incidents, r.victims]]),
  );

describe('statistics on data where the right numbers are known', () => {
  before(seed);

  test('incidents and distinct victims by year and group', async () => {
    const body = await stat('incidents_by_type', 'withVictims=true');
    assert.deepEqual(cells(body.rows), {
      '2023 C': [1, 1],
      '2024 B': [2, 2],
      '2024 C': [1, 2],
      '2024 D': [1, 1],
      '2024 I': [1, 1],
    });
    const byCode = await stat(
      'incidents_by_type',
      'level=type&period=all&from=2024-01-01&to=2024-12-31&region=KZ-ALA&withVictims=true',
    );
    assert.deepEqual(cells(byCode.rows), { assault: [1, 1], threat: [1, 2] });
  });

  test('the kept counts give the same incidents as counting the incidents themselves', async () => {
    const incidentsOnly = (rows: { period: string; key: string; incidents: number }[]) =>
      rows.map((r) => [r.period, r.key, r.incidents]);
    for (const query of [
      '',
      'level=type',
      'period=month&from=2024-01-01&to=2024-06-30',
      'period=all&region=KZ-ALA&level=type',
    ]) {
      const fromCells = await stat('incidents_by_type', query);
      const counted = await stat('incidents_by_type', `${query}&withVictims=true`);
      assert.deepEqual(incidentsOnly(fromCells.rows), incidentsOnly(counted.rows), query);
      assert.ok(fromCells.rows.every((r: { victims: unknown }) => r.victims === null));
    }
    // A day that is not a month boundary is counted from the incidents, exactly.
    const partial = await stat('incidents_by_type', 'from=2024-03-15');
    assert.deepEqual(cells(partial.rows), {
      '2024 B': [1, 1],
      '2024 C': [1, 2],
      '2024 D': [1, 1],
      '2024 I': [1, 1],
    });
    assert.deepEqual(
      (await stat('accountability_breakdown', 'from=2024-01-01&to=2024-12-31')).rows,
      (await stat('accountability_breakdown', 'from=2024-01-01&to=2024-12-30')).rows,
    );
  });

  test('the facets of a public list from the kept counts equal the facets counted from the incidents', async () => {
    const sorted = (facets: Record<string, { value: string; count: number }[]>) =>
      Object.fromEntries(
        Object.entries(facets).map(([k, v]) => [k, [...v].sort((a, b) => a.value.localeCompare(b.value))]),
      );
    // 1 January is a month boundary (kept counts); 2 January is not (counted); no incident lies between.
    const fromCells = await t.get('/api/v1/incidents?from=2000-01-01', 'public');
    const counted = await t.get('/api/v1/incidents?from=2000-01-02', 'public');
    assert.equal(fromCells.body.total, counted.body.total);
    assert.deepEqual(sorted(fromCells.body.facets), sorted(counted.body.facets));
    assert.ok(fromCells.body.facets.victimRole.length > 0);
    const whole = await t.get('/api/v1/incidents', 'public');
    assert.ok(whole.body.total >= fromCells.body.total);
  });

  test('public readers count public incidents only, and small counts are withheld', async () => {
    const body = await stat('incidents_by_type', '', 'public');
    assert.ok(!body.rows.some((r: { key: string }) => r.key === 'I'), 'the confidential one is not counted');
    const small = body.rows.find(
      (r: { period: string; key: string }) => r.period === '2023' && r.key === 'C',
    );
    assert.deepEqual([small.incidents, small.victims, small.suppressed], [null, null, true]);
  });

  test('by region, actor type, victim role and gender', async () => {
    assert.deepEqual(cells((await stat('incidents_by_region', 'withVictims=true')).rows), {
      'KZ-ALA': [3, 3],
      'KZ-AKM': [1, 1],
      'KZ-SEV': [1, 1],
    });
    assert.deepEqual(cells((await stat('incidents_by_actor_type')).rows), {
      police: [1, null],
      private_security: [1, null],
    });
    // p1 (journalist) is a victim in two incidents; the confidential incident's victim is also a journalist.
    assert.deepEqual(cells((await stat('victims_by_role', 'from=2024-01-01')).rows), {
      camera_operator: [1, 1],
      editor: [1, 1],
      journalist: [3, 2],
    });
    assert.equal((await t.get('/api/v1/statistics/victims_by_gender', 'public')).status, 403);
    assert.deepEqual(cells((await stat('victims_by_gender', 'from=2024-01-01')).rows), {
      female: [2, 1],
      male: [1, 1],
      unknown: [2, 2],
    });
  });

  test('accountability breakdown and impunity rate', async () => {
    const body = await stat('accountability_breakdown');
    assert.deepEqual(cells(body.rows), {
      impunity: [1, null],
      justice: [1, null],
      pending: [1, null],
      unknown: [2, null],
    });
    assert.deepEqual(body.figures, { total: 5, decided: 2, impunityRate: 0.5, justiceRate: 0.5 });
  });

  test('the funnel from violation to conviction', async () => {
    const body = await stat('funnel');
    assert.deepEqual(
      body.rows.map((r: { key: string; incidents: number }) => [r.key, r.incidents]),
      [
        ['violation', 5],
        ['complaint', 3],
        ['case_opened', 2],
        ['sent_to_court', 1],
        ['conviction', 1],
      ],
    );
    assert.equal(body.figures.convictionShare, 0.2);
  });

  test('state actors and the authorities’ reply rate', async () => {
    assert.deepEqual((await stat('state_actor_share')).figures, {
      stateIncidents: 1,
      knownActor: 2,
      share: 0.5,
    });
    const replies = (await stat('reply_rate')).figures;
    assert.deepEqual(replies, {
      sent: 2,
      replied: 1,
      substantive: 0,
      overdue: 1,
      replyRate: 0.5,
      substantiveRate: 0,
    });
  });

  test('the year-to-date sentence counts the year in three languages', async () => {
    const internal = await stat('year_to_date_summary', 'year=2024&asOf=2024-12-31&organisation=Adil%20Soz');
    assert.equal(
      internal.sentences.en,
      // Largest first; equal counts in group order (C threats, D property, I surveillance).
      'Since the beginning of 2024, Adil Soz has recorded 2 attacks on journalists, 1 threat, 1 attack on property, and 1 case of surveillance.',
    );
    assert.ok(internal.sentences.ru.includes('2 нападения на журналистов'));
    const pub = await stat(
      'year_to_date_summary',
      'year=2024&asOf=2024-12-31&organisation=Adil%20Soz',
      'public',
    );
    assert.ok(
      !pub.sentences.en.includes('surveillance'),
      'the withheld count is left out of the public sentence',
    );
  });

  test('bad parameters and unknown statistics', async () => {
    const bad = await t.get('/api/v1/statistics/incidents_by_type?period=decade');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.details[0].path, 'period');
    assert.equal((await t.get('/api/v1/statistics/incidents_by_type?colour=red')).status, 400);
    assert.equal((await t.get('/api/v1/statistics/nothing')).status, 404);
    const list = await t.get('/api/v1/statistics', 'public');
    assert.ok(list.body.items.length >= 10);
    assert.ok(list.body.items.every((s: { parameters: { type: string } }) => s.parameters.type === 'object'));
  });
  test('after every kind of write, the kept counts equal a recount from scratch', async () => {
    const all = (await t.get('/api/v1/incidents?limit=200')).body.items;
    const read = async (id: string) => (await t.get(`/api/v1/incidents/${id}`)).body;
    const moved = await read(all[0].id);
    const put = await t.put(`/api/v1/incidents/${moved.id}`, {
      ...buildIncident({ date: { start: '2022-05-05' }, place: { country: 'KZ', region: 'KZ-KAR' } }),
      victims: moved.victims.map((v: { personId: string }) => ({ key: v.personId, personId: v.personId })),
      violations: [{ typeCode: 'blocking', victim: null }],
      version: moved.version,
    });
    assert.equal(put.status, 200, put.text);
    const removed = await read(all[1].id);
    assert.equal((await t.delete(`/api/v1/incidents/${removed.id}?version=${removed.version}`)).status, 204);
    await t.put(`/api/v1/incidents/${all[2].id}/accountability-override`, {
      status: 'justice',
      reason: 'test',
    });
    const snapshot = async () => ({
      cells: (
        await sql`SELECT * FROM statistic_cells WHERE incidents <> 0 ORDER BY 1, 2, 3, 4, 5, 6`.execute(t.db)
      ).rows,
      accountability: (
        await sql`SELECT * FROM accountability_cells WHERE incidents <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7`.execute(
          t.db,
        )
      ).rows,
    });
    const kept = await snapshot();
    assert.ok(kept.cells.length > 5);
    await rebuildCells(t.db);
    assert.deepEqual(kept, await snapshot());
  });
});
