import { ROLE_PERMISSIONS } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { forget, openSealed, SealBroken, sealTo } from './help.crypto.js';
import * as repo from './help.repo.js';
import type { DeskKey } from './help.types.js';
import * as keys from './help-keys.repo.js';
import { formatRecoveryKey, newDeskKey, openWithRecoveryKey } from './help-keys.service.js';

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
  const oldPair = { publicKey: old.publicKey, privateKey: old.privateKey };
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
      let resealed = 0;
      for (const message of await repo.deskKeysOfMessages(trx, old.version)) {
        const contentKey = await openSealed(message.key_for_desk, oldPair);
        await repo.resealForDesk(trx, message.id, await sealTo(next.pair.publicKey, contentKey), version);
        forget(contentKey);
        resealed += 1;
      }
      let granted = 0;
      for (const grantee of await keys.granteesOfVersion(trx, old.version)) {
        if (grantee.disabled_at || !ROLE_PERMISSIONS[grantee.role].has('help.work')) continue;
        const sealed = await sealTo(grantee.public_key, next.pair.privateKey);
        await keys.putGrant(trx, {
          account_id: grantee.id,
          key_version: version,
          sealed_private: sealed,
          granted_by: actor,
        });
        granted += 1;
      }
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
