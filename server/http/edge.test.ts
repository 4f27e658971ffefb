import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { t as say } from '../../shared/i18n/index.js';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident } from '../../test/helpers/factories.js';
import { browser } from '../../test/helpers/workspace.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { inTransaction, TRANSACTION_ATTEMPTS } from '../db/database.js';
import { AccountInput } from '../modules/accounts/account.schema.js';
import { createAccount } from '../modules/accounts/account.service.js';
import { FAILURES_BEFORE_LOCK, logIn } from '../modules/accounts/login.service.js';
import { systemPrincipal } from './auth.js';
import { clientAddress, trustedProxies } from './client-address.js';
import { asAppError } from './errors.js';

const t = useTestApp();

/** A body that counts what was read of it: a refusal before reading reads (almost) nothing. */
function countedBody(total: number) {
  let read = 0;
  const chunk = new Uint8Array(64 * 1024).fill(120);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read >= total) return controller.close();
      read += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, read: () => read };
}

describe('bodies are limited before they are read', () => {
  test('a declared 512 MiB sign-in is refused at once: 413, a page in the reader’s language', async () => {
    const body = countedBody(512 * 1024 * 1024);
    const res = await t.app.request('/ru/workspace/login', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(512 * 1024 * 1024),
      },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
    const html = await res.text();
    assert.ok(html.includes('lang="ru"'));
    assert.ok(html.includes(say('ru', 'error.payload_too_large')));
    assert.ok(body.read() <= 128 * 1024, `read ${body.read()} bytes`);
  });

  test('an undeclared (chunked) body is counted and cut at the limit: 413 payload_too_large for the API', async () => {
    const body = countedBody(8 * 1024 * 1024);
    const res = await t.app.request('/api/v1/incidents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.administrator}` },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
    assert.equal((await res.json()).error.code, 'payload_too_large');
    assert.ok(body.read() <= 1024 * 1024 + 128 * 1024, `read ${body.read()} bytes`);
  });

  test('the sign-in form takes 16 KiB; other forms 1 MiB', async () => {
    const b = browser(t);
    const page = await b.get('/en/workspace/login');
    const res = await b.post('/en/workspace/login', {
      _csrf: b.csrf(page.html),
      username: 'x'.repeat(17 * 1024),
      password: 'p',
    });
    assert.equal(res.status, 413);
    assert.ok(res.html.includes(say('en', 'error.payload_too_large')));
  });
});

describe('text, cursors and numbers', () => {
  test('a NUL in a path, a query or a body is 400 invalid_text naming the field', async () => {
    const inPath = await t.get('/api/v1/incidents/a%00b', 'public');
    assert.equal(inPath.status, 400);
    assert.deepEqual(inPath.body.error.details, [{ path: 'path', code: 'invalid_text' }]);
    const inQuery = await t.get('/api/v1/incidents?q=a%00b', 'public');
    assert.deepEqual(inQuery.body.error.details, [{ path: 'q', code: 'invalid_text' }]);
    const inBody = await t.post(
      '/api/v1/incidents',
      buildIncident({ title: { en: 'a\u0000b', ru: '\ud800' } }),
    );
    assert.equal(inBody.status, 400);
    assert.equal(inBody.body.error.code, 'invalid_text');
    assert.deepEqual(
      inBody.body.error.details.map((d: { path: string }) => d.path),
      ['title.en', 'title.ru'],
    );
    const pair = await t.post('/api/v1/people', { name: 'Emoji \ud83d\ude00 fine', roles: ['journalist'] });
    assert.equal(pair.status, 201, 'a surrogate pair is a character like any other');
  });

  test('a cursor with an impossible day or an id that is no UUID is 400 invalid_cursor', async () => {
    for (const pair of [
      ['2023-02-30', '00000000-0000-4000-8000-000000000000'],
      ['2023-02-20', 'gggggggg-gggg-gggg-gggg-gggggggggggg'],
    ]) {
      const cursor = Buffer.from(JSON.stringify(pair)).toString('base64url');
      const res = await t.get(`/api/v1/incidents?cursor=${cursor}`, 'public');
      assert.equal(res.status, 400, pair.join(' '));
      assert.deepEqual(res.body.error.details, [{ path: 'cursor', code: 'invalid_cursor' }]);
    }
  });

  test('integers over int4 are 422 at their path, not a database error', async () => {
    for (const [field, value] of [
      ['rank', 2147483648],
      ['outOf', 2147483648],
      ['year', 2147483648],
    ] as const) {
      const body = { country: 'KZ', indicator: 'rsf_press_freedom_index', year: 2020, [field]: value };
      const res = await t.post('/api/v1/indicators', body);
      assert.equal(res.status, 422, field);
      assert.equal(res.body.error.details[0].path, field);
    }
    const del = await t.request(
      'DELETE',
      '/api/v1/people/00000000-0000-4000-8000-000000000000?version=2147483648',
    );
    assert.equal(del.status, 400);
  });
});

describe('concurrent writes', () => {
  test('a deadlock or serialization failure is tried again, then answered 503 try_again', async () => {
    let tries = 0;
    const result = await inTransaction(t.db, async () => {
      tries += 1;
      if (tries < 3) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
      return 'written';
    });
    assert.equal(result, 'written');
    assert.equal(tries, 3);
    tries = 0;
    const always = inTransaction(t.db, async () => {
      tries += 1;
      throw Object.assign(new Error('could not serialize access'), { code: '40001' });
    });
    const err = await always.catch((e: unknown) => e);
    assert.equal(tries, TRANSACTION_ATTEMPTS);
    const answer = asAppError(err);
    assert.equal(answer?.code, 'try_again');
    assert.equal(answer?.status, 503);
    assert.equal(asAppError({ code: '55P03' })?.status, 503);
    assert.equal(asAppError({ code: '22P02' })?.status, 422);
  });

  test('two transactions locking in opposite order both end written (on PostgreSQL: a deadlock, tried again)', async () => {
    const [a, b] = await Promise.all([
      t.post('/api/v1/people', { name: 'Deadlock A' }),
      t.post('/api/v1/people', { name: 'Deadlock B' }),
    ]);
    const crossed = async (first: string, second: string) =>
      inTransaction(t.db, async (trx) => {
        await trx.updateTable('people').set({ notes: 'x' }).where('id', '=', first).execute();
        await new Promise((r) => setTimeout(r, 50));
        await trx.updateTable('people').set({ notes: 'y' }).where('id', '=', second).execute();
        return 'done';
      });
    const results = await Promise.all([crossed(a.body.id, b.body.id), crossed(b.body.id, a.body.id)]);
    assert.deepEqual(results, ['done', 'done']);
  });
});

describe('sign-in: the proxy and the answer', () => {
  test('X-Forwarded-For counts only from a trusted proxy, read from the right', () => {
    const proxies = trustedProxies(['10.0.0.0/8', '::1']);
    assert.equal(clientAddress('10.1.2.3', '198.51.100.7', proxies), '198.51.100.7');
    assert.equal(
      clientAddress('::ffff:10.1.2.3', '203.0.113.9, 198.51.100.7, 10.0.0.2', proxies),
      '198.51.100.7',
    );
    assert.equal(clientAddress('198.51.100.50', '203.0.113.9', proxies), '198.51.100.50', 'untrusted peer');
    assert.equal(clientAddress('10.1.2.3', '203.0.113.9', null), '10.1.2.3', 'no proxies configured');
    assert.equal(clientAddress('10.1.2.3', 'not-an-address', proxies), '10.1.2.3');
    assert.throws(() => trustedProxies(['10.0.0.0/33']), /10\.0\.0\.0\/33/);
    assert.deepEqual(
      loadConfig({ QORGAU_TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16' }, '/nonexistent').trustedProxies,
      ['10.0.0.1', '192.168.0.0/16'],
    );
    assert.throws(
      () => loadConfig({ QORGAU_TRUSTED_PROXIES: 'proxy.local' }, '/nonexistent'),
      /QORGAU_TRUSTED_PROXIES/,
    );
  });

  test('the sign-in form throttles the address a trusted proxy names, not the proxy', async () => {
    const app = buildApp({ db: t.db, files: { dir: t.filesDir }, trustedProxies: ['10.0.0.0/8'] });
    const env = { incoming: { socket: { remoteAddress: '10.9.9.9', remoteFamily: 'IPv4' } } };
    const page = await app.request('/en/workspace/login', {}, env);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    await app.request(
      '/en/workspace/login',
      {
        method: 'POST',
        headers: {
          cookie,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': '198.51.100.23',
        },
        body: new URLSearchParams({
          _csrf: csrf,
          username: 'proxied',
          password: 'wrong password',
        }).toString(),
      },
      env,
    );
    const row = await t.db
      .selectFrom('login_attempts')
      .select('address')
      .where('username', '=', 'proxied')
      .executeTakeFirst();
    assert.equal(row?.address, '198.51.100.23');
  });

  test('a wrong password gets the same answer whether the username exists, is locked, or not', async () => {
    const input = AccountInput.parse({ username: 'real-person', displayName: 'Real', role: 'viewer' });
    await createAccount(t.db, systemPrincipal('test'), input, 'correct horse battery staple');
    const attempt = (username: string, password: string) =>
      logIn(t.db, { username, password, address: `203.0.113.${username.length}`, userAgent: null }).then(
        () => ({ code: 'signed_in', message: '' }),
        (e: { code: string; message: string }) => ({ code: e.code, message: e.message }),
      );
    const answers: Record<string, { code: string; message: string }[]> = {
      'real-person': [],
      'made-up-name': [],
    };
    for (let i = 0; i < FAILURES_BEFORE_LOCK + 1; i++) {
      for (const username of Object.keys(answers))
        answers[username]?.push(await attempt(username, `wrong ${i}`));
    }
    assert.deepEqual(answers['real-person'], answers['made-up-name']);
    assert.equal(answers['made-up-name']?.[FAILURES_BEFORE_LOCK - 1]?.code, 'account_locked');
    // Locked, the right password is refused like a wrong one: the lock tells nothing about it.
    assert.equal((await attempt('real-person', 'correct horse battery staple')).code, 'account_locked');
  });
});
