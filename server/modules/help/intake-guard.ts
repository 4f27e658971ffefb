import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { HelpLane } from '../../db/schema.help.js';
import {
  clearExpiredTokens,
  countTokenTry,
  serverSecret,
  spendToken,
  unspendToken,
} from './intake-guard.repo.js';
import type { IntakeLimits } from './intake-limits.js';
import { laneOf, powChallenge } from './intake-pow.js';
import { clearExpiredWindows, countHit, windowBucket } from './rate-windows.repo.js';

/*
 * The public forms' guard, in one place: a signed single-use form token (which form, when it was
 * shown, a nonce), a minimum fill time and a maximum age, a few tries per token, a proof of work
 * that chooses the lane, and the desk's rate limits kept in the database. Nothing here reads or
 * keeps an address or a user agent; every limit counts all senders together.
 */

export type FormKind = 'report' | 'question' | 'reply';
const KINDS: readonly string[] = ['report', 'question', 'reply'];

/** What a page needs to show a form: its token and the proof-of-work challenge bound to it. */
export interface IssuedForm {
  token: string;
  challenge: string;
}

/** A token that passed its checks: its hash (the only thing stored) and nonce. */
export interface CheckedToken {
  hash: string;
  nonce: string;
}

/**
 * Why a form was not taken. The person is told the same thing for every token problem ("send it
 * again, your text is kept"), so a bot learns nothing about which check it failed.
 */
export type TokenProblem = 'stale' | 'early';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

async function sign(db: Db, payload: string): Promise<string> {
  const key = await serverSecret(db, 'form_token');
  return b64(createHmac('sha256', key).update(payload).digest());
}

/** A fresh form of that kind: a token issued now and a challenge for it. */
export async function issueForm(
  db: Db,
  kind: FormKind,
  limits: IntakeLimits,
  at = new Date(),
): Promise<IssuedForm> {
  const nonce = randomBytes(16).toString('hex');
  const payload = `${kind}.${at.getTime().toString(36)}.${nonce}`;
  const token = `${payload}.${await sign(db, payload)}`;
  const expiresAt = new Date(at.getTime() + limits.maxAgeMs);
  return { token, challenge: await powChallenge(db, nonce, limits, expiresAt) };
}

/** The parts of a token whose signature holds, or null. */
async function readToken(db: Db, kind: FormKind, token: string) {
  const parts = token.split('.');
  if (parts.length !== 4 || token.length > 200) return null;
  const [k, issued, nonce, mac] = parts as [string, string, string, string];
  if (!KINDS.includes(k) || k !== kind || !/^[0-9a-f]{32}$/.test(nonce)) return null;
  const expected = Buffer.from(await sign(db, `${k}.${issued}.${nonce}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const issuedAt = Number.parseInt(issued, 36);
  return Number.isSafeInteger(issuedAt) ? { issuedAt, nonce } : null;
}

/**
 * Checks a posted token and counts the try. 'early' (sent within the minimum fill time) keeps the
 * token, so sending again a moment later works; 'stale' (forged, expired, spent or tried too often)
 * needs a fresh form.
 */
export async function checkToken(
  db: Db,
  kind: FormKind,
  token: string | undefined,
  limits: IntakeLimits,
  now = new Date(),
): Promise<CheckedToken | TokenProblem> {
  const read = token ? await readToken(db, kind, token) : null;
  if (!read || !token) return 'stale';
  const age = now.getTime() - read.issuedAt;
  if (age > limits.maxAgeMs || age < -60_000) return 'stale';
  if (age < limits.minFillMs) return 'early';
  const hash = hashOf(token);
  const seen = await countTokenTry(db, hash, new Date(read.issuedAt + limits.maxAgeMs));
  if (seen.tries === 1) await clearExpiredTokens(db, now);
  if (seen.spent || seen.tries > limits.triesPerToken) return 'stale';
  return { hash, nonce: read.nonce };
}

/** The lane of a form: trusted with a valid proof of work for this token, moderated without. */
export const laneFor = (db: Db, token: CheckedToken, pow: string | undefined): Promise<HelpLane> =>
  laneOf(db, pow, token.nonce);

async function hit(db: Db, name: string, limits: IntakeLimits, now: Date): Promise<number> {
  const { bucket, expiresAt } = windowBucket(name, limits.windowMinutes, now);
  const hits = await countHit(db, bucket, expiresAt);
  if (hits === 1) await clearExpiredWindows(db, now);
  return hits;
}

/** Counts a submission against the desk's limits; false when the window is full for its lane. */
export async function admitSubmission(
  db: Db,
  lane: HelpLane,
  limits: IntakeLimits,
  now = new Date(),
): Promise<boolean> {
  if (lane === 'moderated' && (await hit(db, 'help:moderated', limits, now)) > limits.moderatedPerWindow) {
    return false;
  }
  return (await hit(db, 'help:submit', limits, now)) <= limits.submissionsPerWindow;
}

/** Counts a receipt look-up (each costs a key derivation); false when the window is full. */
export async function admitLookup(db: Db, limits: IntakeLimits, now = new Date()): Promise<boolean> {
  return (await hit(db, 'help:lookup', limits, now)) <= limits.lookupsPerWindow;
}

/** Spends the token for good; false when a concurrent request with the same token spent it first. */
export const spend = (db: Db, token: CheckedToken): Promise<boolean> => spendToken(db, token.hash);

/** Gives the token back when the request it was spent on failed on the server's side. */
export const unspend = (db: Db, token: CheckedToken): Promise<void> => unspendToken(db, token.hash);

/** The same form again after a problem: its token kept, a fresh challenge bound to it. */
export async function keepForm(db: Db, token: string, limits: IntakeLimits): Promise<IssuedForm> {
  const nonce = token.split('.')[2] ?? '';
  return { token, challenge: await powChallenge(db, nonce, limits, new Date(Date.now() + limits.maxAgeMs)) };
}
