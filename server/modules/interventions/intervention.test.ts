import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';

const t = useTestApp();

const letter = (overrides: Record<string, unknown>) => ({
  kind: 'email',
  issuedOn: '2023-02-23',
  title: { en: 'Email to the Ministry of Internal Affairs' },
  addressee: 'Ministry of Internal Affairs of Kazakhstan',
  deadline: '2023-03-23',
  ...overrides,
});

describe('interventions and replies', () => {
  test('a letter with no reply past its deadline is overdue, and its incident awaits a reply', async () => {
    const incident = (await t.post('/api/v1/incidents', buildIncident())).body;
    const sent = await t.post('/api/v1/interventions', letter({ incidentIds: [incident.id] }));
    assert.equal(sent.status, 201, sent.text);
    assert.equal(sent.body.overdue, true);
    assert.deepEqual(sent.body.incidentIds, [incident.id]);
    const overdue = await t.get('/api/v1/interventions?overdue=true', 'public');
    assert.deepEqual(
      overdue.body.items.map((i: { id: string }) => i.id),
      [sent.body.id],
    );
    const awaiting = await t.get('/api/v1/incidents?awaitingReply=true');
    assert.deepEqual(
      awaiting.body.items.map((i: { id: string }) => i.id),
      [incident.id],
    );

    const replied = await t.put(
      `/api/v1/interventions/${sent.body.id}`,
      letter({
        incidentIds: [incident.id],
        replyStatus: 'formal',
        replyOn: '2023-04-01',
        replyText: 'Your letter was forwarded.',
        version: 1,
      }),
    );
    assert.equal(replied.status, 200, replied.text);
    assert.equal(replied.body.overdue, false);
    assert.equal((await t.get('/api/v1/interventions?overdue=true')).body.items.length, 0);
    assert.equal((await t.get('/api/v1/incidents?awaitingReply=true')).body.total, 0);
    const stale = await t.put(`/api/v1/interventions/${sent.body.id}`, letter({ version: 1 }));
    assert.equal(stale.status, 409);
  });

  test('the public sees public statements and only the public incidents they concern', async () => {
    const open = (await t.post('/api/v1/incidents', buildIncident())).body;
    const hidden = (await t.post('/api/v1/incidents', buildIncident({ visibility: 'confidential' }))).body;
    const statement = (
      await t.post('/api/v1/interventions', {
        kind: 'statement',
        issuedOn: '2023-02-23',
        title: { en: 'CPJ calls on authorities' },
        incidentIds: [open.id, hidden.id],
      })
    ).body;
    const restricted = (
      await t.post('/api/v1/interventions', {
        kind: 'meeting',
        title: { en: 'Private meeting' },
        visibility: 'restricted',
      })
    ).body;
    const pub = await t.get(`/api/v1/interventions/${statement.id}`, 'public');
    assert.deepEqual(pub.body.incidentIds, [open.id]);
    assert.equal(pub.body.visibility, undefined);
    assert.equal((await t.get(`/api/v1/interventions/${restricted.id}`, 'public')).status, 404);
    assert.ok(!(await t.get('/api/v1/interventions', 'public')).text.includes('Private meeting'));
    const byIncident = await t.get(`/api/v1/interventions?incidentId=${open.id}`);
    assert.deepEqual(
      byIncident.body.items.map((i: { id: string }) => i.id),
      [statement.id],
    );
  });

  test('bad input changes nothing', async () => {
    const before = await countRows(t.db, 'interventions');
    const cases = [
      letter({ replyStatus: 'none_yet', replyText: 'but a reply' }),
      letter({ deadline: '2023-01-01' }),
      letter({ incidentIds: ['00000000-0000-4000-8000-000000000000'] }),
      letter({ kind: 'pigeon' }),
      letter({ issuedOn: '2023-02-31' }),
    ];
    for (const body of cases)
      assert.ok([422].includes((await t.post('/api/v1/interventions', body)).status), JSON.stringify(body));
    assert.equal(await countRows(t.db, 'interventions'), before);
  });
});

describe('country context', () => {
  test('press-freedom index rank by year, one per year', async () => {
    const rank = {
      country: 'KZ',
      indicator: 'rsf_press_freedom_index',
      year: 2021,
      rank: 155,
      outOf: 180,
      zone: 'red',
      source: 'Adil Soz, 2 Nov 2021',
      sourceExcerpt: 'Kazakhstan ranked 155 out of 180 in the Press Freedom Index',
    };
    const created = await t.post('/api/v1/indicators', rank);
    assert.equal(created.status, 201, created.text);
    assert.equal((await t.post('/api/v1/indicators', rank)).status, 409);
    assert.equal((await t.post('/api/v1/indicators', { ...rank, year: 2022, rank: 181 })).status, 422);
    const list = await t.get('/api/v1/indicators?country=KZ', 'public');
    assert.deepEqual(
      list.body.items.map((i: { year: number; rank: number }) => [i.year, i.rank]),
      [[2021, 155]],
    );
    const updated = await t.put(`/api/v1/indicators/${created.body.id}`, {
      ...rank,
      score: 50.2,
      version: 1,
    });
    assert.equal(updated.body.score, 50.2);
  });

  test('figures other organisations published, mapped to typology groups', async () => {
    const figure = {
      organisation: 'Adil Soz',
      country: 'KZ',
      periodStart: '2021-01-01',
      periodEnd: '2021-11-02',
      category: { en: 'threats' },
      typeCodes: ['C', 'threat'],
      count: 30,
      publishedOn: '2021-11-02',
    };
    assert.equal((await t.post('/api/v1/published-figures', figure)).status, 201);
    const bad = await t.post('/api/v1/published-figures', { ...figure, typeCodes: ['not_a_code'] });
    assert.deepEqual(bad.body.error.details, [{ path: 'typeCodes.0', code: 'unknown_code' }]);
    const reversed = await t.post('/api/v1/published-figures', { ...figure, periodEnd: '2020-01-01' });
    assert.equal(reversed.status, 422);
    const list = await t.get('/api/v1/published-figures', 'public');
    assert.equal(list.body.items[0].count, 30);
  });
});
