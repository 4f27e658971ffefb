import { createHash } from 'node:crypto';
import { type Db, inTransaction } from '../../db/database.js';
import { audienceOf, authorize, type Principal, PUBLIC } from '../../http/auth.js';
import { Uuid } from '../../http/common.schema.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { gateAttached, gateIncident, refuse } from '../incidents/incident.gate.js';
import {
  discard,
  type FileStore,
  keep,
  keepBytes,
  type Received,
  readReceived,
  receive,
  removeBlob,
} from './blob-store.js';
import { presentFile, presentPublicFile } from './evidence.presenter.js';
import * as repo from './evidence.repo.js';
import type { EvidenceFile, PublicEvidenceFile } from './evidence.schema.js';
import { sanitizeClaimedType, sanitizeFileName } from './file-name.js';
import {
  ACCEPTED_LABELS,
  describeRefused,
  IMAGE_TYPES,
  isPlainText,
  type MediaType,
  sniffMediaType,
} from './media-type.js';
import { publicDerivative } from './strip/index.js';

/** What a client uploads: the bytes (whole, or as a stream), what it called them, and where they belong. */
export interface EvidenceInput {
  content: Uint8Array | AsyncIterable<Uint8Array>;
  name: string | null;
  claimedType?: string | null;
  sourceId?: string | null;
}

/** The incident, through the gate: "not found" when this caller may not see it. */
const readableIncident = (db: Db, who: Principal, incidentId: string, access: 'read' | 'write' = 'read') =>
  gateIncident(db, who, incidentId, { access });

async function checkSource(db: Db, incidentId: string, sourceId: string | null): Promise<void> {
  if (sourceId && (!Uuid.safeParse(sourceId).success || !(await repo.isSourceOf(db, incidentId, sourceId)))) {
    throw new AppError('unknown_code', 'The source is not one of this incident’s', [
      { path: 'sourceId', code: 'unknown_id' },
    ]);
  }
}

/** The accepted type of a received file, or a clear refusal. */
async function detect(received: Received): Promise<MediaType> {
  if (received.size === 0) {
    throw new AppError('validation_failed', 'The file is empty', [{ path: 'file', code: 'empty' }]);
  }
  const sniffed = sniffMediaType(received.head);
  if (sniffed) return sniffed;
  if (isPlainText(await readReceived(received))) return 'text/plain';
  const what = describeRefused(received.head);
  throw new AppError(
    'unsupported_file_type',
    `This kind of file (${what}) is not accepted. Accepted: ${ACCEPTED_LABELS.join(', ')}`,
    [{ path: 'file', code: 'unsupported_file_type', message: what }],
  );
}

/**
 * Puts the bytes and, for an image, its copy without metadata in place, holding both locks (taken
 * in one order, so two uploads cannot wait for each other); returns the copy's hash and size.
 */
async function keepBlobs(trx: Db, store: FileStore, received: Received, derivative: Uint8Array | null) {
  const copy = derivative ? createHash('sha256').update(derivative).digest('hex') : null;
  for (const sha256 of [...new Set([received.sha256, copy ?? received.sha256])].sort()) {
    await repo.lockBlob(trx, sha256);
  }
  await keep(store, received.tempPath, received.sha256);
  if (!derivative || !copy) return { sha256: null, size: null };
  await keepBytes(store, derivative);
  return { sha256: copy, size: derivative.length };
}

/**
 * Stores an evidence file for an incident (and optionally one of its sources): checks the right
 * to edit incidents and to see this one before reading a byte, hashes the bytes while receiving
 * them, refuses files over the size limit or of a type not accepted, makes the public copy of an
 * image, and records the file with its audit event in one transaction.
 */
