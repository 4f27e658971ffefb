import { randomBytes } from 'node:crypto';
import { type Db, inTransaction } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import {
  deleteRecoveryCodes,
  findAccount,
  insertRecoveryCodes,
  setAccount,
  twoFactorRequired,
} from './account.repo.js';
import { normaliseRecoveryCode } from './login.service.js';
import { verifyPassword } from './password.js';
import { sha256 } from './secrets.js';
import { acceptTotp, newTotpSecret, totpUri } from './totp.js';

const RECOVERY_CODES = 10;

/** Ten codes like `k3f9-x7q2-mm`: 50 bits each, readable aloud, each usable once. */
function recoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

async function account(db: Db, id: string) {
  const row = await findAccount(db, id);
  if (!row) throw new AppError('unauthorized', 'Sign in again');
  return row;
}

/** Begins setting up an authenticator: a new secret, kept until a code from it is confirmed. */
export async function startEnrolment(db: Db, accountId: string): Promise<{ secret: string; uri: string }> {
  const row = await account(db, accountId);
  if (row.totp_enabled_at) {
    throw new AppError('already_exists', 'Two-factor sign-in is already set up', [
      { path: '', code: 'enabled' },
    ]);
  }
  const secret = row.totp_secret ?? newTotpSecret();
  if (!row.totp_secret) {
    await setAccount(db, accountId, { totp_secret: secret });
  }
  return { secret, uri: totpUri(secret, row.username) };
}

async function replaceRecoveryCodes(trx: Db, accountId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
  await deleteRecoveryCodes(trx, accountId);
  await insertRecoveryCodes(
    trx,
    accountId,
    codes.map((c) => sha256(normaliseRecoveryCode(c))),
  );
  return codes;
}

/** Confirms the authenticator with one of its codes; returns the recovery codes, shown once. */
export async function confirmEnrolment(db: Db, accountId: string, code: string): Promise<string[]> {
  const row = await account(db, accountId);
  if (row.totp_enabled_at || !row.totp_secret) {
    throw new AppError('validation_failed', 'Start setting up two-factor sign-in first', [
      { path: 'code', code: 'not_started' },
    ]);
  }
  const step = acceptTotp(row.totp_secret, code, null);
  if (step === null) {
    throw new AppError('second_factor_failed', 'The code is not right', [
      { path: 'code', code: 'wrong_code' },
    ]);
  }
  return inTransaction(db, async (trx) => {
    await setAccount(trx, accountId, {
      totp_enabled_at: new Date(),
      totp_last_step: step,
      version: row.version + 1,
      updated_at: new Date(),
    });
    await recordAudit(trx, {
      actor: accountId,
      action: 'update',
      entityType: 'account',
      entityId: accountId,
      before: { twoFactor: false },
      after: { twoFactor: true },
    });
    return replaceRecoveryCodes(trx, accountId);
  });
}

/** New recovery codes replace the old ones; the password proves it is the owner asking. */
export async function renewRecoveryCodes(db: Db, accountId: string, password: string): Promise<string[]> {
  const row = await account(db, accountId);
  if (!(await verifyPassword(row.password_hash, password))) {
    throw new AppError('validation_failed', 'The password is not right', [
      { path: 'password', code: 'wrong_password' },
    ]);
  }
  if (!row.totp_enabled_at) {
    throw new AppError('validation_failed', 'Two-factor sign-in is not set up', [
      { path: '', code: 'not_enabled' },
    ]);
  }
  return inTransaction(db, (trx) => replaceRecoveryCodes(trx, accountId));
}

/** Turns the second factor off, unless an administrator has made it mandatory. */
export async function disableTwoFactor(db: Db, accountId: string, password: string): Promise<void> {
  const row = await account(db, accountId);
  if (await twoFactorRequired(db)) {
    throw new AppError('forbidden', 'Two-factor sign-in is required for every account', [
      { path: '', code: 'two_factor_required' },
    ]);
  }
  if (!(await verifyPassword(row.password_hash, password))) {
    throw new AppError('validation_failed', 'The password is not right', [
      { path: 'password', code: 'wrong_password' },
    ]);
  }
  await inTransaction(db, async (trx) => {
    await setAccount(trx, accountId, {
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      version: row.version + 1,
      updated_at: new Date(),
    });
    await deleteRecoveryCodes(trx, accountId);
    await recordAudit(trx, {
      actor: accountId,
      action: 'update',
      entityType: 'account',
      entityId: accountId,
      before: { twoFactor: true },
      after: { twoFactor: false },
    });
  });
}
