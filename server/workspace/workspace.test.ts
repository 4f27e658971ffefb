import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Role } from '../../shared/access/permissions.js';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident } from '../../test/helpers/factories.js';
import {
  account as newAccount,
  PASSWORD,
  browser as workspaceBrowser,
} from '../../test/helpers/workspace.js';
import { totpCode } from '../modules/accounts/totp.js';

const t = useTestApp();
const browser = (headers: Record<string, string> = {}) => workspaceBrowser(t, headers);
const account = (role: Role = 'monitor', password: string | null = PASSWORD) => newAccount(t, role, password);

describe('signing in to the workspace', () => {
  test('without a session every page sends you to sign in; the session cookie is HttpOnly and SameSite=Strict', async () => {
    const b = browser();
    const first = await b.get('/en/workspace/');
    assert.equal(first.status, 303);
    assert.equal(first.location, '/en/workspace/login');
    const { account: a } = await account();
    const res = await b.signIn(a.username);
    assert.equal(res.status, 303, res.html);
    assert.equal(res.location, '/en/workspace/');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('qorgau_session='));
    assert.match(cookie ?? '', /HttpOnly/);
    assert.match(cookie ?? '', /SameSite=Strict/);
    assert.doesNotMatch(cookie ?? '', /Secure/);
    const dashboard = await b.get('/en/workspace/');
    assert.equal(dashboard.status, 200);
    assert.match(dashboard.headers.get('cache-control') ?? '', /no-store/);
    assert.match(dashboard.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.ok(dashboard.html.includes('Signed in as Worker'));
  });

  test('the workspace opens in the account’s language, which its owner chooses on the account page', async () => {
    const { account: a } = await account();
    const b = browser();
    const first = await b.submit('/ru/workspace/login', '/ru/workspace/login', {
      username: a.username,
      password: PASSWORD,
    });
    assert.equal(first.location, '/en/workspace/', 'an English account signing in on the Russian page');

    const page = await b.get('/en/workspace/password');
    assert.ok(page.html.includes('Language of your workspace'));
    assert.match(page.html, /<option value="kk" lang="kk">Қазақша<\/option>/);
    const chosen = await b.submit('/en/workspace/password', '/en/workspace/language', { language: 'kk' });
    assert.equal(chosen.location, '/kk/workspace/password?done=language');
    const after = await b.get('/kk/workspace/password?done=language');
    assert.ok(after.html.includes('Сақталды.'));
    assert.match(after.html, /<option value="kk" lang="kk" selected="">/);
    assert.equal((await b.get('/kk/workspace/')).status, 200, 'the session goes on');

    const refused = await b.submit('/en/workspace/password', '/en/workspace/language', { language: 'de' });
    assert.equal(refused.status, 422);

    await b.submit('/en/workspace/', '/en/workspace/logout', {});
    const again = await b.signIn(a.username);
    assert.equal(again.location, '/kk/workspace/');
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'changes'])
      .where('entity_id', '=', a.id)
      .where('action', '=', 'account.updated')
      .execute();
    assert.equal(audit.length, 1);
    const changes = audit[0]?.changes as { path: string; before: unknown; after: unknown }[];
    assert.deepEqual(
      changes.find((change) => change.path === 'language'),
      { path: 'language', before: 'en', after: 'kk' },
    );
  });

  test('over HTTPS the cookie is Secure', async () => {
    const { account: a } = await account();
    const res = await browser({ 'x-forwarded-proto': 'https' }).signIn(a.username);
    assert.match(res.headers.getSetCookie().find((c) => c.startsWith('qorgau_session=')) ?? '', /Secure/);
  });

  test('a sign-in form without its token, or from another site, is refused', async () => {
    const { account: a } = await account();
    const b = browser();
    await b.get('/en/workspace/login');
    const forged = await b.post('/en/workspace/login', {
      username: a.username,
      password: PASSWORD,
      _csrf: 'forged',
    });
    assert.equal(forged.status, 403);
    assert.ok(!b.jar.has('qorgau_session'));
    const cross = browser({ origin: 'https://evil.example' });
    const res = await cross.signIn(a.username);
    assert.equal(res.status, 403);
  });

  test('a wrong password is refused in the reader’s language', async () => {
    const { account: a } = await account();
    const b = browser();
    const html = (await b.get('/ru/workspace/login')).html;
    const res = await b.post('/ru/workspace/login', {
      _csrf: b.csrf(html),
      username: a.username,
      password: 'nope nope nope',
    });
    assert.equal(res.status, 401);
    assert.ok(res.html.includes('Неверное имя пользователя или пароль'));
  });

  test('a temporary password must be changed before anything else', async () => {
    const { account: a, temporaryPassword } = await account('monitor', null);
    const b = browser();
    await b.signIn(a.username, temporaryPassword as string);
    const gate = await b.get('/en/workspace/');
    assert.equal(gate.location, '/en/workspace/password');
    const mismatch = await b.submit('/en/workspace/password', '/en/workspace/password', {
      current: temporaryPassword as string,
      next: PASSWORD,
      repeat: 'something else entirely',
    });
    assert.equal(mismatch.status, 422);
    const done = await b.submit('/en/workspace/password', '/en/workspace/password', {
      current: temporaryPassword as string,
      next: PASSWORD,
      repeat: PASSWORD,
    });
    assert.equal(done.status, 303, done.html);
    assert.equal((await b.get('/en/workspace/')).status, 200);
  });

  test('two-step sign-in: set up on the account page, then asked for at every sign-in', async () => {
    const { account: a } = await account();
    const b = browser();
    await b.signIn(a.username);
    const page = await b.get('/en/workspace/two-factor');
    const secret = /data-totp-secret="([A-Z2-7]+)"/.exec(page.html)?.[1] as string;
    assert.ok(secret, 'the key is shown');
    assert.ok(page.html.includes('<svg'), 'with its QR code');
    const on = await b.post('/en/workspace/two-factor', {
      _csrf: b.csrf(page.html),
      action: 'confirm',
      code: totpCode(secret),
    });
    assert.equal(on.status, 200, on.html);
    assert.equal(
      [...on.html.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].length,
      10,
      'ten recovery codes, once',
    );

    await b.submit('/en/workspace/', '/en/workspace/logout', {});
    assert.ok(!b.jar.has('qorgau_session'));
    const half = await b.signIn(a.username);
    assert.equal(half.location, '/en/workspace/second-factor');
    assert.equal((await b.get('/en/workspace/')).location, '/en/workspace/second-factor');
    const wrong = await b.submit('/en/workspace/second-factor', '/en/workspace/second-factor', {
      code: '000000',
    });
    assert.equal(wrong.status, 401);
    const right = await b.submit('/en/workspace/second-factor', '/en/workspace/second-factor', {
      // The next step: the one used to enrol cannot be replayed, and one step ahead is within drift.
      code: totpCode(secret, Date.now() + 30_000),
    });
    assert.equal(right.location, '/en/workspace/');
    assert.equal((await b.get('/en/workspace/')).status, 200);
  });
});

