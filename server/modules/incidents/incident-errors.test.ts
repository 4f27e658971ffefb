import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, type TestResponse, useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';

const t = useTestApp();

/** Asserts the error shape and that no incident, person or audit event was written. */
async function expectRefused(send: () => Promise<TestResponse>, status: number, code: string) {
  const counts = await Promise.all(
    (['incidents', 'people', 'violations', 'sources', 'audit_events'] as const).map((n) =>
      countRows(t.db, n),
    ),
  );
  const res = await send();
  assert.equal(res.status, status, res.text);
  assert.equal(res.body.error.code, code);
  assert.equal(typeof res.body.error.message, 'string');
  assert.ok(Array.isArray(res.body.error.details));
  const after = await Promise.all(
    (['incidents', 'people', 'violations', 'sources', 'audit_events'] as const).map((n) =>
      countRows(t.db, n),
    ),
  );
  assert.deepEqual(after, counts, 'a refused request must write nothing');
  return res.body.error.details as { path: string; code: string }[];
}

const post = (json: unknown) => () => t.post('/api/v1/incidents', json);

describe('bad input gets a clear error and changes nothing', () => {
  test('malformed JSON → 400 invalid_json', async () => {
    await expectRefused(
      () =>
        t.request('POST', '/api/v1/incidents', {
          body: '{"title": {"en": "x"',
          headers: { 'content-type': 'application/json' },
        }),
      400,
      'invalid_json',
    );
  });

  test('unknown fields → 422 with the field path', async () => {
    const details = await expectRefused(
      post({ ...buildIncident(), colour: 'red' }),
      422,
      'validation_failed',
    );
    assert.deepEqual(details, [{ path: 'colour', code: 'unknown_field' }]);
    const nested = await expectRefused(
      post(buildIncident({ place: { country: 'KZ', town: 'x' } })),
      422,
      'validation_failed',
    );
    assert.ok(nested.some((d) => d.path === 'place.town' && d.code === 'unknown_field'));
  });

  test('wrong types → 422 invalid_type at the path', async () => {
    const details = await expectRefused(
      post(buildIncident({ visibility: 3, violations: 'assault' })),
      422,
      'validation_failed',
    );
    assert.ok(details.some((d) => d.path === 'visibility'));
    assert.ok(details.some((d) => d.path === 'violations' && d.code === 'invalid_type'));
  });

  test('impossible dates and an end before the start → 422', async () => {
    for (const start of ['2023-02-30', '2023-13', '2023-2-1', '23']) {
      const details = await expectRefused(post(buildIncident({ date: { start } })), 422, 'validation_failed');
      assert.deepEqual(
        details.map((d) => [d.path, d.code]),
        [['date.start', 'invalid_date']],
      );
    }
    const end = await expectRefused(
      post(buildIncident({ date: { start: '2023-02-20', end: '2023-02-19' } })),
      422,
      'validation_failed',
    );
    assert.deepEqual(
      end.map((d) => [d.path, d.code]),
      [['date.end', 'end_before_start']],
    );
    const leap = await expectRefused(
      post(buildIncident({ date: { start: '2023-02-29' } })),
      422,
      'validation_failed',
    );
    assert.equal(leap[0]?.path, 'date.start');
    assert.equal(
      (await t.post('/api/v1/incidents', buildIncident({ date: { start: '2024-02-29' } }))).status,
      201,
    );
  });

  test('unknown vocabulary and place codes → 422 unknown_code at each path', async () => {
    const details = await expectRefused(
      post(
        buildIncident({
          place: { country: 'KZ', region: 'KZ-XXX', city: 'KZ-SEV-nowhere', type: 'spaceship' },
          violations: [{ typeCode: 'tickling', victim: 'v1' }],
          sources: [{ type: 'rumour' }],
        }),
      ),
      422,
      'unknown_code',
    );
    const paths = details.map((d) => d.path).sort();
    assert.deepEqual(paths, [
      'place.city',
      'place.region',
      'place.type',
      'sources.0.type',
      'violations.0.typeCode',
    ]);
    const country = await expectRefused(
      post(buildIncident({ place: { country: 'ZZ' } })),
      422,
      'unknown_code',
    );
    assert.deepEqual(country, [{ path: 'place.country', code: 'unknown_code' }]);
    const wrongRegion = await expectRefused(
      post(buildIncident({ place: { country: 'KZ', region: 'KZ-AKM', city: 'KZ-SEV-petropavlovsk' } })),
      422,
      'unknown_code',
    );
    assert.equal(wrongRegion[0]?.code, 'not_in_region');
  });

  test('a violation naming a victim key that does not exist → 422', async () => {
    const details = await expectRefused(
      post(buildIncident({ violations: [{ typeCode: 'assault', victim: 'ghost' }] })),
      422,
      'validation_failed',
    );
    assert.deepEqual(
      details.map((d) => [d.path, d.code]),
      [['violations.0.victim', 'unknown_victim_key']],
    );
  });

  test('a victim id that does not exist → 422', async () => {
    const details = await expectRefused(
      post(buildIncident({ victims: [{ key: 'v1', personId: '00000000-0000-4000-8000-000000000000' }] })),
      422,
      'unknown_code',
    );
    assert.deepEqual(details, [{ path: 'victims.0.personId', code: 'unknown_id' }]);
  });

  test('a body over 1 MiB → 413', async () => {
    const huge = buildIncident({ description: { en: 'x'.repeat(1024 * 1024 + 10) } });
    await expectRefused(post(huge), 413, 'payload_too_large');
  });

  test('a body that is not application/json → 415', async () => {
    await expectRefused(
      () =>
        t.request('POST', '/api/v1/incidents', {
          body: JSON.stringify(buildIncident()),
          headers: { 'content-type': 'text/plain' },
        }),
      415,
      'unsupported_media_type',
    );
    await expectRefused(
      () =>
        t.request('POST', '/api/v1/incidents', {
          body: 'title=x',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      415,
      'unsupported_media_type',
    );
  });

  test('writes without the token → 401; a wrong token → 401', async () => {
    await expectRefused(() => t.post('/api/v1/incidents', buildIncident(), 'public'), 401, 'unauthorized');
    await expectRefused(
      () =>
        t.request('POST', '/api/v1/incidents', {
          as: 'public',
          json: buildIncident(),
          headers: { authorization: 'Bearer wrong' },
        }),
      401,
      'unauthorized',
    );
  });

  test('a unique violation → 409', async () => {
    const outlet = { name: 'Duplicate Daily', type: 'newspaper', country: 'KZ' };
    assert.equal((await t.post('/api/v1/outlets', outlet)).status, 201);
    const outlets = await countRows(t.db, 'outlets');
    const res = await t.post('/api/v1/outlets', { ...outlet, name: 'DUPLICATE DAILY' });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, 'already_exists');
    assert.equal(await countRows(t.db, 'outlets'), outlets);
  });

  test('bad query parameters → 400 invalid_query', async () => {
    for (const query of [
      'from=2023-02-30',
      'limit=0',
      'limit=abc',
      'group=Z',
      'sort=random',
      'cursor=not-a-cursor',
      'colour=red',
    ]) {
      const res = await t.get(`/api/v1/incidents?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.error.code, 'invalid_query', query);
      assert.ok(res.body.error.details.length > 0, query);
    }
  });

  test('an unknown address → 404 not_found in the same shape', async () => {
    const res = await t.get('/api/v1/nothing-here');
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, 'not_found');
  });
});
