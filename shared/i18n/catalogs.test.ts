import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from '../languages.js';
import { CATALOGS, t } from './index.js';

// Words that are the same in every language.
const SAME_EVERYWHERE = new Set(['site.name', 'stats.ours', 'wi.none', 'od.api', 'od.json']);

test('every UI string exists, non-empty and translated, in kk, ru and en', () => {
  const keys = Object.keys(CATALOGS.en).sort();
  for (const lang of LANGUAGES) {
    const catalog = CATALOGS[lang] as Record<string, unknown>;
    assert.deepEqual(Object.keys(catalog).sort(), keys, `${lang} has missing or extra keys`);
    for (const key of keys) {
      const value = catalog[key];
      const forms = typeof value === 'string' ? [value] : Object.values(value as Record<string, string>);
      assert.ok(forms.length > 0 && forms.every((f) => f.trim()), `${lang}: ${key} is empty`);
      if (lang !== 'en' && !SAME_EVERYWHERE.has(key)) {
        assert.notDeepEqual(
          value,
          (CATALOGS.en as Record<string, unknown>)[key],
          `${lang}: ${key} is not translated`,
        );
      }
    }
  }
});

test('plural forms follow each language', () => {
  assert.equal(t('en', 'count.incidents', { count: 1 }), '1 incident');
  assert.equal(t('en', 'count.incidents', { count: 1200 }), '1,200 incidents');
  assert.equal(t('ru', 'count.incidents', { count: 1 }), '1 инцидент');
  assert.equal(t('ru', 'count.incidents', { count: 3 }), '3 инцидента');
  assert.equal(t('ru', 'count.incidents', { count: 5 }), '5 инцидентов');
  assert.equal(t('ru', 'count.incidents', { count: 22 }), '22 инцидента');
  assert.equal(t('kk', 'count.incidents', { count: 5 }), '5 оқиға');
});
