import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';

const t = useTestApp();

describe('gazetteer', () => {
  test('lists the Kazakhstan regions and a region’s cities, in three languages', async () => {
    const regions = await t.get('/api/v1/places?country=KZ&kind=region', 'public');
    assert.equal(regions.status, 200);
    assert.equal(regions.body.items.length, 20);
    const cities = await t.get('/api/v1/places?parent=KZ-SEV', 'public');
    const petropavlovsk = cities.body.items.find((p: { code: string }) => p.code === 'KZ-SEV-petropavlovsk');
    assert.deepEqual(Object.keys(petropavlovsk.names).sort(), ['en', 'kk', 'ru']);
    assert.equal(petropavlovsk.names.ru, 'Петропавловск');
    assert.equal((await t.get('/api/v1/places/KZ-SEV-petropavlovsk', 'public')).body.parent, 'KZ-SEV');
    assert.equal((await t.get('/api/v1/places/KZ-NOPE', 'public')).status, 404);
  });

  test('another country can be added with its regions and cities', async () => {
    const names = (en: string) => ({ kk: en, ru: en, en });
    assert.equal(
      (
        await t.put('/api/v1/places/KG', {
          kind: 'country',
          names: names('Kyrgyzstan'),
          lat: 41.2,
          lon: 74.7,
        })
      ).status,
      201,
    );
    assert.equal(
      (await t.put('/api/v1/places/KG-C', { kind: 'region', parent: 'KG', names: names('Chüy') })).status,
      201,
    );
    const city = await t.put('/api/v1/places/KG-C-tokmok', {
      kind: 'city',
      parent: 'KG-C',
      names: names('Tokmok'),
    });
    assert.equal(city.status, 201);
    assert.equal(city.body.country, 'KG');
    const wrongParent = await t.put('/api/v1/places/KG-C-kant', {
      kind: 'city',
      parent: 'KG',
      names: names('Kant'),
    });
    assert.equal(wrongParent.status, 422);
    assert.equal(wrongParent.body.error.details[0].path, 'parent');
    const again = await t.put('/api/v1/places/KG', { kind: 'country', names: names('Kyrgyz Republic') });
    assert.equal(again.status, 409);
    const update = await t.put('/api/v1/places/KG', {
      kind: 'country',
      names: names('Kyrgyz Republic'),
      version: 1,
    });
    assert.equal(update.status, 200);
    assert.equal(update.body.version, 2);
    assert.equal(
      (await t.put('/api/v1/places/KG', { kind: 'country', names: names('x'), version: 1 })).status,
      409,
    );
    assert.equal(
      (await t.put('/api/v1/places/KZ-XX', { kind: 'region', parent: 'KZ', names: names('x') }, 'public'))
        .status,
      401,
    );
  });
});
