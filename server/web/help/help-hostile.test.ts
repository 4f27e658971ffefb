import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countRows } from '../../../test/helpers/app.js';
import {
  formData,
  freshForm,
  post,
  receiptOf,
  sendReport,
  TEST_LIMITS,
  useHelpApp,
} from '../../../test/helpers/help-forms.js';
import { issueForm } from '../../modules/help/intake-guard.js';
import { DEFAULT_INTAKE_LIMITS, helpBodyMax } from '../../modules/help/intake-limits.js';

/*
 * The public forms against what a bot or an attacker sends: too much, the wrong kind, replayed,
 * too fast, too old, forged, the trap filled, markup in every field. Nothing is stored for any of
 * them, no answer is a 5xx, and a person always gets their text back with a reason.
 */

const limits = { ...TEST_LIMITS, maxFiles: 2, maxFileBytes: 64 * 1024 };
const t = useHelpApp(limits);
const stored = () => countRows(t.db, 'help_requests');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function refusedKeepsText(res: { status: number; text: string }, status: number, reason: RegExp) {
  assert.equal(res.status, status, res.text.slice(0, 300));
  assert.match(res.text, reason);
  assert.match(res.text, /Keep this text/);
}

test('a declared body over the limit is refused before it is read', async () => {
  const before = await stored();
  const res = await t.app.request('/en/help/report', {
    method: 'POST',
    headers: {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(helpBodyMax({ ...DEFAULT_INTAKE_LIMITS, ...limits }) + 1),
    },
    body: 'x',
  });
  assert.equal(res.status, 413);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(await stored(), before);
});

