import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { DeskKey } from '../../modules/help/help.types.js';
import { deskKeyForSession } from '../../modules/help/help-keys.service.js';
import type { WorkspaceEnv } from '../env.js';
import { SESSION_COOKIE } from '../session.js';

/** This session's cookie token and its hash: the key the desk key is kept under in the session. */
export function sessionSecret(c: Context<WorkspaceEnv>): { tokenHash: string; token: string } {
  return { tokenHash: c.var.session.tokenHash, token: getCookie(c, SESSION_COOKIE) ?? '' };
}

/** The desk's private key as this session holds it (opened at sign-in or with the recovery key), or null. */
export async function sessionDeskKey(c: Context<WorkspaceEnv>): Promise<DeskKey | null> {
  const { tokenHash, token } = sessionSecret(c);
  return token ? deskKeyForSession(c.var.db, tokenHash, token) : null;
}
