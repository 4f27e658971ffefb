import { isLanguage, type Language } from '../../../shared/languages.js';
import type { Db } from '../../db/database.js';
import type { AccountRow } from '../../db/schema.accounts.js';
import { AppError } from '../../http/errors.js';
import { openDeskAtSignIn } from '../help/help-keys.service.js';
import { findAccountByUsername, setAccount, useRecoveryCode } from './account.repo.js';
import { failuresFrom, failureTimes, insertAttempt } from './login.repo.js';
import { verifyNothing, verifyPassword } from './password.js';
import { sha256 } from './secrets.js';
import { deleteSession, sessionWithAccount, setSession } from './session.repo.js';
import { type NewSession, SESSION_HOURS, startSession } from './session.service.js';
import { acceptTotp } from './totp.js';

/** Five wrong passwords or codes in a row lock an account: 15 minutes, doubling, at most a day. */
export const FAILURES_BEFORE_LOCK = 5;
const LOCK_MINUTES = 15;
const MAX_LOCK_MINUTES = 24 * 60;
/** One address may fail 20 times in 15 minutes, whichever accounts it tries. */
export const FAILURES_PER_ADDRESS = 20;
const ADDRESS_WINDOW_MINUTES = 15;

const failed = () => new AppError('login_failed', 'The username or password is not right');

function lockedError(until: Date): AppError {
  return new AppError('account_locked', 'Too many failed attempts: the account is locked for a while', [
    { path: '', code: 'locked_until', message: until.toISOString() },
  ]);
}

/** Usernames are compared as accounts store them, so "Aigerim " and "aigerim" count together. */
const usernameKey = (username: string) => username.trim().toLowerCase().slice(0, 100);

async function recordAttempt(db: Db, username: string, address: string, succeeded: boolean, now: Date) {
  await insertAttempt(db, { username: usernameKey(username), address, succeeded, at: now });
}

/** The lock that failures 1…n in a row earn: none before the fifth, then 15 minutes, doubling. */
function lockAfter(failures: number, at: Date): Date | null {
  const over = failures - FAILURES_BEFORE_LOCK;
  if (over < 0) return null;
  return new Date(at.getTime() + Math.min(LOCK_MINUTES * 2 ** over, MAX_LOCK_MINUTES) * 60_000);
}

/**
 * For a username no account has (or a disabled one): the lock an account would be under after
 * the same failures, replayed from the day's attempts (failures during a lock do not count, as
 * for an account). The answer to a guess then cannot tell whether the username exists.
 */
async function lockOfNoAccount(db: Db, username: string, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - MAX_LOCK_MINUTES * 60_000);
  let failures = 0;
  let lockedUntil: Date | null = null;
  for (const at of await failureTimes(db, usernameKey(username), since)) {
    if (lockedUntil && lockedUntil > at) continue;
    failures += 1;
    lockedUntil = lockAfter(failures, at);
  }
  if (lockedUntil && lockedUntil > now) return lockedUntil;
  return lockAfter(failures + 1, now);
}

async function throttleAddress(db: Db, address: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - ADDRESS_WINDOW_MINUTES * 60_000);
  const failures = await failuresFrom(db, address, since);
  if (failures >= FAILURES_PER_ADDRESS) {
    throw new AppError('too_many_attempts', 'Too many failed sign-ins from this address; wait a few minutes');
  }
}

/** Counts a failure against the account and locks it when there have been too many. */
async function countFailure(db: Db, account: AccountRow, now: Date): Promise<Date | null> {
  const failures = account.failed_logins + 1;
  const lockedUntil = lockAfter(failures, now);
  await setAccount(db, account.id, {
    failed_logins: failures,
    locked_until: lockedUntil ?? account.locked_until,
  });
  return lockedUntil;
}

const succeed = (db: Db, accountId: string, now: Date) =>
  setAccount(db, accountId, { failed_logins: 0, locked_until: null, last_login_at: now });

export interface LoginInput {
  username: string;
  password: string;
  address: string;
  userAgent: string | null;
}

