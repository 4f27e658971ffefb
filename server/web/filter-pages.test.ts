import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident } from '../../test/helpers/factories.js';

const t = useTestApp();

const get = (path: string) => t.request('GET', path, { as: 'public' });

/** The reason printed under a field of the filter form, tied to it by aria-describedby. */
function reasonOf(html: string, field: string): string | null {
  const tied = new RegExp(`id="${field}"[^>]*aria-describedby="${field}-reason"`).test(html);
  const reason = new RegExp(`<p class="field-error" id="${field}-reason">([^<]*)</p>`).exec(html)?.[1];
  return tied && reason ? reason : null;
}

describe('refused portal filters come back beside their fields, in the reader’s language', () => {
  before(async () => {
    const res = await t.post('/api/v1/incidents', buildIncident({ date: { start: '2024-03-12' } }));
    assert.equal(res.status, 201, res.text);
  });

  test('a day that does not exist is named as such, the form kept as typed', async () => {
    for (const [lang, reason] of [
      ['en', 'No such date: February 30, 2024'],
      ['ru', 'Такой даты нет: 30 февраля 2024'],
      ['kk', 'Мұндай күн жоқ:'],
    ] as const) {
      const res = await get(`/${lang}/incidents?from=2024-02-30&q=police&group=B`);
      assert.equal(res.status, 400);
      assert.ok(res.headers.get('content-type')?.startsWith('text/html'));
      assert.ok(reasonOf(res.text, 'from')?.startsWith(reason), `${lang}: ${reasonOf(res.text, 'from')}`);
      assert.ok(res.text.includes('value="2024-02-30"'), 'the date as typed');
      assert.ok(res.text.includes('value="police"'), 'the search as typed');
      assert.match(res.text, /<option value="B" selected/);
      assert.ok(!res.text.includes('Что-то пошло не так') && !res.text.includes('Something went wrong'));
    }
  });

  test('an end before the start, a malformed date, an unknown option and a long search each get their reason', async () => {
    const reversed = await get('/en/incidents?from=2024-03-10&to=2024-01-01');
    assert.equal(reversed.status, 400);
    assert.equal(reasonOf(reversed.text, 'to'), 'The end date is before the start date');
    const malformed = await get('/ru/incidents?to=12.03.2024');
    assert.equal(reasonOf(malformed.text, 'to'), 'Укажите дату в виде ГГГГ-ММ-ДД, например 2024-03-12');
    const region = await get('/en/incidents?region=KZ-NOWHERE');
    assert.equal(region.status, 400);
    assert.equal(reasonOf(region.text, 'region'), 'There is no such option: “KZ-NOWHERE”');
    assert.match(region.text, /<option value="KZ-NOWHERE" selected/);
    const status = await get('/kk/incidents?accountability=forgiven');
    assert.equal(reasonOf(status.text, 'accountability'), 'Мұндай нұсқа жоқ: «forgiven»');
    const long = await get(`/en/incidents?q=${'x'.repeat(201)}`);
    assert.equal(reasonOf(long.text, 'q'), 'At most 200 characters');
    const sort = await get('/en/incidents?sort=sideways');
    assert.equal(reasonOf(sort.text, 'sort'), 'There is no such option: “sideways”');
  });

  test('filters not on the form are listed above the results, with their label', async () => {
    const cursor = await get('/en/incidents?cursor=not-a-cursor');
    assert.equal(cursor.status, 400);
    assert.ok(
      cursor.text.includes('Page of results: This page of results is no longer available.'),
      cursor.text.slice(cursor.text.indexOf('filter-problems'), cursor.text.indexOf('filter-problems') + 400),
    );
    const type = await get('/ru/incidents?type=no_such_type');
    assert.ok(type.text.includes('Нарушение: Такого варианта нет: «no_such_type»'));
    const limit = await get('/ru/incidents?limit=many');
    assert.ok(limit.text.includes('Инцидентов на странице: Введите целое число'));
    const unknown = await get('/en/incidents?colour=red');
    assert.ok(unknown.text.includes('Filter in the address “colour”: This page has no such filter'));
  });

  test('valid filters still list incidents, and the map refuses with the reason on its page', async () => {
    const ok = await get('/en/incidents?from=2024-01-01&to=2024-12-31');
    assert.equal(ok.status, 200);
    assert.ok(!ok.text.includes('field-error'));
    assert.ok(ok.text.includes('1 incident found'));
    const map = await get('/ru/map?from=2024-02-30');
    assert.equal(map.status, 400);
    assert.ok(map.text.includes('С: Такой даты нет: 30 февраля 2024'));
  });

  test('the API still answers a refused query in JSON with its stable code', async () => {
    const res = await get('/api/v1/incidents?from=2024-02-30');
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'invalid_query');
    assert.deepEqual(
      res.body.error.details.map((d: { path: string; code: string }) => [d.path, d.code]),
      [['from', 'invalid_date']],
    );
  });
});
