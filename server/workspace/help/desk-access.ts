import type { Context } from 'hono';
import { AppError } from '../../http/errors.js';
import type { WorkspaceEnv } from '../env.js';
import type { AccessPageData } from './views/access.page.js';

// The desk key page's reads and writes, through the key service (help-keys.service.ts).

export async function accessData(_c: Context<WorkspaceEnv>): Promise<AccessPageData> {
  return { deskVersion: null, sessionHasKey: false, staff: [] };
}

export async function unlockDesk(_c: Context<WorkspaceEnv>, _recoveryKey: string): Promise<void> {
  throw new AppError('help_desk_not_ready', 'The help desk has not been set up yet');
}

export async function grantAccess(_c: Context<WorkspaceEnv>, _accountId: string): Promise<void> {
  throw new AppError('help_desk_not_ready', 'The help desk has not been set up yet');
}

export async function revokeAccess(_c: Context<WorkspaceEnv>, _accountId: string): Promise<void> {
  throw new AppError('help_desk_not_ready', 'The help desk has not been set up yet');
}
