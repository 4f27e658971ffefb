import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from '../languages.js';
import { KAZAKHSTAN_PLACES } from './kazakhstan.js';

test('codes are unique, parents come first and are one level up', () => {
  const seen = new Map<string, string>();
  for (const place of KAZAKHSTAN_PLACES) {
    assert.ok(!seen.has(place.code), `duplicate ${place.code}`);
    if (place.parent !== null) {
      const parentKind = seen.get(place.parent);
      assert.equal(parentKind, place.kind === 'region' ? 'country' : 'region', `${place.code}'s parent`);
      assert.ok(place.code.startsWith(`${place.parent}-`), `${place.code} is not under ${place.parent}`);
    }
    seen.set(place.code, place.kind);
  }
});

test('every region and city of regional significance, named in kk, ru and en, inside Kazakhstan', () => {
  const regions = KAZAKHSTAN_PLACES.filter((p) => p.kind === 'region');
  const cities = KAZAKHSTAN_PLACES.filter((p) => p.kind === 'city');
  // 17 regions and 3 cities of republican significance (Astana, Almaty, Shymkent).
  assert.equal(regions.length, 20);
  assert.ok(cities.length >= 38, `${cities.length} cities`);
  for (const place of KAZAKHSTAN_PLACES) {
    for (const lang of LANGUAGES) assert.ok(place.names[lang]?.trim(), `${place.code} has no ${lang} name`);
    assert.ok(
      place.lat > 40 && place.lat < 56 && place.lon > 46 && place.lon < 88,
      `${place.code} lies outside Kazakhstan`,
    );
  }
  const en = new Set(KAZAKHSTAN_PLACES.map((p) => p.names.en));
  for (const name of ['Petropavlovsk', 'Kokshetau', 'Astana', 'Almaty', 'Shymkent', 'Uralsk', 'Aktobe'])
    assert.ok(en.has(name), name);
});
