import type { Db } from '../../db/database.js';
import { discard, type FileStore, listStore } from './blob-store.js';
import { releaseBlob } from './evidence.service.js';

/** Temporary files of uploads that stopped half-way are removed after a day. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes stored files no record names: those of deleted incidents (whose file records went with
 * them) and uploads interrupted before their record was written. Returns how many were checked
 * and removed.
 */
export async function pruneEvidenceStore(
  db: Db,
  store: FileStore,
): Promise<{ checked: number; removed: number }> {
  const { blobs, stale } = await listStore(store, STALE_MS);
  for (const path of stale) await discard(path);
  let removed = stale.length;
  for (const sha256 of blobs) {
    if (await releaseBlob(db, store, sha256)) removed += 1;
  }
  return { checked: blobs.length + stale.length, removed };
}
