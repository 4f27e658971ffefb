import type { Language } from '../../../shared/languages.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import {
  applyStaffRewrap,
  forgetStaffKey,
  prepareStaffRewrap,
  revokeIfNoLongerWorking,
} from '../help/help-keys.service.js';
import { presentAccount } from './account.presenter.js';
import * as repo from './account.repo.js';
import type { AccountInput, AccountUpdate, AccountView } from './account.schema.js';
import { checkPasswordRules, hashPassword, verifyPassword } from './password.js';
import { randomSecret } from './secrets.js';

/** A password someone is given to sign in once and then change: 18 random characters. */
const temporaryPassword = () => randomSecret(14);

async function load(db: Db, id: string) {
  const row = await repo.findAccount(db, id);
  if (!row) throw notFound('account_not_found', 'Account', id);
  return row;
}

/**
 * Creates an account. Without a password a temporary one is generated and returned once; the
 * person must change it at first sign-in.
 */
export async function createAccount(
  db: Db,
  who: Principal,
  input: AccountInput,
  password: string | null = null,
): Promise<{ account: AccountView; temporaryPassword: string | null }> {
  const actor = authorize(who, 'accounts.manage');
  if (password !== null) checkPasswordRules(password, input.username);
  const given = password ?? temporaryPassword();
  const hash = await hashPassword(given);
  return inTransaction(db, async (trx) => {
    const row = await repo.insertAccount(trx, {
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      language: input.language,
      password_hash: hash,
      must_change_password: password === null,
    });
    const account = presentAccount(row);
    await recordAudit(trx, {
      actor,
      action: 'account.created',
      entityType: 'account',
      entityId: row.id,
      before: null,
      after: account,
    });
    return { account, temporaryPassword: password === null ? given : null };
  });
}

export async function listAccounts(db: Db, who: Principal): Promise<AccountView[]> {
  authorize(who, 'accounts.manage');
  return (await repo.listAccountRows(db)).map(presentAccount);
}

export async function readAccount(db: Db, who: Principal, id: string): Promise<AccountView> {
  if (!(who.kind === 'account' && who.id === id)) authorize(who, 'accounts.manage');
  return presentAccount(await load(db, id));
}

/** Changes name, role, language or disables the account; a changed role or disabling ends its sessions. */
export function updateAccount(
  db: Db,
  who: Principal,
  id: string,
  input: AccountUpdate,
): Promise<AccountView> {
  const actor = authorize(who, 'accounts.manage');
  return inTransaction(db, async (trx) => {
    const before = await load(trx, id);
    if (before.version !== input.version) throw versionConflict(before.version);
    if (who.kind === 'account' && who.id === id && (input.disabled || input.role !== 'administrator')) {
      throw new AppError('forbidden', 'An administrator cannot demote or disable their own account', [
        { path: input.disabled ? 'disabled' : 'role', code: 'own_account' },
      ]);
    }
    const row = await repo.setAccount(trx, id, {
      display_name: input.displayName,
      role: input.role,
      language: input.language,
      disabled_at: input.disabled ? (before.disabled_at ?? new Date()) : null,
      version: before.version + 1,
      updated_at: new Date(),
    });
    if (input.disabled || input.role !== before.role) await repo.endSessions(trx, id);
    await revokeIfNoLongerWorking(trx, actor, { id, role: input.role, disabled: input.disabled ?? false });
    const after = presentAccount(row);
    await recordAudit(trx, {
      actor,
      action: 'account.updated',
      entityType: 'account',
      entityId: id,
      before: presentAccount(before),
      after,
    });
    return after;
  });
}

/**
 * An administrator resets someone's password: a temporary one is returned once, every session
 * ends, every API token is revoked (whoever took the password may have made one), the lockout is
 * lifted, and the person must choose a new password at next sign-in.
 * With `clearTwoFactor` a lost authenticator is forgotten too.
 */
