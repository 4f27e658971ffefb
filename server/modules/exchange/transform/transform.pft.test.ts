import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseCsv } from '../../../../test/helpers/csv.js';
import { prepare, type TransformationStep } from './registry.js';

// The U.S. Press Freedom Tracker export shipped in ../shared/datasets (516 incidents).
const [header, ...rows] = parseCsv(
  readFileSync(
    new URL('../../../../../../shared/datasets/us-press-freedom-tracker-2014-2020.csv', import.meta.url),
    'utf8',
  ),
) as [string[], ...string[][]];
const column = (name: string) => rows.map((r) => r[header.indexOf(name)] ?? '');

function step(s: TransformationStep) {
  const prepared = prepare(s);
  assert.ok(prepared.ok);
  return prepared.run;
}

describe('transformations on the U.S. Press Freedom Tracker export', () => {
  // 'Other Incident' has no counterpart in the typology: the preset keeps it as an attribute.
  test('every category but "Other Incident" crosswalks to the typology', () => {
    const split = step({ name: 'split', options: { separator: ', ' } });
    const toTypology = step({
      name: 'vocabulary',
      options: { vocabulary: 'typology', scheme: 'uspft', whenSeveral: 'all' },
    });
    assert.equal(rows.length, 516);
    const unknown = new Set<string>();
    for (const cell of column('categories')) {
      const parts = split(cell);
      assert.ok(parts.ok && (parts.value as string[]).length > 0, cell);
      for (const part of parts.value as string[]) if (!toTypology(part).ok) unknown.add(part);
    }
    assert.deepEqual([...unknown], ['Other Incident']);
  });

  test('every date reads as a day, and every body becomes text without markup', () => {
    const toDate = step({ name: 'date' });
    for (const cell of column('date'))
      assert.match(String((toDate(cell) as { value: string }).value), /^\d{4}-\d{2}-\d{2}$/, cell);
    const toText = step({ name: 'text', options: { html: true, multiline: true } });
    for (const cell of column('body')) {
      const body = toText(cell);
      assert.ok(body.ok);
      assert.doesNotMatch(
        body.value as string,
        /<\/?(p|div|a|span|br)\b|&(amp|nbsp|quot|#\d+);/,
        cell.slice(0, 200),
      );
    }
  });
});
