import type { Context } from 'hono';
import type { DeskKey } from '../../modules/help/help.types.js';
import type { WorkspaceEnv } from '../env.js';

/** The desk's private key as this session holds it (opened at sign-in or with the recovery key), or null. */
export async function sessionDeskKey(_c: Context<WorkspaceEnv>): Promise<DeskKey | null> {
  return null;
}
