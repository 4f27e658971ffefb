import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';

const t = useTestApp();

const reported = (overrides: Record<string, unknown> = {}) =>
  buildIncident({ verification: 'reported', visibility: 'restricted', ...overrides });

describe('the verification workflow', () => {
  test('reported → verifying (a monitor) → verified → published (an editor), and back', async () => {
    const created = (await t.post('/api/v1/incidents', reported(), 'monitor')).body;
    const move = (to: string, version: number, as: 'monitor' | 'editor') =>
      t.post(`/api/v1/incidents/${created.id}/verification`, { to, version }, as);
    const verifying = await move('verifying', 1, 'monitor');
    assert.equal(verifying.status, 200, verifying.text);
    assert.equal(verifying.body.verification, 'verifying');
    assert.equal((await move('verified', 2, 'monitor')).status, 403, 'monitors cannot verify');
    assert.equal((await move('published', 2, 'editor')).status, 409, 'no publishing before verification');
    assert.equal((await move('verified', 2, 'editor')).body.verification, 'verified');
    assert.equal(
      (await t.get(`/api/v1/incidents/${created.id}`, 'public')).status,
      404,
      'verified but still restricted',
    );
    const published = await move('published', 3, 'editor');
    assert.deepEqual([published.body.verification, published.body.visibility], ['published', 'public']);
    assert.equal((await t.get(`/api/v1/incidents/${created.id}`, 'public')).status, 200, 'on the portal now');
    const withdrawn = await move('verified', 4, 'editor');
    assert.deepEqual([withdrawn.body.verification, withdrawn.body.visibility], ['verified', 'restricted']);
    assert.equal((await t.get(`/api/v1/incidents/${created.id}`, 'public')).status, 404);
    assert.equal((await move('verifying', 1, 'editor')).status, 409, 'a stale version is refused');
    const history = (await t.get(`/api/v1/incidents/${created.id}/history`)).body.items;
    assert.deepEqual(
      history.flatMap((h: { changes: { path: string; after: unknown }[] }) =>
        h.changes.filter((c) => c.path === 'verification').map((c) => c.after),
      ),
      ['reported', 'verifying', 'verified', 'published', 'verified'].slice(1),
    );
  });

  test('a confidential incident cannot be published, and merged is reached only by merging', async () => {
    const secret = (await t.post('/api/v1/incidents', buildIncident({ visibility: 'confidential' }))).body;
    const res = await t.post(
      `/api/v1/incidents/${secret.id}/verification`,
      { to: 'published', version: 1 },
      'editor',
    );
    assert.equal(res.status, 409);
    assert.equal(
      (await t.post(`/api/v1/incidents/${secret.id}/verification`, { to: 'merged', version: 1 })).status,
      422,
    );
    const viaDocument = await t.put(`/api/v1/incidents/${secret.id}`, {
      ...buildIncident({ verification: 'merged' }),
      version: 1,
    });
    assert.equal(viaDocument.status, 422);
  });

  test('assignment and internal comments', async () => {
    const created = (await t.post('/api/v1/incidents', reported())).body;
    const assigned = await t.put(
      `/api/v1/incidents/${created.id}/assignment`,
      { accountId: t.accounts.monitor },
      'editor',
    );
    assert.equal(assigned.status, 200, assigned.text);
    assert.equal((await t.get(`/api/v1/incidents/${created.id}`)).body.assignedTo, t.accounts.monitor);
    assert.equal(
      (await t.put(`/api/v1/incidents/${created.id}/assignment`, { accountId: t.accounts.monitor }, 'viewer'))
        .status,
      403,
    );
    assert.equal(
      (
        await t.put(`/api/v1/incidents/${created.id}/assignment`, {
          accountId: '00000000-0000-4000-8000-000000000000',
        })
      ).status,
      422,
    );
    const first = await t.post(
      `/api/v1/incidents/${created.id}/comments`,
      { body: 'Called the editor: confirmed.' },
      'viewer',
    );
    assert.equal(first.status, 201, first.text);
    await t.post(`/api/v1/incidents/${created.id}/comments`, { body: 'Need the police report.' }, 'lawyer');
    const list = (await t.get(`/api/v1/incidents/${created.id}/comments`, 'monitor')).body.items;
    assert.deepEqual(
      list.map((c: { body: string }) => c.body),
      ['Called the editor: confirmed.', 'Need the police report.'],
    );
    assert.equal(list[0].authorName, 'test-viewer');
    assert.equal((await t.get(`/api/v1/incidents/${created.id}/comments`, 'public')).status, 401);
    assert.equal((await t.post(`/api/v1/incidents/${created.id}/comments`, { body: '' })).status, 422);
  });
});

