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
    'С начала 2021 года Adil Soz зафиксировал 77 случаев воспрепятствования законной профессиональной деятельности журналистов, 30 угроз, 16 нападений на журналистов, 7 задержаний работников СМИ и 2 случая слежки.',
  );
  assert.equal(
    s.kk,
    'Adil Soz мәліметінше, 2021 жылдың басынан бері журналистердің заңды кәсіптік қызметіне кедергі келтірудің 77 дерегі, 30 қоқан-лоқы, журналистерге 16 шабуыл, БАҚ қызметкерлерін ұстаудың 7 дерегі және жасырын бақылаудың 2 дерегі тіркелді.',
  );
});

test('Russian takes the accusative in every plural form: 1 угрозу, 3 угрозы, 5 угроз, 21 угрозу', () => {
  const ru = (n: number) => yearToDateSentences(2026, 'Qorgau', { C: n }).ru;
  assert.equal(ru(1), 'С начала 2026 года Qorgau зафиксировал 1 угрозу.');
  const expected: [number, string][] = [
    [2, 'угрозы'],
    [4, 'угрозы'],
    [5, 'угроз'],
    [11, 'угроз'],
    [12, 'угроз'],
    [14, 'угроз'],
    [21, 'угрозу'],
    [22, 'угрозы'],
    [25, 'угроз'],
    [101, 'угрозу'],
    [111, 'угроз'],
  ];
  for (const [n, form] of expected) {
    assert.ok(ru(n).endsWith(` ${n} ${form}.`), `${n}: ${ru(n)}`);
  }
  assert.ok(ru(1001).endsWith(' 1\u00a0001 угрозу.'), ru(1001));
  assert.ok(yearToDateSentences(2026, 'X', { F: 3 }).ru.endsWith(' 3 случая правового преследования.'));
  assert.ok(yearToDateSentences(2026, 'X', { E: 1 }).ru.endsWith(' 1 задержание работников СМИ.'));
});

test('English one / other; Kazakh keeps the noun singular after any number', () => {
  const one = yearToDateSentences(2026, 'X', { C: 1 });
  assert.equal(one.en, 'Since the beginning of 2026, X has recorded 1 threat.');
  assert.ok(yearToDateSentences(2026, 'X', { C: 1001 }).en.includes('1,001 threats'));
  assert.equal(one.kk, 'X мәліметінше, 2026 жылдың басынан бері 1 қоқан-лоқы тіркелді.');
  assert.ok(yearToDateSentences(2026, 'X', { I: 5 }).kk.includes(' жасырын бақылаудың 5 дерегі тіркелді.'));
  // The number counts the cases, never the journalists: "77 журналистердің" would read "of 77 journalists".
  const kk = yearToDateSentences(2026, 'X', { A: 2, B: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9 }).kk;
  assert.doesNotMatch(kk, /\d+ (журналист|БАҚ|кісі|мүлік|цензура|заң)/);
});

test('an empty year says so in a whole sentence in each language', () => {
  const none = yearToDateSentences(2026, 'Qorgau', {});
  assert.equal(none.en, 'Since the beginning of 2026, Qorgau has recorded no incidents.');
  assert.equal(none.ru, 'С начала 2026 года Qorgau не зафиксировал ни одного инцидента.');
  assert.equal(none.kk, 'Qorgau мәліметінше, 2026 жылдың басынан бері бірде-бір оқиға тіркелген жоқ.');
});
