import { ROLE_PERMISSIONS } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { forget, openSealed, SealBroken, sealTo } from './help.crypto.js';
import * as repo from './help.repo.js';
import type { DeskKey } from './help.types.js';
import * as keys from './help-keys.repo.js';
import { formatRecoveryKey, newDeskKey, openWithRecoveryKey } from './help-keys.service.js';

/** Every message's key, opened with the old desk key and sealed to the new one. */
async function resealMessages(
  trx: Db,
  old: DeskKey,
  newPublicKey: Uint8Array,
  version: number,
): Promise<number> {
  const oldPair = { publicKey: old.publicKey, privateKey: old.privateKey };
  let resealed = 0;
  for (const message of await repo.deskKeysOfMessages(trx, old.version)) {
    const contentKey = await openSealed(message.key_for_desk, oldPair);
    await repo.resealForDesk(trx, message.id, await sealTo(newPublicKey, contentKey), version);
    forget(contentKey);
    resealed += 1;
  }
  return resealed;
}

/** The new key for those who held the old one and still work the desk (active, in a desk role). */
async function renewGrants(
  trx: Db,
  oldVersion: number,
  newPrivateKey: Uint8Array,
  version: number,
  actor: string,
): Promise<number> {
  let granted = 0;
  for (const grantee of await keys.granteesOfVersion(trx, oldVersion)) {
    if (grantee.disabled_at || !ROLE_PERMISSIONS[grantee.role].has('help.work')) continue;
    const sealed = await sealTo(grantee.public_key, newPrivateKey);
    await keys.putGrant(trx, {
      account_id: grantee.id,
      key_version: version,
      sealed_private: sealed,
      granted_by: actor,
    });
    granted += 1;
  }
  return granted;
}

/**
 * `help-desk rotate`: a new desk key, for when the old one may have been exposed (a departed
 * staff member's device, a leaked session). The old key is opened with the recovery key; every
 * message's key is resealed to the new desk key; those still entitled (active, in a role that works
 * the desk) get grants of the new key; the old version is retired with its recovery wrapping
 * erased; every session forgets its copy (staff sign in again). A new recovery key replaces the old.
 */
export async function rotateHelpDesk(
  db: Db,
  recoveryKey: string,
  actor = 'system:cli',
): Promise<{ version: number; recoveryKey: string; resealed: number; granted: number }> {
  let old: DeskKey;
  try {
    old = await openWithRecoveryKey(db, recoveryKey);
  } catch (err) {
    if (err instanceof SealBroken)
      throw new AppError('help_recovery_key_wrong', 'The recovery key is not right');
    throw err;
  }
  const next = await newDeskKey();
  const version = old.version + 1;
  try {
    return await inTransaction(db, async (trx) => {
      // Retiring first takes the row's lock: writers sealing to the old key finish before, or retry.
      if (!(await keys.retireDeskKeyVersion(trx, old.version, new Date()))) {
        throw new AppError('version_conflict', 'The help desk key changed meanwhile; run the command again');
      }
      await keys.insertDeskKey(trx, {
        version,
        public_key: next.pair.publicKey,
        recovery_wrapped: next.wrapped,
        recovery_salt: next.salt,
      });
      const resealed = await resealMessages(trx, old, next.pair.publicKey, version);
      const granted = await renewGrants(trx, old.version, next.pair.privateKey, version, actor);
      await keys.deleteGrantsOfVersion(trx, old.version);
      await keys.clearSessionDeskKeys(trx, null);
      await recordAudit(trx, {
        actor,
        action: 'help.desk_rotated',
        entityType: 'help_desk',
        entityId: String(version),
        before: { version: old.version },
        after: { version, resealed, granted },
      });
      return { version, recoveryKey: formatRecoveryKey(next.recoveryKey), resealed, granted };
    });
  } finally {
    forget(old.privateKey);
    forget(next.pair.privateKey);
  }
}
