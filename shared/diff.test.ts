import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffDocuments } from './diff.js';

test('field-level changes with dotted paths', () => {
  const changes = diffDocuments(
    { title: { en: 'a' }, tags: ['x', 'y'], same: 1 },
    { title: { en: 'b', ru: 'б' }, tags: ['x'], same: 1 },
  );
  assert.deepEqual(changes, [
    { path: 'title.en', before: 'a', after: 'b' },
    { path: 'title.ru', before: null, after: 'б' },
    { path: 'tags.1', before: 'y', after: null },
  ]);
});

test('a created or deleted record is one change of the whole document', () => {
  assert.deepEqual(diffDocuments(null, { a: 1 }), [{ path: '', before: null, after: { a: 1 } }]);
  assert.deepEqual(diffDocuments({ a: 1 }, { a: 1 }), []);
});