/**
 * Checks a username and password. Success opens a session: whole, or waiting for the second
 * factor when the account has one. A refusal says the same, after the same argon2 work, whether
 * the username exists or not: "not right", or after five failures in a row "locked until…"
 * (for a made-up username too), and a locked account never tells whether the password was right.
 */
export async function logIn(
  db: Db,
  input: LoginInput,
  now = new Date(),
): Promise<NewSession & { needsSecondFactor: boolean; language: Language }> {
  await throttleAddress(db, input.address, now);
  const account = await findAccountByUsername(db, input.username);
  if (!account || account.disabled_at) {
    await verifyNothing(input.password);
    const lockedUntil = await lockOfNoAccount(db, input.username, now);
    await recordAttempt(db, input.username, input.address, false, now);
    throw lockedUntil ? lockedError(lockedUntil) : failed();
  }
  if (account.locked_until && account.locked_until > now) {
    await verifyNothing(input.password);
    await recordAttempt(db, input.username, input.address, false, now);
    throw lockedError(account.locked_until);
  }
  if (!(await verifyPassword(account.password_hash, input.password))) {
    await recordAttempt(db, input.username, input.address, false, now);
    const lockedUntil = await countFailure(db, account, now);
    throw lockedUntil ? lockedError(lockedUntil) : failed();
  }
  await recordAttempt(db, input.username, input.address, true, now);
  const needsSecondFactor = account.totp_enabled_at !== null;
  if (!needsSecondFactor) await succeed(db, account.id, now);
  const session = await startSession(db, account.id, !needsSecondFactor, input.userAgent, now);
  // The one moment the password is known: the help desk key is opened into the new session.
  await openDeskAtSignIn(db, account, input.password, {
    tokenHash: sha256(session.token),
    token: session.token,
  });
  return { ...session, needsSecondFactor, language: accountLanguage(account) };
}

/** Recovery codes are typed with or without dashes and in any case. */
export const normaliseRecoveryCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

/**
 * The second step: a code from the authenticator, or one of the recovery codes (each works
 * once). Wrong codes count towards the same lock as wrong passwords.
 */
export async function completeSecondFactor(
  db: Db,
  sessionToken: string,
  code: string,
  address: string,
  now = new Date(),
): Promise<{ language: Language }> {
  await throttleAddress(db, address, now);
  const tokenHash = sha256(sessionToken);
  const session = await sessionWithAccount(db, tokenHash);
  if (!session || session.complete || session.expires_at <= now || !session.totp_secret) {
    throw new AppError('unauthorized', 'Sign in again');
  }
  const { complete: _c, expires_at: _e, csrf_token: _t, session_seen_at: _s, ...account } = session;
  if (account.locked_until && account.locked_until > now) {
    await deleteSession(db, tokenHash);
    throw lockedError(account.locked_until);
  }
  const lastStep = account.totp_last_step === null ? null : Number(account.totp_last_step);
  const step = acceptTotp(account.totp_secret as string, code, lastStep, now.getTime());
  let accepted = step !== null;
  if (step !== null) {
    await setAccount(db, account.id, { totp_last_step: step });
  } else if (normaliseRecoveryCode(code).length >= 10) {
    accepted = await useRecoveryCode(db, account.id, sha256(normaliseRecoveryCode(code)), now);
  }
  if (!accepted) {
    await recordAttempt(db, account.username, address, false, now);
    const lockedUntil = await countFailure(db, account, now);
    if (lockedUntil) {
      await deleteSession(db, tokenHash);
      throw lockedError(lockedUntil);
    }
    throw new AppError('second_factor_failed', 'The code is not right');
  }
  await recordAttempt(db, account.username, address, true, now);
  await succeed(db, account.id, now);
  await setSession(db, tokenHash, {
    complete: true,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000),
  });
  return { language: accountLanguage(account) };
}

/** The language the person chose for their account: the workspace opens in it after sign-in. */
const accountLanguage = (account: Pick<AccountRow, 'language'>): Language =>
  isLanguage(account.language) ? account.language : 'ru';

export { pruneAttempts } from './login.repo.js';
