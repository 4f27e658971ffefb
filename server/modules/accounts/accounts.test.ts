import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import { systemPrincipal } from '../../http/auth.js';
import { AccountInput } from './account.schema.js';
import { changeOwnPassword, createAccount, requireTwoFactor } from './account.service.js';
import { createToken } from './api-token.service.js';
import { completeSecondFactor, FAILURES_BEFORE_LOCK, FAILURES_PER_ADDRESS, logIn } from './login.service.js';
import { findSession } from './session.service.js';
import { totpCode } from './totp.js';
import { confirmEnrolment, startEnrolment } from './two-factor.service.js';

const t = useTestApp();
const SYSTEM = systemPrincipal('test');
const PASSWORD = 'correct horse battery staple';
let n = 0;

async function person(role: 'monitor' | 'lawyer' | 'viewer' | 'editor' = 'monitor') {
  n += 1;
  const input = AccountInput.parse({ username: `user${n}`, displayName: `User ${n}`, role });
  const { account } = await createAccount(t.db, SYSTEM, input, PASSWORD);
  return account;
}

const login = (username: string, password = PASSWORD, address = `10.0.0.${n}`) =>
  logIn(t.db, { username, password, address, userAgent: 'test' });

describe('passwords and sessions', () => {
  test('passwords are stored as argon2id hashes, never as given', async () => {
    const account = await person();
    const row = await t.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    assert.match(row.password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.ok(!row.password_hash.includes(PASSWORD));
  });

  test('a right password opens a session; a wrong one or an unknown user is refused the same way', async () => {
    const account = await person();
    const session = await login(account.username);
    assert.equal(session.needsSecondFactor, false);
    const found = await findSession(t.db, session.token);
    assert.equal(found?.account.id, account.id);
    assert.equal(found?.gate, null);
    await assert.rejects(login(account.username, 'wrong password!!'), { code: 'login_failed' });
    await assert.rejects(login('nobody-here', PASSWORD), { code: 'login_failed' });
    assert.equal(await findSession(t.db, 'not-a-session'), null);
  });

  test('weak passwords are refused with a code', async () => {
    const input = AccountInput.parse({ username: 'weakling', displayName: 'W', role: 'viewer' });
    await assert.rejects(
      createAccount(t.db, SYSTEM, input, 'short'),
      (e: any) => e.details[0].code === 'too_short',
    );
    await assert.rejects(
      createAccount(t.db, SYSTEM, input, 'weakling-weakling'),
      (e: any) => e.details[0].code === 'contains_username',
    );
    assert.equal(
      (await t.db.selectFrom('accounts').select('id').where('username', '=', 'weakling').execute()).length,
      0,
    );
  });

  test(`${FAILURES_BEFORE_LOCK} wrong passwords lock the account, even against the right one, until an administrator resets it`, async () => {
    const account = await person();
    for (let i = 1; i < FAILURES_BEFORE_LOCK; i++) {
      await assert.rejects(login(account.username, `wrong password ${i}`), { code: 'login_failed' });
    }
    await assert.rejects(login(account.username, 'wrong password last'), { code: 'account_locked' });
    await assert.rejects(login(account.username), { code: 'account_locked' });
    const reset = await t.post(`/api/v1/accounts/${account.id}/password-reset`, {});
    assert.equal(reset.status, 200);
    const session = await login(account.username, reset.body.temporaryPassword);
    assert.equal((await findSession(t.db, session.token))?.gate, 'change_password');
  });

  test(`one address may fail ${FAILURES_PER_ADDRESS} times, then waits`, async () => {
    const address = '192.0.2.77';
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) {
      await assert.rejects(login(`ghost${i}`, PASSWORD, address), { code: 'login_failed' });
    }
    const account = await person();
    await assert.rejects(login(account.username, PASSWORD, address), { code: 'too_many_attempts' });
    await login(account.username, PASSWORD, '192.0.2.78');
  });

  test('changing one’s password needs the current one and ends the other sessions', async () => {
    const account = await person();
    const a = await login(account.username);
    const b = await login(account.username);
    const keep = (await findSession(t.db, a.token))?.tokenHash ?? null;
    await assert.rejects(
      changeOwnPassword(t.db, account.id, 'not the password', 'a brand new passphrase', keep),
      {
        code: 'validation_failed',
      },
    );
    await changeOwnPassword(t.db, account.id, PASSWORD, 'a brand new passphrase', keep);
    assert.ok(await findSession(t.db, a.token));
    assert.equal(await findSession(t.db, b.token), null);
    await login(account.username, 'a brand new passphrase');
  });

  test('disabling an account ends its sessions and refuses its tokens', async () => {
    const account = await person('viewer');
    const session = await login(account.username);
    const owner = {
      kind: 'account',
      id: account.id,
      username: account.username,
      role: 'viewer',
      scopes: null,
    } as const;
    const { token } = await createToken(t.db, owner, {
      name: 'script',
      scopes: ['read'],
      expiresInDays: null,
    });
    assert.equal(
      (await t.request('GET', '/api/v1/me', { as: 'public', headers: { authorization: `Bearer ${token}` } }))
        .status,
      200,
    );
    const res = await t.put(`/api/v1/accounts/${account.id}`, {
      displayName: 'Gone',
      role: 'viewer',
      language: 'ru',
      disabled: true,
      version: account.version,
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(await findSession(t.db, session.token), null);
    assert.equal(
      (await t.request('GET', '/api/v1/me', { as: 'public', headers: { authorization: `Bearer ${token}` } }))
        .status,
      401,
    );
    await assert.rejects(login(account.username), { code: 'login_failed' });
  });
});

describe('two-factor sign-in', () => {
  test('with an authenticator, the password opens only a half session until a code completes it', async () => {
    const account = await person();
    const { secret, uri } = await startEnrolment(t.db, account.id);
    assert.match(uri, /^otpauth:\/\/totp\/Qorgau:user\d+\?.*secret=/);
    await assert.rejects(confirmEnrolment(t.db, account.id, '000000'), { code: 'second_factor_failed' });
    // Enrol with the current step and sign in with the next one: a step boundary crossed while the
    // test runs moves both codes together, so neither falls outside the one-step drift window.
    const codes = await confirmEnrolment(t.db, account.id, totpCode(secret));
    const signInCode = totpCode(secret, Date.now() + 30_000);
    assert.equal(codes.length, 10);

    const half = await login(account.username);
    assert.equal(half.needsSecondFactor, true);
    assert.equal((await findSession(t.db, half.token))?.gate, 'second_factor');
    await assert.rejects(completeSecondFactor(t.db, half.token, '123456', '10.1.1.1'), {
      code: 'second_factor_failed',
    });
    await completeSecondFactor(t.db, half.token, signInCode, '10.1.1.1');
    assert.equal((await findSession(t.db, half.token))?.gate, null);

    // The same code cannot be used twice.
    const again = await login(account.username);
    await assert.rejects(completeSecondFactor(t.db, again.token, signInCode, '10.1.1.1'), {
      code: 'second_factor_failed',
    });
    // A recovery code works once, typed in any case, with or without dashes.
    const code = codes[0] as string;
    await completeSecondFactor(t.db, again.token, code.toUpperCase().replace(/-/g, ' '), '10.1.1.1');
    const third = await login(account.username);
    await assert.rejects(completeSecondFactor(t.db, third.token, code, '10.1.1.1'), {
      code: 'second_factor_failed',
    });
  });

  test('when an administrator makes it mandatory, an account without it must set it up first', async () => {
    const account = await person();
    const session = await login(account.username);
    assert.equal((await findSession(t.db, session.token))?.gate, null);
    assert.equal((await t.put('/api/v1/settings/two-factor', { required: true })).status, 204);
    assert.equal((await findSession(t.db, session.token))?.gate, 'enrol_two_factor');
    await requireTwoFactor(t.db, SYSTEM, false);
    assert.equal((await findSession(t.db, session.token))?.gate, null);
  });
});

describe('API tokens', () => {
  test('a token is shown once, stored hashed, limited by its scopes and its owner’s role, and revocable', async () => {
    const account = await person('monitor');
    const owner = {
      kind: 'account',
      id: account.id,
      username: account.username,
      role: 'monitor',
      scopes: null,
    } as const;
    const read = await createToken(t.db, owner, { name: 'reader', scopes: ['read'], expiresInDays: 30 });
    assert.match(read.token, /^qg_[A-Za-z0-9_-]{43}$/);
    const stored = await t.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', read.id)
      .executeTakeFirstOrThrow();
    assert.notEqual(stored.token_hash, read.token);
    const as = (token: string) => ({ as: 'public' as const, headers: { authorization: `Bearer ${token}` } });
    assert.equal((await t.request('GET', '/api/v1/me', as(read.token))).body.username, account.username);
    const body = { ...buildIncident({ verification: 'reported', visibility: 'restricted' }) };
    const refused = await t.request('POST', '/api/v1/incidents', { ...as(read.token), json: body });
    assert.equal(refused.status, 403, 'a read token cannot write');
    const write = await createToken(t.db, owner, {
      name: 'writer',
      scopes: ['read', 'write'],
      expiresInDays: null,
    });
    assert.equal(
      (await t.request('POST', '/api/v1/incidents', { ...as(write.token), json: body })).status,
      201,
    );
    await assert.rejects(
      createToken(t.db, owner, { name: 'admin', scopes: ['admin'], expiresInDays: null }),
      { code: 'forbidden' },
    );

    const list = await t.request('GET', '/api/v1/tokens', as(read.token));
    assert.deepEqual(list.body.items.map((x: { name: string }) => x.name).sort(), ['reader', 'writer']);
    assert.ok(!list.text.includes(read.token));
    assert.equal((await t.request('DELETE', `/api/v1/tokens/${write.id}`, as(read.token))).status, 403);
    assert.equal((await t.request('DELETE', `/api/v1/tokens/${read.id}`, as(write.token))).status, 200);
    assert.equal((await t.request('GET', '/api/v1/me', as(read.token))).status, 401, 'revoked at once');
    assert.equal((await t.request('GET', '/api/v1/me', as('qg_made-up'))).status, 401);
  });
});

describe('confidential incidents', () => {
  test('only editors, administrators, the recorder and those granted see a confidential incident', async () => {
    const created = await t.post(
      '/api/v1/incidents',
      buildIncident({ visibility: 'confidential', title: { en: 'Source in danger' } }),
    );
    assert.equal(created.status, 201);
    const id = created.body.id;
    const seen = async (who: 'editor' | 'monitor' | 'lawyer' | 'viewer' | 'admin') => {
      const one = await t.get(`/api/v1/incidents/${id}`, who);
      const list = await t.get('/api/v1/incidents?q=danger', who);
      assert.equal(one.status === 200, list.body.items.length === 1, `${who}: list and record agree`);
      return one.status === 200;
    };
    assert.equal(await seen('admin'), true);
    assert.equal(await seen('editor'), true);
    assert.equal(await seen('monitor'), false);
    assert.equal(await seen('lawyer'), false);
    assert.equal((await t.get(`/api/v1/incidents/${id}/history`, 'lawyer')).status, 404);
    assert.equal(
      (
        await t.put(
          `/api/v1/incidents/${id}`,
          { ...buildIncident({ visibility: 'confidential' }), version: 1 },
          'monitor',
        )
      ).status,
      404,
    );

    const byRole = await t.post(`/api/v1/incidents/${id}/grants`, { role: 'lawyer' }, 'editor');
    assert.equal(byRole.status, 201, byRole.text);
    assert.equal(await seen('lawyer'), true);
    assert.equal(await seen('monitor'), false);
    const byAccount = await t.post(
      `/api/v1/incidents/${id}/grants`,
      { accountId: t.accounts.monitor },
      'editor',
    );
    assert.equal(await seen('monitor'), true);
    assert.equal(await seen('viewer'), false);
    const grants = await countRows(t.db, 'incident_grants');
    assert.equal((await t.post(`/api/v1/incidents/${id}/grants`, { role: 'viewer' }, 'monitor')).status, 403);
    assert.equal(await countRows(t.db, 'incident_grants'), grants);
    const grantId = byAccount.body.items.find((g: { accountId: string | null }) => g.accountId)?.id;
    assert.equal((await t.delete(`/api/v1/incidents/${id}/grants/${grantId}`, 'editor')).status, 204);
    assert.equal(await seen('monitor'), false);
    assert.equal((await t.get(`/api/v1/incidents/${id}`, 'public')).status, 404);
  });
});
