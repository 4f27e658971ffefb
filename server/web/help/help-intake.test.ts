import assert from 'node:assert/strict';
import { test } from 'node:test';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { countRows } from '../../../test/helpers/app.js';
import {
  challengeOf,
  formData,
  freshForm,
  post,
  receiptOf,
  sendReport,
  useHelpApp,
} from '../../../test/helpers/help-forms.js';

const t = useHelpApp();

test('the front page offers both forms, says what is kept, and sets no cookie', async () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const res = await t.app.request(`/${lang}/help`);
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.match(html, new RegExp(`href="/${lang}/help/report"`));
    assert.match(html, new RegExp(`href="/${lang}/help/question"`));
    assert.match(html, /Tor Browser/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('set-cookie'), null);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  }
});

test('a report sent without JavaScript is taken in the moderated lane; the receipt is the answer itself', async () => {
  const before = await countRows(t.db, 'help_requests');
  const res = await sendReport(t.app, { what: 'They broke my camera at the court', when: 'Tuesday' });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('location'), null);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const receipt = receiptOf(res.text);
  assert.match(receipt.code, /^\d{16}$/);
  assert.match(receipt.passphrase, /^\d{16}$/);
  assert.equal(await countRows(t.db, 'help_requests'), before + 1);
  const row = await t.db
    .selectFrom('help_requests')
    .select(['lane', 'kind', 'category'])
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, { lane: 'moderated', kind: 'report', category: 'attack' });
});

test('a form with a solved proof of work goes to the trusted lane', async () => {
  const { token, html } = await freshForm(t.app, '/en/help/question');
  const challenge = JSON.parse(challengeOf(html));
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution);
  const pow = JSON.stringify({
    challenge,
    solution: { counter: solution.counter, derivedKey: solution.derivedKey },
  });
  const res = await post(
    t.app,
    '/en/help/question',
    formData({ token, pow, homepage: '', category: 'lawsuit', question: 'Am I liable?' }),
  );
  assert.equal(res.status, 200);
  const row = await t.db
    .selectFrom('help_requests')
    .select(['lane', 'category'])
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, { lane: 'trusted', category: 'lawsuit' });
});

test('a solution made for another form does not make a request trusted', async () => {
  const other = await freshForm(t.app, '/en/help/question');
  const challenge = JSON.parse(challengeOf(other.html));
  const solution = await solveChallenge({ challenge, deriveKey });
  const pow = JSON.stringify({ challenge, solution });
  const { token } = await freshForm(t.app, '/en/help/question');
  const res = await post(
    t.app,
    '/en/help/question',
    formData({ token, pow, homepage: '', category: 'other', question: 'Q' }),
  );
  assert.equal(res.status, 200);
  const row = await t.db
    .selectFrom('help_requests')
    .select('lane')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  assert.equal(row.lane, 'moderated');
});

test('the receipt opens the thread; a reply is added; "I have saved it" unticked shows the receipt again', async () => {
  const sent = await sendReport(t.app, { what: 'Threat by phone' }, { lang: 'ru' });
  const receipt = receiptOf(sent.text);
  const unticked = await post(t.app, '/ru/help/saved', new URLSearchParams(receipt));
  assert.equal(unticked.status, 400);
  assert.match(unticked.text, /Отметьте поле/);
  assert.deepEqual(receiptOf(unticked.text), receipt);
  const ticked = await post(t.app, '/ru/help/saved', new URLSearchParams({ ...receipt, saved: 'yes' }));
  assert.equal(ticked.status, 200);
  assert.doesNotMatch(ticked.text, new RegExp(receipt.code));
  const spaced = {
    code: receipt.code.replace(/(\d{4})/g, '$1 '),
    passphrase: receipt.passphrase.replace(/(\d{4})(?=\d)/g, '$1-'),
  };
  const thread = await post(t.app, '/ru/help/status', new URLSearchParams(spaced));
  assert.equal(thread.status, 200);
  assert.match(thread.text, /Threat by phone/);
  const token = /name="token" value="([^"]+)"/.exec(thread.text)?.[1] ?? '';
  const reply = await post(
    t.app,
    '/ru/help/status/reply',
    formData({ token, pow: '', homepage: '', ...receipt, text: 'One more thing' }, [
      { name: 'note.txt', bytes: 'a plain note' },
    ]),
  );
  assert.equal(reply.status, 200);
  assert.match(reply.text, /Ваше сообщение отправлено/);
  assert.match(reply.text, /One more thing/);
  const fileId = /name="file" value="([^"]+)"/.exec(reply.text)?.[1] ?? '';
  const file = await t.app.request('/ru/help/status/file', {
    method: 'POST',
    body: new URLSearchParams({ ...receipt, file: fileId }),
  });
  assert.equal(file.status, 200);
  assert.equal(await file.text(), 'a plain note');
  assert.match(file.headers.get('content-disposition') ?? '', /attachment/);
  assert.equal(file.headers.get('cache-control'), 'no-store');
});

test('a wrong receipt is refused kindly, the same for a wrong code and a wrong passphrase', async () => {
  const sent = receiptOf((await sendReport(t.app, { what: 'x' })).text);
  const wrongPass = await post(
    t.app,
    '/en/help/status',
    new URLSearchParams({ code: sent.code, passphrase: '1'.repeat(16) }),
  );
  const wrongCode = await post(
    t.app,
    '/en/help/status',
    new URLSearchParams({ code: '2'.repeat(16), passphrase: sent.passphrase }),
  );
  assert.equal(wrongPass.status, 404);
  assert.equal(wrongCode.status, 404);
  assert.match(wrongPass.text, /We found no messages/);
  assert.doesNotMatch(wrongPass.text, new RegExp(sent.passphrase));
});
