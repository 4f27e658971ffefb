import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import {
  formData,
  freshForm,
  post,
  receiptOf,
  sendReport,
  useHelpApp,
} from '../../../test/helpers/help-forms.js';

/*
 * No address kept: submissions, look-ups, replies and downloads sent with a distinctive user
 * agent and forwarded address, then every table dumped as text: neither appears anywhere. A
 * failure on these routes logs its kind only, never the body.
 */

const t = useHelpApp();
const AGENT = 'QorgauAgentMarker/9.1 (not-a-browser)';
const ADDRESS = '203.0.113.177';
const SECRET = 'BODY-MARKER-7fa3c1';
const headers = {
  'user-agent': AGENT,
  'x-forwarded-for': ADDRESS,
  'x-real-ip': ADDRESS,
  forwarded: `for=${ADDRESS}`,
};

async function dumpAll(): Promise<string> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(t.db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<{
      row: string;
    }>`SELECT row_to_json(x)::text AS row FROM ${sql.table(name)} AS x`.execute(t.db);
    parts.push(name, ...rows.rows.map((r) => r.row));
  }
  return parts.join('\n');
}

test('nothing stores the address or the user agent of anyone who writes or reads', async () => {
  const sent = await sendReport(t.app, { what: 'marked' }, { headers });
  assert.equal(sent.status, 200);
  const receipt = receiptOf(sent.text);
  const thread = await post(t.app, '/en/help/status', new URLSearchParams(receipt), headers);
  const token = /name="token" value="([^"]+)"/.exec(thread.text)?.[1] ?? '';
  await post(
    t.app,
    '/en/help/status/reply',
    formData({ token, pow: '', homepage: '', ...receipt, text: 'again' }),
    headers,
  );
  await post(
    t.app,
    '/en/help/status',
    new URLSearchParams({ code: receipt.code, passphrase: '0'.repeat(16) }),
    headers,
  );
  await post(
    t.app,
    '/en/help/status',
    new URLSearchParams({ code: '9'.repeat(16), passphrase: '0'.repeat(16) }),
    headers,
  );
  const { token: q } = await freshForm(t.app, '/en/help/question');
  await post(
    t.app,
    '/en/help/question',
    formData({ token: q, pow: '', homepage: '', category: 'other', question: 'x' }),
    headers,
  );
  const dump = await dumpAll();
  assert.ok(dump.includes('help_requests'), 'the dump reads the help tables');
  for (const marker of [AGENT, ADDRESS, 'QorgauAgentMarker', '203.0.113']) {
    assert.ok(!dump.includes(marker), `${marker} was stored`);
  }
});

test('a failure on a help route logs its kind, never what the form carried', async () => {
  const logged: string[] = [];
  const original = console.error;
  const warn = console.warn;
  console.error = (...args: unknown[]) =>
    logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
  console.warn = console.error;
  const { token } = await freshForm(t.app, '/en/help/report');
  // The database goes away under the form: the submission fails on the server's side.
  try {
    await t.handle.close();
    // Closed here, once: the file's own clean-up must not close it again.
    t.handle.close = async () => undefined;
    const res = await post(
      t.app,
      '/en/help/report',
      formData({ token, pow: '', homepage: '', what: SECRET, contact: SECRET }),
      headers,
    );
    assert.ok(res.status >= 500, `status ${res.status}`);
    assert.ok(!res.text.includes(SECRET));
  } finally {
    console.error = original;
    console.warn = warn;
  }
  const all = logged.join('\n');
  assert.ok(logged.length > 0, 'the failure was logged');
  for (const marker of [SECRET, AGENT, ADDRESS])
    assert.ok(!all.includes(marker), `${marker} reached the log: ${all}`);
});
