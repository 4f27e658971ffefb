import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';

const t = useTestApp();
const labels = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

describe('vocabularies', () => {
  test('are public, with labels, definitions and crosswalks', async () => {
    const list = await t.get('/api/v1/vocabularies', 'public');
    assert.deepEqual(
      list.body.items.map((v: { name: string }) => v.name),
      ['typology', 'victim_role', 'place_type', 'source_type', 'outlet_type', 'actor_type'],
    );
    const arson = await t.get('/api/v1/vocabularies/typology/arson', 'public');
    assert.equal(arson.body.parent, 'D');
    assert.ok(arson.body.labels.kk && arson.body.labels.ru && arson.body.labels.en);
    assert.ok(Object.keys(arson.body.crosswalk).length > 0);
    const typology = await t.get('/api/v1/vocabularies/typology', 'public');
    assert.equal(typology.body.items[0].code, 'A');
    assert.equal((await t.get('/api/v1/vocabularies/colours', 'public')).status, 404);
  });

  test('an administrator adds a code under a group and then uses it', async () => {
    const created = await t.put('/api/v1/vocabularies/typology/drone_strike_on_studio', {
      parent: 'D',
      labels: labels('Drone strike'),
      definitions: labels('A drone hits a studio.'),
      crosswalk: { cpj: ['Attacked'] },
    });
    assert.equal(created.status, 201, created.text);
    const noGroup = await t.put('/api/v1/vocabularies/typology/floating', {
      parent: null,
      labels: labels('x'),
      definitions: labels('x'),
    });
    assert.equal(noGroup.status, 422);
    const badScheme = await t.put('/api/v1/vocabularies/typology/other_x', {
      parent: 'D',
      labels: labels('x'),
      definitions: labels('x'),
      crosswalk: { nobody: ['x'] },
    });
    assert.equal(badScheme.status, 422);
    const missingLanguage = await t.put('/api/v1/vocabularies/victim_role/astronaut', {
      labels: { en: 'Astronaut' },
      definitions: labels('x'),
    });
    assert.equal(missingLanguage.status, 422);
    assert.ok(missingLanguage.body.error.details.some((d: { path: string }) => d.path === 'labels.kk'));
  });
});
