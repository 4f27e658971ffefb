import type { Selectable } from 'kysely';
import { type Db, inTransaction } from '../../db/database.js';
import type { HelpRequestsTable } from '../../db/schema.help.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import {
  deriveKey,
  forget,
  type KeyPair,
  newKeyPair,
  randomBytes,
  receiptLookup,
  SALT_BYTES,
  unwrapKey,
  wrapKey,
} from './help.crypto.js';
import { emitHelpEvent } from './help.events.js';
import * as repo from './help.repo.js';
import { openFile, openMessage, sealMessage } from './help.seal.js';
import type { HelpFile, HelpSubmission, Receipt, RequesterThread } from './help.types.js';
import { currentDeskKey, holdDeskKeyVersion } from './help-keys.repo.js';
import { clearExpiredWindows, countHit, hitsOf, windowBucket } from './rate-windows.repo.js';
import { generateReceipt, normaliseReceipt } from './receipt.js';

/** Wrong passphrases for one receipt code: five in a row lock it for a minute, doubling, at most a day. */
export const TRIES_BEFORE_LOCK = 5;
const LOCK_MINUTES = 1;
const MAX_LOCK_MINUTES = 24 * 60;
/** Unknown codes, across everyone: this many in a window of ten minutes close the door to all. */
export const UNKNOWN_CODES_PER_WINDOW = 200;
export const UNKNOWN_WINDOW_MINUTES = 10;
const MAX_TEXT = 50_000;

const notFound = () => new AppError('receipt_not_found', 'No request has this receipt code and passphrase');
const throttled = () =>
  new AppError('receipt_throttled', 'Too many wrong receipts were tried; wait a few minutes and try again');

export const unknownCodesWindow = (now: Date) => windowBucket('receipt-unknown', UNKNOWN_WINDOW_MINUTES, now);

/** The desk key new content is sealed to; 503 help_desk_not_ready before `help-desk init`. */
export async function deskPublicKey(db: Db): Promise<{ version: number; publicKey: Uint8Array }> {
  const desk = await currentDeskKey(db);
  if (!desk) throw new AppError('help_desk_not_ready', 'The help desk is not set up yet');
  return { version: desk.version, publicKey: desk.public_key };
}

/** Inside a write: the desk key version sealed to is still current (a rotation waits, or we retry). */
export async function holdDesk(trx: Db, version: number): Promise<void> {
  if (!(await holdDeskKeyVersion(trx, version))) {
    throw new AppError('try_again', 'The help desk key was replaced meanwhile; send again');
  }
}

const passphraseKey = (passphrase: string, salt: Uint8Array) => deriveKey(`passphrase:${passphrase}`, salt);

function lockAfter(tries: number, now: Date): Date | null {
  const over = tries - TRIES_BEFORE_LOCK;
  if (over < 0) return null;
  return new Date(now.getTime() + Math.min(LOCK_MINUTES * 2 ** over, MAX_LOCK_MINUTES) * 60_000);
}

type RequestRow = Selectable<HelpRequestsTable>;

/**
 * Finds and unlocks a request by its receipt. A wrong code and a wrong passphrase get the same
 * answer after the same work (two Argon2id derivations either way); unknown codes count in a
 * global window, wrong passphrases on the request itself, and neither keeps anything about who tried.
 */
async function unlock(db: Db, receipt: Receipt, now: Date): Promise<{ request: RequestRow; pair: KeyPair }> {
  const window = unknownCodesWindow(now);
  if ((await hitsOf(db, window.bucket, now)) >= UNKNOWN_CODES_PER_WINDOW) throw throttled();
  const typed = normaliseReceipt(receipt);
  // Malformed input costs the same lookup (of a value no code can have) as a well-formed one.
  const lookup = await receiptLookup(typed?.code ?? 'malformed');
  const request = typed ? await repo.requestByLookup(db, lookup) : undefined;
  if (!typed || !request) {
    await passphraseKey(typed?.passphrase ?? '', new Uint8Array(SALT_BYTES));
    await clearExpiredWindows(db, now);
    await countHit(db, window.bucket, window.expiresAt);
    throw notFound();
  }
  if (request.locked_until && request.locked_until > now) throw throttled();
  const key = await passphraseKey(typed.passphrase, request.requester_salt);
  try {
    const privateKey = await unwrapKey(key, request.requester_key_wrapped);
    if (request.failed_tries > 0) await repo.setFailedTries(db, request.id, 0, null);
    return { request, pair: { publicKey: request.requester_public_key, privateKey } };
  } catch {
    const lockedUntil = lockAfter(await repo.countFailedTry(db, request.id), now);
    if (lockedUntil) await repo.setLockedUntil(db, request.id, lockedUntil);
    throw lockedUntil ? throttled() : notFound();
  } finally {
    forget(key);
  }
}

