import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../http/errors.js';
import { SNIFF_BYTES } from './media-type.js';

/*
 * Files on disk, named by the SHA-256 of their bytes: <dir>/<first two hex digits>/<sha256>.
 * Written to <dir>/tmp first, flushed, then renamed into place, so a reader never sees half a
 * file; made read-only once in place and never written again. The same bytes are kept once.
 */

/** Where evidence files live and how large one may be. */
export interface FileStore {
  dir: string;
  maxBytes: number;
}

/** An upload received into a temporary file, hashed on the way in. */
export interface Received {
  tempPath: string;
  sha256: string;
  size: number;
  /** The first bytes, enough to tell the type. */
  head: Uint8Array;
}

const SHA256 = /^[0-9a-f]{64}$/;

export const blobPath = (dir: string, sha256: string): string => {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return join(dir, sha256.slice(0, 2), sha256);
};

export function fileTooLarge(maxBytes: number): AppError {
  const mib = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new AppError('file_too_large', `The file is larger than ${mib} MiB`, [
    { path: 'file', code: 'too_large', message: `at most ${maxBytes} bytes` },
  ]);
}

async function* chunksOf(content: Uint8Array | AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (content instanceof Uint8Array) yield content;
  else yield* content;
}

/** Streams the content into a temporary file, hashing and counting it; over `maxBytes` it stops. */
export async function receive(
  store: FileStore,
  content: Uint8Array | AsyncIterable<Uint8Array>,
): Promise<Received> {
  await mkdir(join(store.dir, 'tmp'), { recursive: true });
  const tempPath = join(store.dir, 'tmp', `${randomUUID()}.part`);
  const file = await open(tempPath, 'wx', 0o600);
  const hash = createHash('sha256');
  const head: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of chunksOf(content)) {
      size += chunk.length;
      if (size > store.maxBytes) throw fileTooLarge(store.maxBytes);
      if (size - chunk.length < SNIFF_BYTES) head.push(chunk.subarray(0, SNIFF_BYTES));
      hash.update(chunk);
      await file.write(chunk);
    }
    await file.sync();
  } catch (err) {
    await file.close();
    await unlink(tempPath).catch(() => undefined);
    throw err;
  }
  await file.close();
  const joined = Buffer.concat(head);
  return { tempPath, sha256: hash.digest('hex'), size, head: joined.subarray(0, SNIFF_BYTES) };
}

/** The SHA-256 of a file on disk, read as a stream. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Moves a received file to its address. If the same bytes are already there they stay (the
 * temporary copy is dropped) — unless the stored copy no longer matches its name, when the fresh
 * copy restores it.
 */
export async function keep(store: FileStore, tempPath: string, sha256: string): Promise<void> {
  const target = blobPath(store.dir, sha256);
  const existing = await stat(target).catch(() => null);
  if (existing && (await hashFile(target)) === sha256) {
    await unlink(tempPath);
    return;
  }
  if (existing) console.error(`Evidence file ${sha256} did not match its hash; restored from a new upload.`);
  await mkdir(join(store.dir, sha256.slice(0, 2)), { recursive: true });
  await rename(tempPath, target);
  await chmod(target, 0o440);
}

/** Writes bytes made here (a public derivative) at their address; returns their SHA-256. */
export async function keepBytes(store: FileStore, bytes: Uint8Array): Promise<string> {
  const received = await receive({ ...store, maxBytes: Number.POSITIVE_INFINITY }, bytes);
  await keep(store, received.tempPath, received.sha256);
  return received.sha256;
}

/** Drops a temporary file that was not kept (nothing happens if it was). */
export async function discard(tempPath: string): Promise<void> {
  await unlink(tempPath).catch(() => undefined);
}

/** Reads a whole received file (images to strip, text to check). */
export const readReceived = (received: Received): Promise<Buffer> => readFile(received.tempPath);

/**
 * Opens a stored file for sending after checking it still has the hash it is named by; a file
 * that was changed on disk, or is missing, is never sent.
 */
export async function openVerified(store: FileStore, sha256: string): Promise<NodeJS.ReadableStream> {
  const path = blobPath(store.dir, sha256);
  const actual = await hashFile(path).catch(() => null);
  if (actual !== sha256) {
    console.error(`Evidence file ${sha256} is ${actual === null ? 'missing' : `changed (now ${actual})`}.`);
    throw new AppError('file_damaged', 'The stored file does not match its SHA-256 and is not served');
  }
  return createReadStream(path);
}

/** Removes a stored file (gone already is fine). */
export async function removeBlob(store: FileStore, sha256: string): Promise<void> {
  await unlink(blobPath(store.dir, sha256)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

/** Every stored file's hash, and temporary files older than `staleMs`. */
export async function listStore(
  store: FileStore,
  staleMs: number,
): Promise<{ blobs: string[]; stale: string[] }> {
  const names = await readdir(store.dir).catch(() => [] as string[]);
  const blobs: string[] = [];
  for (const name of names.filter((n) => /^[0-9a-f]{2}$/.test(n))) {
    const inner = await readdir(join(store.dir, name));
    blobs.push(...inner.filter((f) => SHA256.test(f) && f.startsWith(name)));
  }
  const stale: string[] = [];
  const tmp = join(store.dir, 'tmp');
  for (const name of await readdir(tmp).catch(() => [] as string[])) {
    const info = await stat(join(tmp, name)).catch(() => null);
    if (info && Date.now() - info.mtimeMs > staleMs) stale.push(join(tmp, name));
  }
  return { blobs, stale };
}