test('refusals outside the forms keep the help headers: an unknown page, a wrong method', async () => {
  for (const [method, path] of [
    ['GET', '/en/help/nothing'],
    ['PUT', '/ru/help/report'],
    ['POST', '/kk/help'],
  ] as const) {
    const res = await t.app.request(path, { method });
    assert.ok(res.status >= 400 && res.status < 500, `${method} ${path}: ${res.status}`);
    assert.equal(res.headers.get('cache-control'), 'no-store', path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
    assert.equal(res.headers.get('set-cookie'), null, path);
  }
});

test('a streamed body over the limit stops at the limit and gives the text back', async () => {
  const before = await stored();
  const { token } = await freshForm(t.app, '/en/help/report');
  const big = new Uint8Array(helpBodyMax({ ...DEFAULT_INTAKE_LIMITS, ...limits }) + 1024).fill(0x41);
  const form = formData({ token, pow: '', homepage: '', what: 'Keep this text' }, [
    { name: 'a.txt', bytes: big },
  ]);
  // One serialisation, so the body and its boundary agree; sent as a stream, with no length.
  const whole = new Response(form);
  const body = whole.body;
  const type = whole.headers.get('content-type') ?? '';
  const res = await t.app.request('/en/help/report', {
    method: 'POST',
    body,
    headers: { 'content-type': type },
    duplex: 'half',
  } as RequestInit);
  await refusedKeepsText({ status: res.status, text: await res.text() }, 422, /files together are too large/);
  assert.equal(await stored(), before);
});

test('a file over its size, too many files, and a program are refused with the text kept', async () => {
  const before = await stored();
  const cases = [
    {
      files: [{ name: 'big.png', bytes: new Uint8Array(64 * 1024 + 1).fill(1) }],
      reason: /A file is larger than 64 KB/,
    },
    { files: [1, 2, 3].map((n) => ({ name: `${n}.txt`, bytes: `file ${n}` })), reason: /At most 2 files/ },
    {
      files: [{ name: 'photo.jpg.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4]) }],
      reason: /a kind we cannot take/,
    },
  ];
  for (const { files, reason } of cases) {
    const res = await sendReport(t.app, { what: 'Keep this text' }, { files });
    await refusedKeepsText(res, 422, reason);
    assert.match(res.text, /attach them again/);
  }
  assert.equal(await stored(), before);
  const ok = await sendReport(t.app, { what: 'with a picture' }, { files: [{ name: 'p.png', bytes: PNG }] });
  assert.equal(ok.status, 200);
});

test('wrong content types are refused without a 5xx and store nothing', async () => {
  const before = await stored();
  for (const [type, body] of [
    ['application/json', '{"what":"x"}'],
    ['text/plain', 'what=x'],
    ['multipart/form-data', 'no boundary at all'],
    [
      'multipart/form-data; boundary=zz',
      '--zz\r\nContent-Disposition: form-data; name="what"\r\n\r\nunterminated',
    ],
  ] as const) {
    const res = await t.app.request('/en/help/report', {
      method: 'POST',
      body,
      headers: { 'content-type': type },
    });
    assert.ok(res.status >= 400 && res.status < 500, `${type}: ${res.status}`);
  }
  assert.equal(await stored(), before);
});

test('a token is spent once: the same form sent again is not stored twice', async () => {
  const before = await stored();
  const { token } = await freshForm(t.app, '/en/help/report');
  const send = () =>
    post(t.app, '/en/help/report', formData({ token, pow: '', homepage: '', what: 'Keep this text' }));
  assert.equal((await send()).status, 200);
  await refusedKeepsText(await send(), 400, /can be sent only once/);
  assert.equal(await stored(), before + 1);
});

test('the same token sent twice at once is stored once', async () => {
  const before = await stored();
  const { token } = await freshForm(t.app, '/en/help/report');
  const send = () =>
    post(t.app, '/en/help/report', formData({ token, pow: '', homepage: '', what: 'twice at once' }));
  const answers = await Promise.all([send(), send(), send()]);
  assert.equal(answers.filter((a) => a.status === 200).length, 1);
  assert.equal(await stored(), before + 1);
});

test('forged, expired, foreign-kind and worn-out tokens are refused alike, the text kept', async () => {
  const before = await stored();
  const { token } = await freshForm(t.app, '/en/help/report');
  const old = await issueForm(
    t.db,
    'report',
    { ...DEFAULT_INTAKE_LIMITS, ...limits },
    new Date(Date.now() - 3 * 3600_000),
  );
  const question = await issueForm(t.db, 'question', { ...DEFAULT_INTAKE_LIMITS, ...limits });
  const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
  const later = token.replace(
    /\.([0-9a-z]+)\./,
    (_, at) => `.${(Number.parseInt(at, 36) - 1).toString(36)}.`,
  );
  for (const bad of [forged, old.token, question.token, later, '', 'x'.repeat(5000)]) {
    const res = await post(
      t.app,
      '/en/help/report',
      formData({ token: bad, pow: '', homepage: '', what: 'Keep this text' }),
    );
    await refusedKeepsText(res, 400, /can be sent only once and only for a limited time/);
  }
  // A form sent back with a problem keeps its token, a few times; then it must be shown anew.
  const fresh = await freshForm(t.app, '/en/help/report');
  for (let i = 0; i < 5; i++) {
    const res = await post(
      t.app,
      '/en/help/report',
      formData({ token: fresh.token, pow: '', homepage: '', what: '' }),
    );
    assert.equal(res.status, 422);
    assert.match(res.text, new RegExp(`value="${fresh.token}"`));
  }
  const worn = await post(
    t.app,
    '/en/help/report',
    formData({ token: fresh.token, pow: '', homepage: '', what: 'Keep this text' }),
  );
  await refusedKeepsText(worn, 400, /only once/);
  assert.doesNotMatch(worn.text, new RegExp(`value="${fresh.token}"`));
  assert.equal(await stored(), before);
});

test('the trap filled: an answer that looks taken, nothing stored, and its receipt opens nothing', async () => {
  const before = await stored();
  const { token } = await freshForm(t.app, '/en/help/report');
  const res = await post(
    t.app,
    '/en/help/report',
    formData({ token, pow: '', homepage: 'http://spam.example', what: 'buy now' }),
  );
  assert.equal(res.status, 200);
  const receipt = receiptOf(res.text);
  assert.match(receipt.code, /^\d{16}$/);
  assert.equal(await stored(), before);
  const open = await post(t.app, '/en/help/status', new URLSearchParams(receipt));
  assert.equal(open.status, 404);
});

test('the trap is hidden from people: CSS, screen readers, the tab order and autofill', async () => {
  const { html } = await freshForm(t.app, '/kk/help/question');
  assert.match(html, /<div class="help-trap" aria-hidden="true">/);
  assert.match(html, /<input id="homepage" name="homepage" type="text" tabindex="-1" autocomplete="off"/);
});

const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';

test('markup in every field is shown as text on the refused form, the receipt and the thread', async () => {
  const fields = Object.fromEntries(
    ['what', 'when', 'where', 'targeted', 'by_whom', 'links', 'contact'].map((f) => [f, `${f} ${HOSTILE}`]),
  );
  const refused = await sendReport(t.app, { ...fields, token: 'forged' });
  assert.equal(refused.status, 400);
  const res = await sendReport(t.app, fields, { files: [{ name: `${HOSTILE}.txt`, bytes: 'x' }] });
  assert.equal(res.status, 200);
  const receipt = receiptOf(res.text);
  const thread = await post(t.app, '/en/help/status', new URLSearchParams(receipt));
  assert.equal(thread.status, 200);
  for (const page of [refused.text, res.text, thread.text]) {
    assert.doesNotMatch(page, /<script>alert|<img src=x/);
  }
  assert.match(thread.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  for (const name of Object.keys(fields)) assert.match(thread.text, new RegExp(`${name} &lt;script&gt;`));
  const { token } = await freshForm(t.app, '/en/help/question');
  const question = await post(
    t.app,
    '/en/help/question',
    formData({ token, pow: '', homepage: '', category: HOSTILE, question: 'q' }),
  );
  assert.equal(question.status, 422);
  assert.doesNotMatch(question.text, /<script>alert/);
});

test('a NUL or a very long field does not break the form', async () => {
  const before = await stored();
  const nul = await sendReport(t.app, { what: 'with\u0000nul' });
  assert.equal(nul.status, 200);
  const long = await sendReport(t.app, { what: 'Keep this text', when: 'x'.repeat(501) });
  await refusedKeepsText(long, 422, /“When\?” is too long: at most 500 characters/);
  assert.equal(await stored(), before + 1);
});