describe('the workspace pages', () => {
  test('the dashboard lists incidents to verify, stalled cases and overdue letters', async () => {
    const waiting = await t.post(
      '/api/v1/incidents',
      buildIncident({
        verification: 'reported',
        visibility: 'restricted',
        title: { en: 'Waiting for checks' },
      }),
    );
    const stalled = await t.post('/api/v1/incidents', buildIncident({ title: { en: 'Nobody moved it' } }));
    await t.post(`/api/v1/incidents/${stalled.body.id}/proceedings`, { kind: 'against_perpetrators' });
    const proceeding = (await t.get(`/api/v1/incidents/${stalled.body.id}/case`)).body.proceedings[0];
    await t.post(`/api/v1/proceedings/${proceeding.id}/events`, { type: 'case_opened', on: '2020-01-10' });
    await t.post('/api/v1/interventions', {
      kind: 'letter',
      title: { en: 'Letter to the prosecutor' },
      addressee: 'Prosecutor',
      deadline: '2021-01-01',
    });
    const { account: a } = await account('viewer');
    const b = browser();
    await b.signIn(a.username);
    const html = (await b.get('/en/workspace/')).html;
    assert.ok(html.includes(waiting.body.reference) && html.includes('Waiting for checks'));
    assert.ok(html.includes(stalled.body.reference) && html.includes('Nobody moved it'));
    assert.ok(html.includes('Letter to the prosecutor'));
    const kk = (await b.get('/kk/workspace/')).html;
    assert.ok(kk.includes('Тексерілетін оқиғалар'));
  });

  test('API tokens: created with the page’s token only, shown once, revocable', async () => {
    const { account: a } = await account('monitor');
    const b = browser();
    await b.signIn(a.username);
    const forged = await b.post('/en/workspace/tokens', { _csrf: 'forged', name: 'x', scopes: 'read' });
    assert.equal(forged.status, 403);
    assert.equal(
      (await t.db.selectFrom('api_tokens').select('id').where('account_id', '=', a.id).execute()).length,
      0,
    );
    const created = await b.submit('/en/workspace/tokens', '/en/workspace/tokens', {
      name: 'sync script',
      scopes: ['read', 'write'],
    });
    const token = /data-new-token="">(qg_[^<]+)</.exec(created.html)?.[1] as string;
    assert.ok(token);
    const me = await t.request('GET', '/api/v1/me', {
      as: 'public',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(me.body.username, a.username);
    const again = await b.get('/en/workspace/tokens');
    assert.ok(!again.html.includes(token), 'never shown again');
    const id = /action="\/en\/workspace\/tokens\/([0-9a-f-]{36})\/revoke"/.exec(again.html)?.[1] as string;
    await b.submit('/en/workspace/tokens', `/en/workspace/tokens/${id}/revoke`, {});
    assert.equal(
      (await t.request('GET', '/api/v1/me', { as: 'public', headers: { authorization: `Bearer ${token}` } }))
        .status,
      401,
    );
  });

  test('administrators manage accounts; others are refused in the workspace frame', async () => {
    const { account: admin } = await account('administrator');
    const b = browser();
    await b.signIn(admin.username);
    const created = await b.submit('/en/workspace/accounts', '/en/workspace/accounts', {
      username: 'newlawyer',
      displayName: 'New Lawyer',
      role: 'lawyer',
      language: 'kk',
    });
    assert.equal(created.status, 200, created.html);
    const temporary = /Temporary password, shown once: ([A-Za-z0-9_-]+)</.exec(created.html)?.[1] as string;
    assert.ok(temporary);
    const lawyer = browser();
    const signedIn = await lawyer.signIn('newlawyer', temporary);
    assert.equal(signedIn.status, 303, `${temporary}: ${signedIn.html.slice(-600)}`);
    assert.equal((await lawyer.get('/en/workspace/')).location, '/en/workspace/password');

    const { account: monitor } = await account('monitor');
    const m = browser();
    await m.signIn(monitor.username);
    const refused = await m.get('/en/workspace/accounts');
    assert.equal(refused.status, 403);
    assert.ok(refused.html.includes('Your account may not do this'));
    assert.ok(!refused.html.includes('newlawyer'));
  });
});
