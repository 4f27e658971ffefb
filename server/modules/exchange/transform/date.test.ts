import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PartialDate } from '../../../http/common.schema.js';
import { DateOptions, date } from './date.js';

const defaults = DateOptions.parse({});
const read = (value: string, options: Partial<DateOptions> = {}) => date(value, { ...defaults, ...options });
const value = (v: string, o: Partial<DateOptions> = {}) => {
  const r = read(v, o);
  assert.ok(r.ok, `${v}: ${r.ok ? '' : r.reason}`);
  return r.value;
};
const code = (v: string, o: Partial<DateOptions> = {}) => {
  const r = read(v, o);
  assert.ok(!r.ok, `${v} should be refused, got ${r.ok ? r.value : ''}`);
  return r.code;
};

describe('date', () => {
  test('ISO dates keep the precision they were written with', () => {
    assert.equal(value('2019-03-12'), '2019-03-12');
    assert.equal(value('2019-03'), '2019-03');
    assert.equal(value('2019'), '2019');
    assert.equal(value(' 2019-3-7 '), '2019-03-07');
    assert.equal(value('2019-03-12T23:10:00+05:00'), '2019-03-12');
    assert.equal(value('2019-03-12 08:00:00'), '2019-03-12');
    assert.equal(value('2019/03/12'), '2019-03-12');
  });

  test('dotted dates are day first; 03.2019 is a month', () => {
    assert.equal(value('12.03.2019'), '2019-03-12');
    assert.equal(value('1.3.2019'), '2019-03-01');
    assert.equal(value('03.2019'), '2019-03');
    assert.equal(value('12.03.2019', { order: 'mdy' }), '2019-12-03');
  });

  test('a slashed date is read in the order the mapping gives, and refused when it does not say', () => {
    assert.equal(code('3/12/2019'), 'date_ambiguous');
    assert.equal(value('3/12/2019', { order: 'mdy' }), '2019-03-12');
    assert.equal(value('3/12/2019', { order: 'dmy' }), '2019-12-03');
    // Only one reading exists: no guess is needed.
    assert.equal(value('3/25/2019'), '2019-03-25');
    assert.equal(value('25/3/2019'), '2019-03-25');
    assert.equal(value('5/5/2019'), '2019-05-05');
    assert.equal(code('25/3/2019', { order: 'mdy' }), 'date_impossible');
    assert.equal(code('12/03/19', { order: 'dmy' }), 'date_ambiguous');
  });

  test('dates in words, in English, Russian and Kazakh', () => {
    assert.equal(value('March 2019'), '2019-03');
    assert.equal(value('march 12, 2019'), '2019-03-12');
    assert.equal(value('12th of March 2019'), '2019-03-12');
    assert.equal(value('Sept 2020'), '2020-09');
    assert.equal(value('март 2019'), '2019-03');
    assert.equal(value('12 марта 2019 года'), '2019-03-12');
    assert.equal(value('1 мая 2020 г.'), '2020-05-01');
    assert.equal(value('Май 2020'), '2020-05');
    assert.equal(value('в сентябре 2021 г.'), '2021-09');
    assert.equal(value('2019 жылғы 12 наурыз'), '2019-03-12');
    assert.equal(value('2019 жылғы 12 наурызда'), '2019-03-12');
    assert.equal(value('2020 жылы желтоқсан'), '2020-12');
    assert.equal(value('5 қыркүйек 2021 ж.'), '2021-09-05');
  });

  test('Excel serial numbers are days from 1899-12-30', () => {
    assert.equal(value('43536'), '2019-03-12');
    assert.equal(value('43536.75'), '2019-03-12');
    assert.equal(code('43536', { excelSerial: false }), 'date_unrecognised');
  });

  test('impossible dates are refused, never moved to the next month', () => {
    assert.equal(code('30.02.2019'), 'date_impossible');
    assert.equal(code('2019-02-29'), 'date_impossible');
    assert.equal(value('29.02.2020'), '2020-02-29');
    assert.equal(code('2019-13'), 'date_impossible');
    assert.equal(code('31 апреля 2019'), 'date_impossible');
    assert.equal(code('31 сәуір 2019'), 'date_impossible');
    assert.equal(code('0999'), 'date_impossible');
  });

  test('what is not a date is refused with the value named', () => {
    for (const v of ['soon', 'вчера', 'кеше', '12 марта', 'March', '12 13 2019', 'marsh 2019', '2019 2020']) {
      const r = read(v);
      assert.ok(!r.ok && r.code === 'date_unrecognised' && r.reason.includes(JSON.stringify(v)), v);
    }
    assert.equal(code('  '), 'value_empty');
  });

  test('any real date written as an ISO timestamp reads back as the same day', () => {
    const day = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString();
        assert.deepEqual(read(iso), { ok: true, value: iso.slice(0, 10) });
        assert.deepEqual(read(iso.slice(0, 10)), { ok: true, value: iso.slice(0, 10) });
        const [y, m, dd] = iso.slice(0, 10).split('-');
        assert.deepEqual(read(`${Number(dd)}.${m}.${y}`), { ok: true, value: iso.slice(0, 10) });
      }),
    );
  });

  test('never throws, and whatever it accepts is a valid partial date', () => {
    const text = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[0-9./\- :TZ+]{0,24}$/),
      fc
        .constantFrom('март', 'наурыз', 'March', 'года', 'жылғы')
        .chain((w) =>
          fc
            .tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 0, max: 10000 }))
            .map(([d, y]) => `${d} ${w} ${y}`),
        ),
    );
    const order = fc.constantFrom(undefined, 'dmy' as const, 'mdy' as const);
    fc.assert(
      fc.property(text, order, fc.boolean(), (v, o, excelSerial) => {
        const r = date(v, { order: o, excelSerial });
        if (r.ok) assert.ok(PartialDate.safeParse(r.value).success, `${v} → ${r.value}`);
        else assert.match(r.code, /^(date_[a-z]+|value_empty)$/);
      }),
      { numRuns: 2000 },
    );
  });
});
