import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yearToDateSentences } from './summary.js';

test('the seed’s 2021 figures read back in three languages with correct plurals', () => {
  // Adil Soz, 2 Nov 2021: 77 interference, 7 detentions, 16 attacks, 2 surveillance, 30 threats.
  const s = yearToDateSentences(2021, 'Adil Soz', { G: 77, E: 7, B: 16, I: 2, C: 30 });
  assert.equal(
    s.en,
    'Since the beginning of 2021, Adil Soz has recorded 77 cases of interference with the lawful professional activity of journalists, 30 threats, 16 attacks on journalists, 7 detentions of media workers, and 2 cases of surveillance.',
  );
  assert.equal(
    s.ru,
    'С начала 2021 года Adil Soz зафиксировал(а): 77 случаев воспрепятствования законной профессиональной деятельности журналистов, 30 угроз, 16 нападений на журналистов, 7 задержаний медиаработников и 2 случая слежки.',
  );
  assert.ok(s.kk.startsWith('2021 жылдың басынан бері Adil Soz тіркеді: 77 журналистердің'));
  assert.ok(s.kk.endsWith('және 2 жасырын бақылау дерегі.'));
});

test('Russian one / few / many, English one / other', () => {
  const one = yearToDateSentences(2026, 'X', { C: 1 });
  assert.equal(one.en, 'Since the beginning of 2026, X has recorded 1 threat.');
  assert.ok(one.ru.endsWith(': 1 угроза.'));
  assert.ok(yearToDateSentences(2026, 'X', { C: 3 }).ru.endsWith(': 3 угрозы.'));
  assert.ok(yearToDateSentences(2026, 'X', { C: 21 }).ru.endsWith(': 21 угроза.'));
  assert.ok(yearToDateSentences(2026, 'X', { C: 11 }).ru.endsWith(': 11 угроз.'));
  assert.ok(yearToDateSentences(2026, 'X', { C: 1001 }).en.includes('1,001 threats'));
});

test('an empty year says so', () => {
  assert.equal(
    yearToDateSentences(2026, 'X', {}).en,
    'Since the beginning of 2026, X has recorded no incidents.',
  );
});
