import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';

const t = useTestApp();

describe('incident documents', () => {
  test('create returns the whole document with a reference, victims, violations and sources', async () => {
    const res = await t.post('/api/v1/incidents', buildIncident({ date: { start: '2023-02-20' } }));
    assert.equal(res.status, 201);
    assert.match(res.body.reference, /^KZ-2023-\d{4}$/);
    assert.equal(res.headers.get('location'), `/api/v1/incidents/${res.body.id}`);
    assert.deepEqual(res.body.date, { start: '2023-02-20', precision: 'day', end: null });
    assert.equal(res.body.victims.length, 1);
    assert.equal(res.body.violations[0].victim, res.body.victims[0].personId);
    assert.equal(res.body.violations[0].typeCode, 'assault');
    assert.equal(res.body.sources.length, 1);
    assert.equal(res.body.version, 1);
    const read = await t.get(`/api/v1/incidents/${res.body.reference}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, res.body);
  });

  test('references count up per country and year', async () => {
    const a = await t.post('/api/v1/incidents', buildIncident({ date: { start: '1999-05' } }));
    const b = await t.post('/api/v1/incidents', buildIncident({ date: { start: '1999' } }));
    assert.equal(a.body.reference, 'KZ-1999-0001');
    assert.equal(b.body.reference, 'KZ-1999-0002');
    assert.deepEqual(a.body.date, { start: '1999-05', precision: 'month', end: null });
    assert.deepEqual(b.body.date, { start: '1999', precision: 'year', end: null });
  });

  test('the region is taken from the city when only the city is given', async () => {
    const res = await t.post(
      '/api/v1/incidents',
      buildIncident({ place: { country: 'KZ', city: 'KZ-AKM-kokshetau' } }),
    );
    assert.equal(res.status, 201);
    assert.equal(res.body.place.region, 'KZ-AKM');
  });

  test('update replaces the document, keeps child ids it is sent, and bumps the version', async () => {
    const created = (await t.post('/api/v1/incidents', buildIncident())).body;
    const personId = created.victims[0].personId;
    const violationId = created.violations[0].id;
    const doc = {
      ...buildIncident({ title: { en: 'Updated title' }, description: { en: 'Now with two acts.' } }),
      victims: [{ key: 'a', personId }],
      violations: [
        { id: violationId, typeCode: 'assault', victim: 'a' },
        { typeCode: 'equipment_damage', victim: 'a' },
      ],
      sources: [],
      version: 1,
    };
    const res = await t.put(`/api/v1/incidents/${created.id}`, doc);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.version, 2);
    assert.equal(res.body.title.en, 'Updated title');
    assert.equal(res.body.violations[0].id, violationId);
    assert.equal(res.body.violations.length, 2);
    assert.equal(res.body.sources.length, 0);
    assert.equal(res.body.reference, created.reference);
  });

  test('a stale version is refused with 409 and changes nothing', async () => {
    const created = (await t.post('/api/v1/incidents', buildIncident())).body;
    const first = await t.put(
      `/api/v1/incidents/${created.id}`,
      buildIncident({ title: { en: 'First' }, version: 1 }),
    );
    assert.equal(first.status, 200);
    const stale = await t.put(
      `/api/v1/incidents/${created.id}`,
      buildIncident({ title: { en: 'Second' }, version: 1 }),
    );
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'version_conflict');
    assert.deepEqual(stale.body.error.details[0].path, 'version');
    const read = await t.get(`/api/v1/incidents/${created.id}`);
    assert.equal(read.body.title.en, 'First');
    assert.equal(read.body.version, 2);
  });

  test('delete needs the current version, removes the incident, and keeps its history', async () => {
    const created = (await t.post('/api/v1/incidents', buildIncident())).body;
    const stale = await t.delete(`/api/v1/incidents/${created.id}?version=7`);
    assert.equal(stale.status, 409);
    const missingVersion = await t.delete(`/api/v1/incidents/${created.id}`);
    assert.equal(missingVersion.status, 400);
    const res = await t.delete(`/api/v1/incidents/${created.id}?version=1`);
    assert.equal(res.status, 204);
    assert.equal((await t.get(`/api/v1/incidents/${created.id}`)).status, 404);
    const history = await t.get(`/api/v1/incidents/${created.id}/history`);
    assert.deepEqual(
      history.body.items.map((e: { action: string }) => e.action),
      ['incident.created', 'incident.deleted'],
    );
    const violations = await t.db
      .selectFrom('violations')
      .select('id')
      .where('incident_id', '=', created.id)
      .execute();
    assert.equal(violations.length, 0);
  });

  test('an unknown id or reference is 404 with a stable code', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'KZ-1900-0001', 'nonsense']) {
      const res = await t.get(`/api/v1/incidents/${id}`);
      assert.equal(res.status, 404);
      assert.equal(res.body.error.code, 'incident_not_found');
    }
    const put = await t.put(
      '/api/v1/incidents/00000000-0000-4000-8000-000000000000',
      buildIncident({ version: 1 }),
    );
    assert.equal(put.status, 404);
  });
});

describe('audit', () => {
  test('every write records who, what and a field-level diff in the same transaction', async () => {
    const before = await countRows(t.db, 'audit_events');
    const created = (await t.post('/api/v1/incidents', buildIncident({ title: { en: 'Audited' } }))).body;
    // One event for the new victim, one for the incident.
    assert.equal(await countRows(t.db, 'audit_events'), before + 2);
    await t.put(`/api/v1/incidents/${created.id}`, {
      ...buildIncident({ title: { en: 'Audited again' } }),
      victims: [{ key: 'v', personId: created.victims[0].personId }],
      violations: [{ id: created.violations[0].id, typeCode: 'assault', victim: 'v' }],
      sources: [],
      version: 1,
    });
    const history = await t.get(`/api/v1/incidents/${created.id}/history`);
    assert.equal(history.status, 200);
    const [create, update] = history.body.items;
    assert.equal(create.action, 'incident.created');
    assert.equal(create.actor, t.accounts.administrator);
    assert.equal(create.actorUsername, 'test-administrator');
    assert.equal(update.action, 'incident.updated');
    const titleChange = update.changes.find((c: { path: string }) => c.path === 'title.en');
    assert.deepEqual(titleChange, { path: 'title.en', before: 'Audited', after: 'Audited again' });
    assert.ok(update.changes.some((c: { path: string }) => c.path === 'version'));
  });

  test('a write that fails midway leaves neither the record nor its audit event', async () => {
    const incidents = await countRows(t.db, 'incidents');
    const audit = await countRows(t.db, 'audit_events');
    const people = await countRows(t.db, 'people');
    // The first new person is valid and is inserted before the second one's unknown role fails.
    const res = await t.post(
      '/api/v1/incidents',
      buildIncident({
        victims: [
          { key: 'v1', person: buildPerson() },
          { key: 'v2', person: buildPerson({ roles: ['no_such_role'] }) },
        ],
      }),
    );
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.error.details, [{ path: 'victims.1.person.roles.0', code: 'unknown_code' }]);
    assert.equal(await countRows(t.db, 'incidents'), incidents);
    assert.equal(await countRows(t.db, 'audit_events'), audit);
    assert.equal(await countRows(t.db, 'people'), people);
  });

  test('history needs the token', async () => {
    const created = (await t.post('/api/v1/incidents', buildIncident())).body;
    const res = await t.get(`/api/v1/incidents/${created.id}/history`, 'public');
    assert.equal(res.status, 401);
  });
});