/** A reply, answer or note: not empty (unless files carry it), not beyond the size limit. */
export function checkText(text: string | undefined, files: HelpFile[]): void {
  if ((text ?? '').length > MAX_TEXT) {
    throw new AppError('validation_failed', 'The text is too long', [{ path: 'text', code: 'too_long' }]);
  }
  if (!(text ?? '').trim() && files.length === 0) {
    throw new AppError('validation_failed', 'Write something or attach a file', [
      { path: 'text', code: 'required' },
    ]);
  }
}

/** Seals a new request to the desk and the requester; returns the receipt (digits only), shown once. */
export async function submitHelpRequest(
  db: Db,
  submission: HelpSubmission,
  now = new Date(),
): Promise<Receipt & { id: string }> {
  const desk = await deskPublicKey(db);
  const receipt = generateReceipt();
  const salt = await randomBytes(SALT_BYTES);
  const pair = await newKeyPair();
  const key = await passphraseKey(receipt.passphrase, salt);
  const wrapped = await wrapKey(key, pair.privateKey);
  forget(key);
  forget(pair.privateKey);
  const lookup = await receiptLookup(receipt.code);
  const sealed = await sealMessage(submission.body, submission.files, desk.publicKey, pair.publicKey);
  const id = await inTransaction(db, async (trx) => {
    await holdDesk(trx, desk.version);
    const requestId = await repo.insertRequest(trx, {
      kind: submission.kind,
      category: submission.category,
      lane: submission.lane,
      language: submission.language,
      receipt_lookup: lookup,
      requester_public_key: pair.publicKey,
      requester_key_wrapped: wrapped,
      requester_salt: salt,
      created_at: now,
      updated_at: now,
      last_requester_at: now,
    });
    await repo.insertMessage(
      trx,
      { requestId, author: 'requester', accountId: null, keyVersion: desk.version, at: now },
      sealed,
    );
    await recordAudit(trx, {
      actor: 'public',
      action: 'help.arrived',
      entityType: 'help_request',
      entityId: requestId,
      before: null,
      after: { kind: submission.kind, category: submission.category, lane: submission.lane },
    });
    return requestId;
  });
  await emitHelpEvent({ type: 'help.arrived', requestId: id });
  return { id, ...receipt };
}

/** The requester's thread: no internal notes, no staff names. */
export async function openThread(db: Db, receipt: Receipt, now = new Date()): Promise<RequesterThread> {
  const { request, pair } = await unlock(db, receipt, now);
  try {
    const messages = [];
    for (const row of await repo.messagesOf(db, request.id, true)) {
      const { body, files } = await openMessage(row, { by: 'requester', pair });
      messages.push({ id: row.id, author: row.author, at: row.created_at, body, files });
    }
    return {
      kind: request.kind,
      category: request.category,
      status: request.status,
      createdAt: request.created_at,
      messages,
    };
  } finally {
    forget(pair.privateKey);
  }
}

/** The requester writes back; an answered or closed request returns to the queue. */
export async function replyAsRequester(
  db: Db,
  receipt: Receipt,
  text: string,
  files: HelpFile[],
  now = new Date(),
): Promise<void> {
  checkText(text, files);
  const { request, pair } = await unlock(db, receipt, now);
  forget(pair.privateKey);
  const desk = await deskPublicKey(db);
  const sealed = await sealMessage({ text }, files, desk.publicKey, request.requester_public_key);
  await inTransaction(db, async (trx) => {
    await holdDesk(trx, desk.version);
    await repo.insertMessage(
      trx,
      { requestId: request.id, author: 'requester', accountId: null, keyVersion: desk.version, at: now },
      sealed,
    );
    const reopen = request.status === 'answered' || request.status === 'closed';
    await repo.updateRequest(trx, request.id, null, {
      last_requester_at: now,
      updated_at: now,
      ...(reopen ? { status: 'in_progress' as const } : {}),
    });
    await recordAudit(trx, {
      actor: 'public',
      action: 'help.replied',
      entityType: 'help_request',
      entityId: request.id,
      before: reopen ? { status: request.status } : null,
      after: reopen ? { status: 'in_progress' } : null,
    });
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** A file of the requester's thread, opened with the receipt (never a note's). */
export async function readRequesterFile(
  db: Db,
  receipt: Receipt,
  fileId: string,
  now = new Date(),
): Promise<HelpFile> {
  const { request, pair } = await unlock(db, receipt, now);
  try {
    const row = isUuid(fileId) ? await repo.fileOfRequest(db, request.id, fileId) : undefined;
    if (!row || row.author === 'note') throw new AppError('file_not_found', 'This thread has no such file');
    return await openFile(row, row, { by: 'requester', pair });
  } finally {
    forget(pair.privateKey);
  }
}
