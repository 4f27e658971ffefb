import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlineRate } from '../../shared/statistics/headline.js';
import { RateHeadline } from './rate-headline.js';

const text = (node: unknown) =>
  String(node)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

test('a rate is given with its base, and only when the base reaches the threshold', () => {
  assert.deepEqual(headlineRate(9, 10, 3), { kind: 'rate', rate: 0.9, part: 9, base: 10 });
  assert.deepEqual(headlineRate(1, 1, 3), { kind: 'tooFew', base: 1 });
  assert.deepEqual(headlineRate(0, 0, 3), { kind: 'none' });
  assert.deepEqual(headlineRate(null, 10, 3), { kind: 'withheld' });
  assert.deepEqual(headlineRate(2, null, 3), { kind: 'withheld' });
});

test('the headline says "in 9 of 10 cases" with each language’s plurals', () => {
  const rate = (part: number, base: number) => headlineRate(part, base, 3);
  assert.equal(
    text(RateHeadline({ lang: 'en', headline: rate(9, 10) })),
    '90% nobody was held to account in 9 of 10 cases with an outcome',
  );
  assert.match(
    text(RateHeadline({ lang: 'ru', headline: rate(3, 21) })),
    /в 3 из 21 дела с известным исходом$/,
  );
  assert.match(text(RateHeadline({ lang: 'ru', headline: rate(3, 4) })), /в 3 из 4 дел с известным исходом$/);
  assert.match(
    text(RateHeadline({ lang: 'ru', headline: rate(9, 10) })),
    /в 9 из 10 дел с известным исходом$/,
  );
  assert.match(
    text(RateHeadline({ lang: 'kk', headline: rate(9, 10) })),
    /нәтижесі белгілі 10 істің 9 ісінде/,
  );
  assert.equal(
    text(RateHeadline({ lang: 'en', headline: rate(1, 1) })),
    'Only 1 case has an outcome so far: too few for a rate.',
  );
  assert.equal(
    text(RateHeadline({ lang: 'ru', headline: rate(2, 2) })),
    'Пока исход известен только по 2 делам: для расчёта доли этого мало.',
  );
  assert.equal(
    text(RateHeadline({ lang: 'ru', headline: rate(1, 1) })),
    'Пока исход известен только по 1 делу: для расчёта доли этого мало.',
  );
  assert.ok(!text(RateHeadline({ lang: 'en', headline: rate(1, 1) })).includes('%'));
});
