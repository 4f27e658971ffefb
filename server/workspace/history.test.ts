import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../test/helpers/app.js';
import { buildPerson } from '../../test/helpers/factories.js';
import { signedIn } from '../../test/helpers/workspace.js';

const t = useTestApp();

describe('the history of people, outlets, statements and letters', () => {
  test('every change is listed with who made it, and any earlier version can be read', async () => {
    const person = (await t.post('/api/v1/people', buildPerson({ name: 'Gulnara First' }), 'monitor')).body;
    await t.put(
      `/api/v1/people/${person.id}`,
      { ...buildPerson({ name: 'Gulnara Second' }), version: 1 },
      'editor',
    );
    const viewer = await signedIn(t, 'viewer');
    const page = await viewer.get(`/en/workspace/people/${person.id}`);
    assert.ok(
      page.html.includes(`/en/workspace/history/person/${person.id}`),
      'the person’s page links its history',
    );
    const history = await viewer.get(`/en/workspace/history/person/${person.id}`);
    assert.equal(history.status, 200);
    const ids = [...history.html.matchAll(/data-audit="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(ids.length, 2);
    assert.ok(
      history.html.includes('test-monitor') && history.html.includes('test-editor'),
      'who changed it',
    );
    const first = await viewer.get(`/en/workspace/history/person/${person.id}?at=${Math.min(...ids)}`);
    assert.ok(
      first.html.includes('<dd>Gulnara First</dd>') && !first.html.includes('<dd>Gulnara Second</dd>'),
    );
    assert.ok(
      history.html.includes('changed “Name” from Gulnara First to Gulnara Second.'),
      'the change as a sentence, with the field’s label',
    );
    const letter = (
      await t.post('/api/v1/interventions', { kind: 'letter', title: { en: 'Letter to the akimat' } })
    ).body;
    const letterHistory = await viewer.get(`/kk/workspace/history/intervention/${letter.id}`);
    assert.equal(letterHistory.status, 200);
    assert.ok(letterHistory.html.includes('Letter to the akimat'));
    assert.equal(
      (await viewer.get('/en/workspace/history/person/00000000-0000-4000-8000-000000000000')).status,
      404,
    );
  });
});
