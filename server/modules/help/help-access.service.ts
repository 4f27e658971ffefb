import { ROLE_PERMISSIONS, type Role } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { forget, SealBroken, sealTo } from './help.crypto.js';
import type { DeskKey } from './help.types.js';
import * as keys from './help-keys.repo.js';
import { auditAccess, keepInSession, openWithRecoveryKey } from './help-keys.service.js';

/**
 * Who holds the desk key, given and taken away by an administrator (help.keys) from a session
 * that holds the key itself — or opened with the printable recovery key.
 */

const worksTheDesk = (role: Role) => ROLE_PERMISSIONS[role].has('help.work');

/**
 * An administrator opens the desk with the recovery key: it is kept in their session, and they
 * are granted it (so their next sign-in opens it too). help_recovery_key_wrong when it is not right.
 */
export async function unlockWithRecoveryKey(
  db: Db,
  who: Principal,
  recoveryKey: string,
  session: { tokenHash: string; token: string },
): Promise<void> {
  const actor = authorize(who, 'help.keys');
  const staff = await keys.staffKeyOf(db, actor);
  if (!staff) {
    throw new AppError(
      'help_key_missing',
      'Your account has no help desk key yet: sign out and sign in again',
    );
  }
  let desk: DeskKey;
  try {
    desk = await openWithRecoveryKey(db, recoveryKey);
  } catch (err) {
    if (err instanceof SealBroken) {
      throw new AppError('help_recovery_key_wrong', 'The recovery key is not right', [
        { path: 'recoveryKey', code: 'wrong' },
      ]);
    }
    throw err;
  }
  try {
    const sealed = await sealTo(staff.public_key, desk.privateKey);
    await inTransaction(db, async (trx) => {
      await keys.putGrant(trx, {
        account_id: actor,
        key_version: desk.version,
        sealed_private: sealed,
        granted_by: actor,
      });
      await keepInSession(trx, session, desk);
      await recordAudit(trx, {
        actor,
        action: 'help.desk_unlocked',
        entityType: 'help_desk',
        entityId: String(desk.version),
        before: null,
        after: { version: desk.version },
      });
    });
  } finally {
    forget(desk.privateKey);
  }
}

/** Gives an account that works the desk, and has signed in once since (so it has a key pair), the desk key. */
export async function grantDeskAccess(
  db: Db,
  who: Principal,
  accountId: string,
  deskKey: DeskKey,
): Promise<void> {
  const actor = authorize(who, 'help.keys');
  const rows = await keys.deskAccessRows(db, deskKey.version);
  const target = rows.find((r) => r.id === accountId);
  if (!target || target.disabled_at || !worksTheDesk(target.role)) {
    throw new AppError(
      'validation_failed',
      'Only an active account whose role works the help desk can be given access',
      [{ path: 'accountId', code: 'not_help_staff' }],
    );
  }
  const staff = await keys.staffKeyOf(db, accountId);
  if (!staff) {
    throw new AppError('help_key_missing', 'This person must sign in once before they can be given access');
  }
  const sealed = await sealTo(staff.public_key, deskKey.privateKey);
  await inTransaction(db, async (trx) => {
    await keys.putGrant(trx, {
      account_id: accountId,
      key_version: deskKey.version,
      sealed_private: sealed,
      granted_by: actor,
    });
    await auditAccess(trx, actor, 'help.access_granted', accountId);
  });
}

/** Takes the desk key away: the grant, and the copies in the account's sessions. */
export async function revokeDeskAccess(db: Db, who: Principal, accountId: string): Promise<void> {
  const actor = authorize(who, 'help.keys');
  await inTransaction(db, async (trx) => {
    await keys.deleteGrants(trx, accountId);
    await keys.clearSessionDeskKeys(trx, accountId);
    await auditAccess(trx, actor, 'help.access_revoked', accountId);
  });
}

export interface DeskAccess {
  accountId: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** Has signed in since their role came to work the desk, so a grant can be sealed to them. */
  hasKeyPair: boolean;
  /** Holds the current desk key. */
  hasGrant: boolean;
}

/** Every account whose role works the desk (or that still holds a grant), for the administrator's page. */
export async function listDeskAccess(db: Db, who: Principal): Promise<DeskAccess[]> {
  authorize(who, 'help.keys');
  const desk = await keys.currentDeskKey(db);
  const rows = await keys.deskAccessRows(db, desk?.version ?? null);
  return rows
    .filter((r) => worksTheDesk(r.role) || r.granted_at !== null)
    .map((r) => ({
      accountId: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      disabled: r.disabled_at !== null,
      hasKeyPair: r.key_account !== null,
      hasGrant: r.granted_at !== null,
    }));
}
