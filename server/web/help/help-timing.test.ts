import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countRows } from '../../../test/helpers/app.js';
import { formData, freshForm, post, useHelpApp } from '../../../test/helpers/help-forms.js';
import { issueForm } from '../../modules/help/intake-guard.js';
import { DEFAULT_INTAKE_LIMITS } from '../../modules/help/intake-limits.js';

// The minimum fill time, with the shipped limits: a form sent at once was not filled by a person.
const t = useHelpApp({ powMinCounter: 10, powMaxCounter: 100 });
const bare = useHelpApp({ powMinCounter: 10, powMaxCounter: 100 }, { desk: false });

test('a form sent within the fill time is refused, keeps its token, and is taken once it is old enough', async () => {
  const { token } = await freshForm(t.app, '/en/help/report');
  const fast = await post(
    t.app,
    '/en/help/report',
    formData({ token, pow: '', homepage: '', what: 'Keep this text' }),
  );
  assert.equal(fast.status, 400);
  assert.match(fast.text, /Keep this text/);
  assert.match(fast.text, new RegExp(`value="${token}"`));
  assert.equal(await countRows(t.db, 'help_requests'), 0);
  // The same kind of token, issued a little over the fill time ago.
  const aged = await issueForm(
    t.db,
    'report',
    DEFAULT_INTAKE_LIMITS,
    new Date(Date.now() - DEFAULT_INTAKE_LIMITS.minFillMs - 50),
  );
  const res = await post(
    t.app,
    '/en/help/report',
    formData({ token: aged.token, pow: '', homepage: '', what: 'x' }),
  );
  assert.equal(res.status, 200);
  assert.equal(await countRows(bare.db, 'help_requests'), 0);
  assert.equal(res.headers.get('cache-control'), 'no-store');
});

test('before help-desk init the forms answer a kind page and keep nothing', async () => {
  for (const path of ['/en/help/report', '/kk/help/question']) {
    const page = await bare.app.request(path);
    assert.equal(page.status, 503, path);
    assert.doesNotMatch(await page.text(), /<form class="help-form"/);
  }
  const aged = await issueForm(bare.db, 'question', DEFAULT_INTAKE_LIMITS, new Date(Date.now() - 10_000));
  const res = await post(
    bare.app,
    '/ru/help/question',
    formData({ token: aged.token, pow: '', homepage: '', category: 'other', question: 'q' }),
  );
  assert.equal(res.status, 503);
  assert.match(res.text, /Служба помощи ещё не работает/);
  assert.equal(await countRows(bare.db, 'help_requests'), 0);
  assert.equal(res.headers.get('cache-control'), 'no-store');
});