describe('duplicates', () => {
  test('the same victim within a few days with an overlapping typology is a candidate; merging moves links and sources', async () => {
    const person = (await t.post('/api/v1/people', buildPerson({ name: 'Dina Duplicate' }))).body;
    const victim = [{ key: 'v', personId: person.id }];
    const original = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          date: { start: '2023-05-10' },
          victims: victim,
          violations: [{ typeCode: 'assault', victim: 'v' }],
          title: { en: 'Reporter beaten outside the court' },
          description: { en: 'Attacked after the hearing by two men.' },
        }),
      )
    ).body;
    const repeat = (
      await t.post(
        '/api/v1/incidents',
        reported({
          date: { start: '2023-05-12' },
          victims: victim,
          violations: [
            { typeCode: 'assault', victim: 'v' },
            { typeCode: 'threat', victim: 'v' },
          ],
          title: { en: 'Journalist assaulted near courthouse' },
          description: { en: 'Two men struck him as he left the hearing.' },
          sources: [
            {
              type: 'media_report',
              url: 'https://example.org/court-beating',
              title: 'Report',
              language: 'en',
            },
            { ...original.sources[0], id: undefined },
          ].map(({ id: _id, ...s }) => s),
        }),
      )
    ).body;
    const far = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          date: { start: '2023-09-01' },
          victims: victim,
          violations: [{ typeCode: 'assault', victim: 'v' }],
          title: { en: 'Threat after an article on land sales' },
          description: { en: 'Phoned and told to stop writing.' },
        }),
      )
    ).body;
    const candidates = (await t.get(`/api/v1/incidents/${repeat.id}/duplicates`)).body.items;
    assert.deepEqual(
      candidates.map((c: { reference: string }) => c.reference),
      [original.reference],
      JSON.stringify(candidates),
    );
    assert.deepEqual(candidates[0].reasons, ['same_victim']);
    assert.ok(!candidates.some((c: { id: string }) => c.id === far.id), 'months apart is not the same event');

    const letter = (
      await t.post('/api/v1/interventions', {
        kind: 'letter',
        title: { en: 'Letter' },
        incidentIds: [repeat.id],
      })
    ).body;
    await t.post(`/api/v1/incidents/${repeat.id}/comments`, { body: 'Same as the court beating?' });
    assert.equal(
      (
        await t.post(
          `/api/v1/incidents/${repeat.id}/merge`,
          { into: original.id, version: 1, reason: 'Same beating' },
          'monitor',
        )
      ).status,
      403,
    );
    const merged = await t.post(
      `/api/v1/incidents/${repeat.id}/merge`,
      { into: original.id, version: 1, reason: 'The same beating at the court, reported twice' },
      'editor',
    );
    assert.equal(merged.status, 200, merged.text);
    assert.deepEqual(
      merged.body.violations.map((v: { typeCode: string }) => v.typeCode).sort(),
      ['assault', 'threat'],
      'the missing violation moved',
    );
    assert.deepEqual(
      merged.body.sources.map((s: { url: string }) => s.url).sort(),
      [original.sources[0].url, 'https://example.org/court-beating'].sort(),
      'the new source moved, the repeated one did not',
    );
    assert.deepEqual((await t.get(`/api/v1/interventions/${letter.id}`)).body.incidentIds, [original.id]);
    assert.equal((await t.get(`/api/v1/incidents/${original.id}/comments`)).body.items.length, 1);

    const old = await t.app.request(`/api/v1/incidents/${repeat.reference}`, {
      headers: { authorization: `Bearer ${t.tokens.administrator}` },
    });
    assert.equal(old.status, 301);
    assert.equal(old.headers.get('location'), `/api/v1/incidents/${original.reference}`);
    assert.equal(
      (await t.app.request(`/api/v1/incidents/${repeat.reference}`)).status,
      301,
      'the public too, as the target is public',
    );
    const stale = await t.put(`/api/v1/incidents/${repeat.id}`, { ...reported(), version: 2 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'incident_merged');
    assert.equal(
      (await t.delete(`/api/v1/incidents/${original.id}?version=${merged.body.version}`)).status,
      409,
    );
    const history = (await t.get(`/api/v1/incidents/${original.id}/history`)).body.items;
    assert.ok(
      history.some((h: { changes: { path: string; after: unknown }[] }) =>
        h.changes.some((c) => c.path === 'mergedFrom' && c.after === repeat.reference),
      ),
    );
    assert.equal(
      (
        await t.post(`/api/v1/incidents/${repeat.id}/merge`, {
          into: original.id,
          version: 2,
          reason: 'Again',
        })
      ).status,
      409,
      'merged once',
    );
  });

  test('a very similar text is a candidate at any date', async () => {
    const text = 'Cameraman of Channel Seven detained by police while filming protest at Zhanaozen square';
    const a = (
      await t.post('/api/v1/incidents', buildIncident({ date: { start: '2021-01-05' }, title: { en: text } }))
    ).body;
    const b = (
      await t.post(
        '/api/v1/incidents',
        reported({ date: { start: '2022-03-01' }, title: { en: `${text}, footage confiscated` } }),
      )
    ).body;
    const candidates = (await t.get(`/api/v1/incidents/${b.id}/duplicates`)).body.items;
    const found = candidates.find((c: { id: string }) => c.id === a.id);
    assert.ok(found, JSON.stringify(candidates));
    assert.deepEqual(found.reasons, ['similar_text']);
    assert.ok(found.similarity >= 0.5);
  });
});