export async function storeEvidence(
  db: Db,
  who: Principal,
  incidentId: string,
  input: EvidenceInput,
  store: FileStore,
): Promise<EvidenceFile> {
  const actor = authorize(who, 'incidents.write');
  const incident = await readableIncident(db, who, incidentId, 'write');
  // An empty form field means no source.
  const sourceId = input.sourceId || null;
  await checkSource(db, incident.id, sourceId);
  const received = await receive(store, input.content);
  try {
    const mediaType = await detect(received);
    const image = IMAGE_TYPES.includes(mediaType);
    const derived = image ? publicDerivative(mediaType, await readReceived(received)) : null;
    return await inTransaction(db, async (trx) => {
      await readableIncident(trx, who, incident.id, 'write');
      await checkSource(trx, incident.id, sourceId);
      const copy = await keepBlobs(trx, store, received, derived ?? null);
      const row = await repo.insertFile(trx, {
        incident_id: incident.id,
        source_id: sourceId,
        sha256: received.sha256,
        size: received.size,
        media_type: mediaType,
        claimed_type: sanitizeClaimedType(input.claimedType),
        original_name: sanitizeFileName(input.name),
        uploaded_by: actor,
        public_sha256: copy.sha256,
        public_size: copy.size,
      });
      const view = presentFile({ ...row, is_public: false });
      const { public: _now, ...document } = view;
      await recordAudit(trx, {
        actor,
        action: 'create',
        entityType: 'evidence',
        entityId: incident.id,
        before: null,
        after: document,
      });
      return presentFile((await repo.findFile(trx, row.id, false)) as repo.EvidenceFileView);
    });
  } finally {
    await discard(received.tempPath);
  }
}

/** An incident's files: every one for internal readers who may see the incident, public ones for the public. */
export async function listEvidence(
  db: Db,
  who: Principal,
  incidentId: string,
): Promise<{ items: EvidenceFile[] } | { items: PublicEvidenceFile[] }> {
  const incident = await readableIncident(db, who, incidentId);
  if (audienceOf(who) === 'public') {
    return { items: (await repo.listFiles(db, incident.id, true)).map(presentPublicFile) };
  }
  return { items: (await repo.listFiles(db, incident.id, false)).map(presentFile) };
}

const fileMissing = (id: string) => ({ code: 'file_not_found', what: 'File', id });

/** A file whose incident passes the gate for this caller, or "not found". */
async function readableFile(db: Db, who: Principal, fileId: string, access: 'read' | 'write' = 'read') {
  const row = (await repo.findFile(db, fileId, false)) ?? refuse(fileMissing(fileId));
  await gateAttached(db, who, row.incident_id, fileMissing(fileId), access);
  return row;
}

/** The original bytes, for internal readers who may see the incident. */
export async function findOriginal(db: Db, who: Principal, fileId: string) {
  authorize(who, 'records.read');
  const row = await readableFile(db, who, fileId);
  return { file: presentFile(row), sha256: row.sha256, size: Number(row.size) };
}

/** What the public may download: the copy without metadata for an image, the original otherwise. */
export async function findPublic(db: Db, fileId: string) {
  const row = (await repo.findFile(db, fileId, true)) ?? refuse(fileMissing(fileId));
  await gateAttached(db, PUBLIC, row.incident_id, fileMissing(fileId));
  return {
    file: presentPublicFile(row),
    sha256: row.public_sha256 ?? row.sha256,
    mediaType: row.media_type as MediaType,
  };
}

/** Removes stored bytes if no record names them any more, under the same lock as storing. */
export function releaseBlob(db: Db, store: FileStore, sha256: string): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    await repo.lockBlob(trx, sha256);
    if (await repo.isBlobReferenced(trx, sha256)) return false;
    await removeBlob(store, sha256);
    return true;
  });
}

/** Deletes a file record (audited); its bytes go too unless another record names the same ones. */
export async function deleteEvidence(
  db: Db,
  who: Principal,
  fileId: string,
  store: FileStore,
): Promise<void> {
  const actor = authorize(who, 'incidents.write');
  const row = await inTransaction(db, async (trx) => {
    const found = await readableFile(trx, who, fileId, 'write');
    if (!(await repo.deleteFile(trx, found.id))) refuse(fileMissing(fileId));
    const { public: _now, ...document } = presentFile(found);
    await recordAudit(trx, {
      actor,
      action: 'delete',
      entityType: 'evidence',
      entityId: found.incident_id,
      before: document,
      after: null,
    });
    return found;
  });
  // After the commit: a failure here leaves bytes no record names, never a record without bytes.
  for (const sha256 of new Set([row.sha256, row.public_sha256]))
    if (sha256) await releaseBlob(db, store, sha256);
}