export async function resetPassword(
  db: Db,
  who: Principal,
  id: string,
  options: { clearTwoFactor?: boolean } = {},
): Promise<{ account: AccountView; temporaryPassword: string }> {
  const actor = authorize(who, 'accounts.manage');
  const given = temporaryPassword();
  const hash = await hashPassword(given);
  return inTransaction(db, async (trx) => {
    const before = await load(trx, id);
    const row = await repo.setAccount(trx, id, {
      password_hash: hash,
      must_change_password: true,
      failed_logins: 0,
      locked_until: null,
      ...(options.clearTwoFactor ? { totp_secret: null, totp_enabled_at: null, totp_last_step: null } : {}),
      version: before.version + 1,
      updated_at: new Date(),
    });
    if (options.clearTwoFactor) await repo.deleteRecoveryCodes(trx, id);
    await repo.endSessions(trx, id);
    await repo.revokeTokens(trx, id);
    // The old password wrapped the help desk key pair: it and its grant are lost (docs/SECURITY.md).
    await forgetStaffKey(trx, id);
    const account = presentAccount(row);
    await recordAudit(trx, {
      actor,
      action: 'account.password_reset',
      entityType: 'account',
      entityId: id,
      before: { ...presentAccount(before), password: 'old' },
      after: { ...account, password: 'reset by an administrator' },
    });
    return { account, temporaryPassword: given };
  });
}

/** A person changes their own password, proving the current one; other sessions end. */
/** A person chooses the language their workspace opens in after sign-in; no session ends. */
export function chooseOwnLanguage(db: Db, accountId: string, language: Language): Promise<AccountView> {
  return inTransaction(db, async (trx) => {
    const before = await load(trx, accountId);
    if (before.language === language) return presentAccount(before);
    const row = await repo.setAccount(trx, accountId, {
      language,
      version: before.version + 1,
      updated_at: new Date(),
    });
    const after = presentAccount(row);
    await recordAudit(trx, {
      actor: accountId,
      action: 'account.updated',
      entityType: 'account',
      entityId: accountId,
      before: presentAccount(before),
      after,
    });
    return after;
  });
}

export async function changeOwnPassword(
  db: Db,
  accountId: string,
  current: string,
  next: string,
  keepSession: string | null,
): Promise<void> {
  const row = await load(db, accountId);
  if (!(await verifyPassword(row.password_hash, current))) {
    throw new AppError('validation_failed', 'The current password is not right', [
      { path: 'current', code: 'wrong_password' },
    ]);
  }
  checkPasswordRules(next, row.username, 'next');
  if (current === next) {
    throw new AppError('weak_password', 'Choose a password different from the current one', [
      { path: 'next', code: 'unchanged' },
    ]);
  }
  const hash = await hashPassword(next);
  const rewrap = await prepareStaffRewrap(db, accountId, current, next);
  await inTransaction(db, async (trx) => {
    await applyStaffRewrap(trx, accountId, rewrap);
    await repo.setAccount(trx, accountId, {
      password_hash: hash,
      must_change_password: false,
      version: row.version + 1,
      updated_at: new Date(),
    });
    if (keepSession) await repo.endOtherSessions(trx, accountId, keepSession);
    else await repo.endSessions(trx, accountId);
    await recordAudit(trx, {
      actor: accountId,
      action: 'account.password_changed',
      entityType: 'account',
      entityId: accountId,
      before: { password: 'old' },
      after: { password: 'changed by its owner' },
    });
  });
}

export async function requireTwoFactor(db: Db, who: Principal, required: boolean): Promise<void> {
  const actor = authorize(who, 'accounts.manage');
  await inTransaction(db, async (trx) => {
    const before = await repo.twoFactorRequired(trx);
    await repo.setTwoFactorRequired(trx, required);
    await recordAudit(trx, {
      actor,
      action: 'setting.updated',
      entityType: 'setting',
      entityId: 'two_factor_required',
      before: { twoFactorRequired: before },
      after: { twoFactorRequired: required },
    });
  });
}
