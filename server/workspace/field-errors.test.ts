import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IncidentInput } from '../modules/incidents/incident.schema.js';
import { fieldDetails, fieldProblems, labelOf, reasonOf } from './field-errors.js';

const valid = {
  date: { start: '2024-03-12' },
  place: { country: 'KZ' },
  title: { ru: 'Задержание' },
  originalLanguage: 'ru',
};

const refusal = (doc: unknown) => {
  const result = IncidentInput.safeParse(doc);
  assert.equal(result.success, false, 'the schema refuses it');
  return fieldDetails((result as { error: Parameters<typeof fieldDetails>[0] }).error);
};

describe('a refused form, field by field', () => {
  test('an impossible day is named in each language', () => {
    const [detail] = refusal({ ...valid, date: { start: '2024-02-30' } });
    assert.equal(detail?.path, 'date.start');
    assert.equal(reasonOf('en', detail as never, '2024-02-30'), 'No such date: 30 February');
    assert.equal(reasonOf('ru', detail as never, '2024-02-30'), 'Такой даты нет: 30 февраля');
    assert.match(reasonOf('kk', detail as never, '2024-02-30'), /^Мұндай күн жоқ: 30 /);
    assert.equal(
      reasonOf('en', detail as never, '12.03.2024'),
      'Write the date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  test('a text over its limit says the limit, formatted for the language', () => {
    const [detail] = refusal({ ...valid, title: { ru: 'x'.repeat(20_001) } });
    assert.deepEqual([detail?.path, detail?.code, detail?.limit], ['title.ru', 'too_big', 20000]);
    assert.equal(reasonOf('en', detail as never, 'x'), 'At most 20,000 characters');
    assert.equal(reasonOf('ru', detail as never, 'x').replace(/\s/g, ' '), 'Не более 20 000 символов');
  });

  test('a new victim’s name inside the union is reached, with its own limit', () => {
    const details = refusal({
      ...valid,
      victims: [{ key: 'v0', person: { name: 'x'.repeat(301) } }],
    });
    const name = details.find((d) => d.path === 'victims.0.person.name');
    assert.ok(name, JSON.stringify(details));
    assert.equal(name.limit, 300);
  });

  test('a missing title, a bad web address and an unknown victim read as reasons, not codes', () => {
    const details = refusal({
      ...valid,
      title: {},
      sources: [{ type: 'media_report', url: 'example.org/news' }],
      violations: [{ typeCode: 'assault', victim: 'v9' }],
    });
    const problems = fieldProblems('en', details);
    const by = Object.fromEntries(problems.map((p) => [p.path, `${p.label}: ${p.reason}`]));
    assert.equal(by['title.ru'], 'Title (Russian): Required');
    assert.match(by['sources.0.url'] ?? '', /^Source 1 · Web address: Not a valid web address/);
    assert.equal(by['violations.0.victim'], 'Violation 1 · Against whom: No such victim in this form');
    for (const p of problems) assert.doesNotMatch(`${p.label} ${p.reason}`, /_|\bv9\b|invalid|too_big/);
  });

  test('labels come from the path in the reader’s language; a page may name its own', () => {
    assert.equal(labelOf('ru', 'sources.1.url'), 'Источник 2 · Веб-адрес');
    assert.equal(labelOf('kk', 'title.en'), 'Тақырыбы (Ағылшынша)');
    assert.equal(labelOf('en', 'names.kk'), 'Name in each language (Kazakh)');
    assert.equal(labelOf('en', 'mystery'), 'A field');
    assert.equal(labelOf('en', 'mystery', { mystery: 'Own label' }), 'Own label');
  });

  test('a repeated problem with one field is listed once', () => {
    const problems = fieldProblems('en', [
      { path: 'title.ru', code: 'required' },
      { path: 'title.ru', code: 'too_small', limit: 1, of: 'string' },
    ]);
    assert.equal(problems.length, 1);
  });
});
