import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namePattern, redactText } from './redact.js';

const pattern = namePattern(['Roman Yegorov', 'Роман Егоров']);

test('full names, surnames and inflected forms are removed in every language', () => {
  const out = redactText(
    {
      en: "Roman Yegorov's cars burned; Yegorov filed a complaint.",
      ru: 'Подожгли автомобили Романа Егорова; Егорову угрожали.',
      kk: 'Роман Егоровтың екі көлігі өртелді.',
    },
    pattern,
  );
  assert.equal(out.en, '[name withheld] cars burned; [name withheld] filed a complaint.');
  assert.equal(out.ru, 'Подожгли автомобили [имя скрыто] [имя скрыто]; [имя скрыто] угрожали.');
  assert.equal(out.kk, '[аты-жөні жасырылған] екі көлігі өртелді.');
});

test('other words are left alone, and no names means no change', () => {
  assert.equal(redactText({ en: 'Rome and Egypt' }, pattern).en, 'Rome and Egypt');
  // It errs towards removing too much: a word that starts like a name goes too.
  assert.equal(redactText({ en: 'Romania' }, pattern).en, '[name withheld]');
  assert.deepEqual(redactText({ en: 'text' }, namePattern([])), { en: 'text' });
});

test('regular-expression characters in names are taken literally', () => {
  const odd = namePattern(['A.B. (Test)+']);
  assert.equal(redactText({ en: 'by A.B. (Test)+ today' }, odd).en, 'by [name withheld] today');
  assert.equal(redactText({ en: 'by AxB today' }, odd).en, 'by AxB today');
});
