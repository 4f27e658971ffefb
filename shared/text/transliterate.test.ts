import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchDocument, searchQuery, skeletonWord } from './transliterate.js';

test('spellings of one name in Cyrillic, Kazakh and Latin fold to one key', () => {
  const groups = [
    ['Борейко', 'Boreiko', 'Boreyko'],
    ['Молдабеков', 'Moldabekov'],
    ['Петропавловск', 'Petropavlovsk'],
    ['Егоров', 'Yegorov', 'Egorov'],
    ['Кожаев', 'Kozhayev'],
    ['Наталья', 'Natalya', 'Natalia'],
    ['Джакупов', 'Dzhakupov', 'Jakupov'],
    ['Төлеген', 'Tolegen'],
    ['Көкшетау', 'Kokshetau', 'Kökşetau'],
    ['Ақтөбе', 'Aktobe', 'Aqtöbe'],
    ['Шымкент', 'Shymkent'],
    ['Хабар', 'Khabar'],
  ];
  for (const group of groups) {
    const keys = new Set(group.map(skeletonWord));
    assert.equal(keys.size, 1, `${group.join(' / ')} → ${[...keys].join(', ')}`);
  }
});

test('different names stay different', () => {
  assert.notEqual(skeletonWord('Борейко'), skeletonWord('Борисов'));
  assert.notEqual(skeletonWord('Volkova'), skeletonWord('Volkov'));
});

test('search documents hold each key once; queries need every word as a prefix', () => {
  assert.equal(searchDocument(['Роман Егоров', 'Roman Yegorov', null]), 'roman egorov');
  assert.equal(searchQuery('Natalya  Volkova'), 'natalia:* & volkova:*');
  assert.equal(searchQuery('!!! ...'), null);
  assert.equal(searchQuery("'); DROP TABLE incidents; --"), 'drop:* & table:* & incidents:*');
});
