import { randomInt } from 'node:crypto';
import { ROLE_PERMISSIONS, type Role } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import {
  deriveKey,
  forget,
  type KeyPair,
  newKeyPair,
  openSealed,
  randomBytes,
  SALT_BYTES,
  SealBroken,
  sessionWrappingKey,
  unwrapKey,
  wrapKey,
} from './help.crypto.js';
import type { DeskKey } from './help.types.js';
import * as keys from './help-keys.repo.js';

/**
 * The keys of the help desk. The desk's private key exists only wrapped: under the printable
 * recovery key, in each granted staff member's grant (sealed to their own key pair, whose private
 * half is wrapped under their password), and in a signed-in session (wrapped under a key derived
 * from the session's cookie token, which the database never holds).
 */

const worksTheDesk = (role: Role) => ROLE_PERMISSIONS[role].has('help.work');

/** Crockford's base32 (no I, L, O, U): 32 characters, 160 bits, printed in eight groups of four. */
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_LENGTH = 32;

export function generateRecoveryKey(): string {
  let out = '';
  for (let i = 0; i < RECOVERY_LENGTH; i++) out += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return out;
}

export const formatRecoveryKey = (key: string) => key.replace(/(.{4})(?=.)/g, '$1 ');

/** As typed: any case, spaces and hyphens, and the letters people confuse with digits read as digits. */
export function normaliseRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

const recoveryWrappingKey = (key: string, salt: Uint8Array) =>
  deriveKey(`recovery:${normaliseRecoveryKey(key)}`, salt);
const passwordWrappingKey = (password: string, salt: Uint8Array) => deriveKey(`password:${password}`, salt);

/** A new desk key pair wrapped under a new recovery key. */
export async function newDeskKey(): Promise<{
  pair: KeyPair;
  recoveryKey: string;
  wrapped: Uint8Array;
  salt: Uint8Array;
}> {
  const pair = await newKeyPair();
  const recoveryKey = generateRecoveryKey();
  const salt = await randomBytes(SALT_BYTES);
  const key = await recoveryWrappingKey(recoveryKey, salt);
  const wrapped = await wrapKey(key, pair.privateKey);
  forget(key);
  return { pair, recoveryKey, wrapped, salt };
}

/** `help-desk init`: the desk's first key and its recovery key (returned once, to be printed). */
export async function initHelpDesk(
  db: Db,
  actor = 'system:cli',
): Promise<{ version: number; recoveryKey: string }> {
  if ((await keys.deskKeyCount(db)) > 0) {
    throw new AppError('already_initialised', 'The help desk already has a key; it cannot be set up twice');
  }
  const desk = await newDeskKey();
  forget(desk.pair.privateKey);
  await inTransaction(db, async (trx) => {
    await keys.insertDeskKey(trx, {
      version: 1,
      public_key: desk.pair.publicKey,
      recovery_wrapped: desk.wrapped,
      recovery_salt: desk.salt,
    });
    await recordAudit(trx, {
      actor,
      action: 'help.desk_initialised',
      entityType: 'help_desk',
      entityId: '1',
      before: null,
      after: { version: 1 },
    });
  });
  return { version: 1, recoveryKey: formatRecoveryKey(desk.recoveryKey) };
}

export interface HelpDeskStatus {
  initialised: boolean;
  version: number | null;
  createdAt: Date | null;
  staffWithKeys: number;
  staffWithAccess: number;
}

export async function helpDeskStatus(db: Db): Promise<HelpDeskStatus> {
  const desk = await keys.currentDeskKey(db);
  const rows = await keys.deskAccessRows(db, desk?.version ?? null);
  return {
    initialised: desk !== undefined,
    version: desk?.version ?? null,
    createdAt: desk?.created_at ?? null,
    staffWithKeys: rows.filter((r) => r.key_account !== null).length,
    staffWithAccess: rows.filter((r) => r.granted_at !== null).length,
  };
}

/** The desk's private key opened from the recovery key (SealBroken when the key is not right). */
export async function openWithRecoveryKey(db: Db, recoveryKey: string): Promise<DeskKey> {
  const desk = await keys.currentDeskKey(db);
  if (!desk) throw new AppError('help_desk_not_ready', 'The help desk is not set up yet');
  const key = await recoveryWrappingKey(recoveryKey, desk.recovery_salt);
  try {
    const privateKey = await unwrapKey(key, desk.recovery_wrapped);
    return { version: desk.version, publicKey: desk.public_key, privateKey };
  } finally {
    forget(key);
  }
}

/** Keeps the desk key in a session, wrapped under a key only the session's cookie token gives. */
export async function keepInSession(db: Db, session: { tokenHash: string; token: string }, desk: DeskKey) {
  const key = sessionWrappingKey(session.token);
  await keys.setSessionDeskKey(db, session.tokenHash, await wrapKey(key, desk.privateKey), desk.version);
  forget(key);
}

/**
 * At sign-in, with the password just verified: a staff member who works the desk gets a key pair
 * the first time; with a grant, the desk key is opened and kept in the new session. Never fails a
 * sign-in: without a grant the session simply holds no desk key.
 */
