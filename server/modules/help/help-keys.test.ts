import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { freshDatabase } from '../../../test/helpers/database.js';
import {
  newStaff,
  STAFF_PASSWORD,
  type StaffMember,
  setUpDesk,
  signIn,
  withAccess,
} from '../../../test/helpers/help-desk.js';
import type { DatabaseHandle } from '../../db/database.js';
import { changeOwnPassword, resetPassword, updateAccount } from '../accounts/account.service.js';
import { sha256 } from '../accounts/secrets.js';
import { SealBroken, unwrapKey } from './help.crypto.js';
import {
  grantDeskAccess,
  listDeskAccess,
  revokeDeskAccess,
  unlockWithRecoveryKey,
} from './help-access.service.js';
import { helpDeskCommand } from './help-desk.cli.js';
import { deskKeyForSession, helpDeskStatus, initHelpDesk } from './help-keys.service.js';

let handle: DatabaseHandle;
let admin: StaffMember;
let recoveryKey: string;

before(async () => {
  handle = await freshDatabase();
  ({ admin, recoveryKey } = await setUpDesk(handle.db));
});
after(() => handle.close());

const accountRow = (id: string) =>
  handle.db
    .selectFrom('accounts')
    .select(['version', 'display_name', 'role', 'language'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

const grants = async (accountId: string) =>
  (
    await handle.db
      .selectFrom('help_desk_grants')
      .select('key_version')
      .where('account_id', '=', accountId)
      .execute()
  ).length;

describe('help desk keys', () => {
  test('init runs once; its recovery key opens the desk, a wrong one does not', async () => {
    assert.match(recoveryKey, /^([0-9A-Z]{4} ){7}[0-9A-Z]{4}$/);
    await assert.rejects(initHelpDesk(handle.db), { code: 'already_initialised' });
    const lines: string[] = [];
    assert.equal(await helpDeskCommand(handle.db, 'init', (l) => lines.push(l)), 1);
    assert.match(lines.join('\n'), /already set up/);
    assert.equal((await handle.db.selectFrom('help_desk_keys').select('version').execute()).length, 1);
    assert.ok(admin.deskKey, 'the administrator who unlocked holds the key');
    const other = await newStaff(handle.db, 'administrator');
    const wrong = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
    await assert.rejects(unlockWithRecoveryKey(handle.db, other.who, wrong, other), {
      code: 'help_recovery_key_wrong',
    });
    await unlockWithRecoveryKey(handle.db, other.who, recoveryKey.toLowerCase().replaceAll(' ', '-'), other);
    assert.ok(await deskKeyForSession(handle.db, other.tokenHash, other.token));
    const lawyer = await newStaff(handle.db, 'lawyer');
    await assert.rejects(unlockWithRecoveryKey(handle.db, lawyer.who, recoveryKey, lawyer), {
      code: 'forbidden',
    });
    const status = await helpDeskStatus(handle.db);
    assert.equal(status.initialised, true);
    assert.equal(status.staffWithAccess, 2);
  });

  test('a session’s wrapped desk key opens only with the cookie token, which the database never holds', async () => {
    const row = await handle.db
      .selectFrom('sessions')
      .select(['desk_key_wrapped', 'token_hash'])
      .where('token_hash', '=', admin.tokenHash)
      .executeTakeFirstOrThrow();
    assert.ok(row.desk_key_wrapped);
    assert.equal(await deskKeyForSession(handle.db, admin.tokenHash, 'another token'), null);
    assert.equal(await deskKeyForSession(handle.db, admin.tokenHash, admin.tokenHash), null);
    const fromHash = new Uint8Array(Buffer.from(row.token_hash, 'hex'));
    await assert.rejects(unwrapKey(fromHash, row.desk_key_wrapped as Uint8Array), SealBroken);
    const all = JSON.stringify(await handle.db.selectFrom('sessions').selectAll().execute());
    assert.ok(!all.includes(admin.token), 'no session column holds the token');
  });

  test('without a grant no desk key; a grant needs help.keys, a desk role and a key pair', async () => {
    const monitor = await newStaff(handle.db, 'monitor');
    assert.equal(monitor.deskKey, null);
    const viewer = await newStaff(handle.db, 'viewer');
    const key = admin.deskKey as NonNullable<typeof admin.deskKey>;
    await assert.rejects(grantDeskAccess(handle.db, monitor.who, monitor.id, key), { code: 'forbidden' });
    await assert.rejects(
      grantDeskAccess(handle.db, admin.who, viewer.id, key),
      (e: any) => e.details[0].code === 'not_help_staff',
    );
    const noKeyYet = await handle.db
      .insertInto('accounts')
      .values({
        username: 'never-signed-in',
        display_name: 'N',
        role: 'lawyer',
        language: 'en',
        password_hash: 'x',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await assert.rejects(grantDeskAccess(handle.db, admin.who, noKeyYet.id, key), {
      code: 'help_key_missing',
    });
    const access = await listDeskAccess(handle.db, admin.who);
    assert.deepEqual(
      access.find((a) => a.accountId === monitor.id),
      { ...access.find((a) => a.accountId === monitor.id), hasKeyPair: true, hasGrant: false },
    );
    assert.equal(access.find((a) => a.accountId === noKeyYet.id)?.hasKeyPair, false);
    assert.ok(
      !access.some((a) => a.accountId === viewer.id),
      'roles that do not work the desk are not listed',
    );
    await assert.rejects(listDeskAccess(handle.db, monitor.who), { code: 'forbidden' });
  });

  test('revoking takes the key from live sessions and later sign-ins', async () => {
    const lawyer = await withAccess(handle.db, admin, await newStaff(handle.db, 'lawyer'));
    assert.ok(lawyer.deskKey);
    await revokeDeskAccess(handle.db, admin.who, lawyer.id);
    assert.equal(await deskKeyForSession(handle.db, lawyer.tokenHash, lawyer.token), null);
    assert.equal((await signIn(handle.db, lawyer)).deskKey, null);
    const audit = await handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', lawyer.id)
      .where('entity_type', '=', 'help_desk')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['help.access_granted', 'help.access_revoked'],
    );
  });

  test('a role that no longer works the desk, or a disabled account, loses the grant', async () => {
    const lawyer = await withAccess(handle.db, admin, await newStaff(handle.db, 'lawyer'));
    const monitor = await withAccess(handle.db, admin, await newStaff(handle.db, 'monitor'));
    const change = async (id: string, role: 'viewer' | 'editor' | 'monitor', disabled = false) => {
      const row = await accountRow(id);
      await updateAccount(handle.db, admin.who, id, {
        displayName: row.display_name,
        role,
        language: 'en',
        disabled,
        version: row.version,
      });
    };
    await change(lawyer.id, 'editor');
    assert.equal(await grants(lawyer.id), 1, 'editors work the desk too: the grant stays');
    await change(lawyer.id, 'viewer');
    assert.equal(await grants(lawyer.id), 0);
    await change(monitor.id, 'monitor', true);
    assert.equal(await grants(monitor.id), 0);
  });

  test('a password change keeps access; an administrator’s reset loses it (a new pair at next sign-in)', async () => {
    const lawyer = await withAccess(handle.db, admin, await newStaff(handle.db, 'lawyer'));
    const next = 'a different long passphrase';
    await changeOwnPassword(handle.db, lawyer.id, STAFF_PASSWORD, next, lawyer.tokenHash);
    assert.ok(
      await deskKeyForSession(handle.db, lawyer.tokenHash, lawyer.token),
      'the session kept stays open',
    );
    const again = await signIn(handle.db, lawyer, next);
    assert.ok(again.deskKey, 'the key pair was rewrapped under the new password');
    const before = await handle.db
      .selectFrom('help_staff_keys')
      .select('public_key')
      .where('account_id', '=', lawyer.id)
      .executeTakeFirstOrThrow();
    const { temporaryPassword } = await resetPassword(handle.db, admin.who, lawyer.id);
    assert.equal(await grants(lawyer.id), 0);
    const fresh = await signIn(handle.db, lawyer, temporaryPassword);
    assert.equal(fresh.deskKey, null);
    const after = await handle.db
      .selectFrom('help_staff_keys')
      .select('public_key')
      .where('account_id', '=', lawyer.id)
      .executeTakeFirstOrThrow();
    assert.notDeepEqual(after.public_key, before.public_key);
    await grantDeskAccess(handle.db, admin.who, lawyer.id, admin.deskKey as never);
    assert.ok((await signIn(handle.db, lawyer, temporaryPassword)).deskKey, 'access can be given again');
    assert.equal(sha256(fresh.token), fresh.tokenHash);
  });
});

test('a session waiting for its second factor holds the key but cannot use it yet', async () => {
  const lawyer = await withAccess(handle.db, admin, await newStaff(handle.db, 'lawyer'));
  await handle.db
    .updateTable('sessions')
    .set({ complete: false })
    .where('token_hash', '=', lawyer.tokenHash)
    .execute();
  assert.equal(await deskKeyForSession(handle.db, lawyer.tokenHash, lawyer.token), null);
  await handle.db
    .updateTable('sessions')
    .set({ complete: true })
    .where('token_hash', '=', lawyer.tokenHash)
    .execute();
  assert.ok(await deskKeyForSession(handle.db, lawyer.tokenHash, lawyer.token));
});
