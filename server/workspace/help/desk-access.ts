import type { Context } from 'hono';
import { AppError } from '../../http/errors.js';
import {
  grantDeskAccess,
  listDeskAccess,
  revokeDeskAccess,
  unlockWithRecoveryKey,
} from '../../modules/help/help-access.service.js';
import { helpDeskStatus } from '../../modules/help/help-keys.service.js';
import type { WorkspaceEnv } from '../env.js';
import { sessionDeskKey, sessionSecret } from './desk-key.js';
import type { AccessPageData } from './views/access.page.js';

// The desk key page's reads and writes, through the key services (which check help.keys again).

export async function accessData(c: Context<WorkspaceEnv>): Promise<AccessPageData> {
  const db = c.var.db;
  const [status, key, staff] = await Promise.all([
    helpDeskStatus(db),
    sessionDeskKey(c),
    listDeskAccess(db, c.var.actor),
  ]);
  return {
    deskVersion: status.initialised ? status.version : null,
    sessionHasKey: key !== null,
    staff: staff
      .filter((s) => !s.disabled)
      .map((s) => ({
        accountId: s.accountId,
        name: s.displayName,
        username: s.username,
        role: s.role,
        hasKeyPair: s.hasKeyPair,
        hasAccess: s.hasGrant,
      })),
  };
}

export async function unlockDesk(c: Context<WorkspaceEnv>, recoveryKey: string): Promise<void> {
  if (!recoveryKey.trim()) {
    throw new AppError('validation_failed', 'The recovery key is required', [
      { path: 'recoveryKey', code: 'required' },
    ]);
  }
  await unlockWithRecoveryKey(c.var.db, c.var.actor, recoveryKey, sessionSecret(c));
}

/** Access is sealed with the desk key this session holds; without it, nothing can be given. */
export async function grantAccess(c: Context<WorkspaceEnv>, accountId: string): Promise<void> {
  const key = await sessionDeskKey(c);
  if (!key) throw new AppError('help_desk_locked', 'This session does not hold the help desk key');
  await grantDeskAccess(c.var.db, c.var.actor, accountId, key);
}

export const revokeAccess = (c: Context<WorkspaceEnv>, accountId: string) =>
  revokeDeskAccess(c.var.db, c.var.actor, accountId);