export async function openDeskAtSignIn(
  db: Db,
  account: { id: string; role: Role },
  password: string,
  session: { tokenHash: string; token: string },
): Promise<void> {
  if (!worksTheDesk(account.role)) return;
  const staff = await keys.staffKeyOf(db, account.id);
  if (!staff) {
    const pair = await newKeyPair();
    const salt = await randomBytes(SALT_BYTES);
    const key = await passwordWrappingKey(password, salt);
    await keys.putStaffKey(db, {
      account_id: account.id,
      public_key: pair.publicKey,
      private_wrapped: await wrapKey(key, pair.privateKey),
      salt,
    });
    forget(key);
    forget(pair.privateKey);
    return;
  }
  const desk = await keys.currentDeskKey(db);
  const grant = desk ? await keys.grantOf(db, account.id, desk.version) : undefined;
  if (!desk || !grant) return;
  const key = await passwordWrappingKey(password, staff.salt);
  try {
    const own = { publicKey: staff.public_key, privateKey: await unwrapKey(key, staff.private_wrapped) };
    const privateKey = await openSealed(grant.sealed_private, own);
    forget(own.privateKey);
    await keepInSession(db, session, { version: desk.version, publicKey: desk.public_key, privateKey });
    forget(privateKey);
  } catch (err) {
    if (!(err instanceof SealBroken)) throw err;
  } finally {
    forget(key);
  }
}

/** The desk key a session holds, or null (none kept, grant revoked, key retired, or the wrong token). */
export async function deskKeyForSession(db: Db, tokenHash: string, token: string): Promise<DeskKey | null> {
  const row = await keys.sessionDeskKey(db, tokenHash);
  if (!row?.desk_key_wrapped || row.desk_key_version === null) return null;
  const key = sessionWrappingKey(token);
  try {
    const privateKey = await unwrapKey(key, row.desk_key_wrapped);
    return { version: row.desk_key_version, publicKey: row.public_key, privateKey };
  } catch {
    return null;
  } finally {
    forget(key);
  }
}

/** Before a password change (outside its transaction, Argon2 being slow): the private key rewrapped. */
export async function prepareStaffRewrap(
  db: Db,
  accountId: string,
  current: string,
  next: string,
): Promise<{ private_wrapped: Uint8Array; salt: Uint8Array } | null> {
  const staff = await keys.staffKeyOf(db, accountId);
  if (!staff) return null;
  const oldKey = await passwordWrappingKey(current, staff.salt);
  let privateKey: Uint8Array;
  try {
    privateKey = await unwrapKey(oldKey, staff.private_wrapped);
  } catch {
    return null; // Wrapped under some other password: the pair is replaced at the next sign-in.
  } finally {
    forget(oldKey);
  }
  const salt = await randomBytes(SALT_BYTES);
  const newKey = await passwordWrappingKey(next, salt);
  const wrapped = await wrapKey(newKey, privateKey);
  forget(newKey);
  forget(privateKey);
  return { private_wrapped: wrapped, salt };
}

/** Inside the password change's transaction. Without a prepared rewrap the old pair is dropped. */
export async function applyStaffRewrap(
  trx: Db,
  accountId: string,
  rewrap: { private_wrapped: Uint8Array; salt: Uint8Array } | null,
): Promise<void> {
  if (rewrap) await keys.rewrapStaffKey(trx, accountId, rewrap);
  else await forgetStaffKey(trx, accountId);
}

/**
 * An administrator reset the password: the old one, which wrapped the key pair, is gone, so the
 * pair and its grants go too. A new pair is made at the next sign-in; access must be given again.
 */
export async function forgetStaffKey(trx: Db, accountId: string): Promise<void> {
  await keys.deleteGrants(trx, accountId);
  await keys.deleteStaffKey(trx, accountId);
  await keys.clearSessionDeskKeys(trx, accountId);
}

/** A changed role or a disabled account: no grant stays with an account that no longer works the desk. */
export async function revokeIfNoLongerWorking(
  trx: Db,
  actor: string,
  account: { id: string; role: Role; disabled: boolean },
): Promise<void> {
  if (worksTheDesk(account.role) && !account.disabled) return;
  if ((await keys.deleteGrants(trx, account.id)) === 0) return;
  await keys.clearSessionDeskKeys(trx, account.id);
  await auditAccess(trx, actor, 'help.access_revoked', account.id);
}

/** The audit event of access given or taken away (who, never what they read). */
export const auditAccess = (
  trx: Db,
  actor: string,
  action: 'help.access_granted' | 'help.access_revoked',
  accountId: string,
) =>
  recordAudit(trx, {
    actor,
    action,
    entityType: 'help_desk',
    entityId: accountId,
    before: { access: action === 'help.access_revoked' },
    after: { access: action === 'help.access_granted' },
  });

/** Whether the forms may take requests (`help-desk init` has run): the intake shows a page otherwise. */
export async function isHelpDeskReady(db: Db): Promise<boolean> {
  return (await keys.currentDeskKey(db)) !== undefined;
}
