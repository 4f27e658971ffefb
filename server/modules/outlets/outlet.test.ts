import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';

const t = useTestApp();

describe('outlets and people', () => {
  test('outlets: create, find by name or alias, update with version, delete', async () => {
    const created = await t.post('/api/v1/outlets', {
      name: 'Ak Zhaiyk',
      names: { kk: 'Ақ Жайық' },
      aliases: ['Ак Жайык'],
      type: 'newspaper',
      country: 'KZ',
    });
    assert.equal(created.status, 201);
    assert.equal((await t.get('/api/v1/outlets?q=zhaiyk', 'public')).body.items.length, 1);
    assert.equal(
      (await t.get(`/api/v1/outlets?q=${encodeURIComponent('Жайык')}`, 'public')).body.items.length,
      1,
    );
    const updated = await t.put(`/api/v1/outlets/${created.body.id}`, {
      name: 'Ak Zhaiyk',
      type: 'news_website',
      version: 1,
    });
    assert.equal(updated.body.type, 'news_website');
    const badType = await t.post('/api/v1/outlets', { name: 'X', type: 'carrier_pigeon' });
    assert.deepEqual(badType.body.error.details, [{ path: 'type', code: 'unknown_code' }]);
    assert.equal((await t.delete(`/api/v1/outlets/${created.body.id}?version=2`)).status, 204);
    assert.equal((await t.get(`/api/v1/outlets/${created.body.id}`, 'public')).status, 404);
  });

  test('people: found by any spelling; a victim cannot be deleted; history records changes', async () => {
    const outlet = (await t.post('/api/v1/outlets', { name: 'Giperborei', type: 'youtube_channel' })).body;
    const person = await t.post('/api/v1/people', {
      name: 'Вадим Борейко',
      names: { en: 'Vadim Boreiko' },
      roles: ['journalist'],
      outletIds: [outlet.id],
    });
    assert.equal(person.status, 201);
    assert.deepEqual(person.body.outletIds, [outlet.id]);
    for (const q of ['Boreiko', 'boreyko', 'Борейко', 'vadim']) {
      const found = await t.get(`/api/v1/people?q=${encodeURIComponent(q)}`);
      assert.deepEqual(
        found.body.items.map((p: { id: string }) => p.id),
        [person.body.id],
        q,
      );
    }
    const unknownOutlet = await t.post('/api/v1/people', {
      name: 'X',
      outletIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.deepEqual(unknownOutlet.body.error.details, [{ path: 'outletIds.0', code: 'unknown_id' }]);
    const incident = await t.post(
      '/api/v1/incidents',
      buildIncident({
        victims: [{ key: 'b', personId: person.body.id }],
        violations: [{ typeCode: 'threat', victim: 'b' }],
      }),
    );
    assert.equal(incident.status, 201);
    const refused = await t.delete(`/api/v1/people/${person.body.id}?version=1`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'still_referenced');
    assert.equal((await t.delete(`/api/v1/outlets/${outlet.id}?version=1`)).status, 409);
    const renamed = await t.put(`/api/v1/people/${person.body.id}`, {
      name: 'Vadim Boreiko',
      roles: ['journalist', 'media_manager'],
      outletIds: [outlet.id],
      version: 1,
    });
    assert.equal(renamed.status, 200, renamed.text);
    // The incident's filters follow the person's roles.
    assert.equal((await t.get('/api/v1/incidents?victimRole=media_manager')).body.total, 1);
    const history = await t.get(`/api/v1/people/${person.body.id}/history`);
    assert.deepEqual(
      history.body.items.map((e: { action: string }) => e.action),
      ['person.created', 'person.updated'],
    );
    assert.ok(
      history.body.items[1].changes.some(
        (c: { path: string; before: unknown }) => c.path === 'name' && c.before === 'Вадим Борейко',
      ),
    );
  });
});
