import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countRows } from '../../../test/helpers/app.js';
import { formData, post, TEST_LIMITS, useHelpApp } from '../../../test/helpers/help-forms.js';
import { issueForm } from '../../modules/help/intake-guard.js';
import { DEFAULT_INTAKE_LIMITS } from '../../modules/help/intake-limits.js';

/*
 * A thousand submissions in a burst, each with its own valid token (a bot that fetched a
 * thousand forms): the desk's limits hold — at most the configured number stored — every
 * refusal is a kind 429 with the text kept, and the portal keeps answering in between.
 */

const limits = {
  ...DEFAULT_INTAKE_LIMITS,
  ...TEST_LIMITS,
  submissionsPerWindow: 25,
  moderatedPerWindow: 10,
  windowMinutes: 60,
};
const t = useHelpApp(limits);

test('1,000 submissions in a burst: at most the window is stored, and the portal still answers', async () => {
  const tokens = await Promise.all(Array.from({ length: 1000 }, () => issueForm(t.db, 'report', limits)));
  const statuses = new Map<number, number>();
  const portal: number[] = [];
  for (let start = 0; start < tokens.length; start += 50) {
    const batch = tokens
      .slice(start, start + 50)
      .map(({ token }, i) =>
        post(
          t.app,
          '/en/help/report',
          formData({ token, pow: '', homepage: '', what: `burst ${start + i}` }),
        ),
      );
    const [answers, home, help] = await Promise.all([
      Promise.all(batch),
      t.app.request('/en/'),
      t.app.request('/en/help'),
    ]);
    portal.push(home.status, help.status);
    for (const a of answers) {
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      if (a.status === 429) assert.match(a.text, /burst \d+/);
    }
  }
  const stored = await countRows(t.db, 'help_requests');
  assert.ok(stored <= limits.moderatedPerWindow, `${stored} stored`);
  assert.equal(stored, limits.moderatedPerWindow);
  assert.equal(statuses.get(200), limits.moderatedPerWindow);
  assert.equal(statuses.get(429), 1000 - limits.moderatedPerWindow);
  assert.ok(
    portal.every((s) => s === 200),
    `portal answered ${[...new Set(portal)]}`,
  );
});
