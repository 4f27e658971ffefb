import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Memo } from './memo.js';

test('shares one computation per key within the time, recomputes after it, forgets failures, stays bounded', async () => {
  const memo = new Memo<number>(50, 2);
  let calls = 0;
  const compute = async () => ++calls;
  assert.equal(await memo.get('a', compute), 1);
  assert.equal(await memo.get('a', compute), 1);
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(await memo.get('a', compute), 2);
  await assert.rejects(memo.get('b', () => Promise.reject(new Error('boom'))));
  assert.equal(await memo.get('b', compute), 3);
  await memo.get('c', compute);
  await memo.get('d', compute);
  assert.equal(await memo.get('b', compute), 6, 'the oldest entry was dropped');
});
