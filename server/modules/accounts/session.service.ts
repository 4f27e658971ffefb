import type { Db } from '../../db/database.js';
import type { AccountRow } from '../../db/schema.accounts.js';
import type { Principal } from '../../http/auth.js';
import { twoFactorRequired } from './account.repo.js';
import { randomSecret, sha256 } from './secrets.js';
import { deleteSession, insertSession, sessionWithAccount, setSession } from './session.repo.js';

/** A signed-in session ends after 12 hours, or 4 hours without a request. */
export const SESSION_HOURS = 12;
const IDLE_HOURS = 4;
/** Between the password and the second factor a session lives 10 minutes. */
const HALF_SESSION_MINUTES = 10;

const hours = (n: number) => n * 3600_000;

export interface NewSession {
  token: string;
  csrfToken: string;
}

export async function startSession(
  db: Db,
  accountId: string,
  complete: boolean,
  userAgent: string | null,
  now = new Date(),
): Promise<NewSession> {
  const token = randomSecret();
  const csrfToken = randomSecret();
  const lifetime = complete ? hours(SESSION_HOURS) : HALF_SESSION_MINUTES * 60_000;
  await insertSession(db, {
    token_hash: sha256(token),
    account_id: accountId,
    csrf_token: csrfToken,
    complete,
    user_agent: userAgent?.slice(0, 300) ?? null,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + lifetime),
  });
  return { token, csrfToken };
}

export const endSession = (db: Db, token: string) => deleteSession(db, sha256(token));

/** What a session still has to do before the workspace opens: nothing, or one of these steps. */
export type Gate = 'second_factor' | 'change_password' | 'enrol_two_factor' | null;

export interface ActiveSession {
  tokenHash: string;
  csrfToken: string;
  account: AccountRow;
  principal: Principal;
  gate: Gate;
}

/** The live session a cookie names, or null when it is unknown, expired, idle too long or disabled. */
export async function findSession(db: Db, token: string, now = new Date()): Promise<ActiveSession | null> {
  const tokenHash = sha256(token);
  const row = await sessionWithAccount(db, tokenHash);
  if (!row) return null;
  const idle = now.getTime() - row.session_seen_at.getTime() > hours(IDLE_HOURS);
  if (row.expires_at <= now || idle || row.disabled_at !== null) {
    await deleteSession(db, tokenHash);
    return null;
  }
  // Written at most once a minute, so reading pages does not mean writing a row each time.
  if (now.getTime() - row.session_seen_at.getTime() > 60_000) {
    await setSession(db, tokenHash, { last_seen_at: now });
  }
  const { csrf_token, complete, expires_at: _e, session_seen_at: _s, ...account } = row;
  const gate: Gate = !complete
    ? 'second_factor'
    : account.must_change_password
      ? 'change_password'
      : account.totp_enabled_at === null && (await twoFactorRequired(db))
        ? 'enrol_two_factor'
        : null;
  return {
    tokenHash,
    csrfToken: csrf_token,
    account,
    gate,
    principal: {
      kind: 'account',
      id: account.id,
      username: account.username,
      role: account.role,
      scopes: null,
    },
  };
}
