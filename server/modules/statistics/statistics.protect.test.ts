import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { assertCannotBeWorkedOut } from '../../../test/helpers/differencing.js';
import type { CountRow } from './statistics.repo.js';
import { MAX_TOTALLED_CELLS, type Margins, MIN_PUBLIC_COUNT, presentTable } from './statistics.suppress.js';

const check = (rows: CountRow[], margins: Margins, twoWay: boolean) =>
  assertCannotBeWorkedOut(rows, presentTable(rows, 'public', margins), twoWay);

const table = (twoWay: boolean) =>
  fc
    .record({
      periods: fc.integer({ min: 1, max: twoWay ? 3 : 1 }),
      keys: fc.integer({ min: 1, max: twoWay ? 3 : 6 }),
      counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 12 })), {
        minLength: 18,
        maxLength: 18,
      }),
    })
    .map(({ periods, keys, counts }) => {
      const rows: CountRow[] = [];
      for (let p = 0; p < periods; p++)
        for (let k = 0; k < keys; k++) {
          const incidents = counts[p * keys + k] ?? 0;
          if (incidents > 0)
            rows.push({ period: twoWay ? String(2020 + p) : null, key: `k${k}`, incidents, victims: null });
        }
      return rows;
    });

describe('withheld counts cannot be worked out from the printed counts and totals', () => {
  test('one-way tables with their total', () => {
    fc.assert(
      fc.property(table(false), (rows) => check(rows, 'both', false)),
      { numRuns: 300 },
    );
  });

  test('two-way tables with totals per period, per key and overall', () => {
    fc.assert(
      fc.property(table(true), (rows) => check(rows, 'both', true)),
      { numRuns: 300 },
    );
  });

  test('two-way tables with totals per key only', () => {
    fc.assert(
      fc.property(table(true), (rows) => check(rows, 'key', true)),
      { numRuns: 300 },
    );
  });

  test('a known case: one small count beside a large one and the total', () => {
    const rows = [
      { period: null, key: 'C', incidents: 7, victims: 9 },
      { period: null, key: 'I', incidents: 1, victims: 1 },
    ];
    const shown = presentTable(rows, 'public', 'both');
    assert.deepEqual(
      shown.rows.map((r) => r.incidents),
      [null, null],
      'the large count is withheld too, or 8 − 7 gives the small one',
    );
    assert.equal(shown.totals[0]?.incidents, 8);
    assert.ok(shown.rows.every((r) => r.victims === null));
    const internal = presentTable(rows, 'internal', 'both');
    assert.deepEqual(
      internal.rows.map((r) => r.incidents),
      [7, 1],
    );
  });

  test('a table too large for its totals prints none, and withholds only its small counts', () => {
    const rows = Array.from({ length: MAX_TOTALLED_CELLS + 1 }, (_, i) => ({
      period: String(1900 + Math.floor(i / 10)),
      key: `k${i % 10}`,
      incidents: 1 + (i % 4),
      victims: null,
    }));
    const shown = presentTable(rows, 'public', 'both');
    assert.deepEqual(shown.totals, []);
    assert.deepEqual(
      shown.rows.map((r) => r.incidents),
      rows.map((r) => (r.incidents < MIN_PUBLIC_COUNT ? null : r.incidents)),
    );
  });

  test('without totals that add up, only the small counts are withheld', () => {
    const rows = [
      { period: null, key: 'C', incidents: 7, victims: 2 },
      { period: null, key: 'I', incidents: 2, victims: 2 },
    ];
    const shown = presentTable(rows, 'public', 'none');
    assert.deepEqual(
      shown.rows.map((r) => [r.incidents, r.victims, r.suppressed]),
      [
        [7, null, false],
        [null, null, true],
      ],
    );
    assert.deepEqual(shown.totals, []);
  });
});
