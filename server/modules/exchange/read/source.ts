import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { HEAD_BYTES } from './decode.js';
import type { Source } from './types.js';

/** The first bytes of a source, to look at, and a stream of the whole of it from the start. */
export interface Opened {
  head: Buffer;
  bytes(): Readable;
}

/** Opens a path or a stream so its beginning can be examined without losing it. */
export async function openSource(source: Source): Promise<Opened> {
  if (typeof source === 'string') {
    const file = await open(source, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
      return { head: buffer.subarray(0, bytesRead), bytes: () => createReadStream(source) };
    } finally {
      await file.close();
    }
  }
  const chunks = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    seen.push(chunk);
    size += chunk.length;
  }
  async function* replay() {
    yield* seen;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  let used = false;
  return {
    head: Buffer.concat(seen).subarray(0, HEAD_BYTES),
    bytes: () => {
      if (used) throw new Error('a stream source can be read once');
      used = true;
      return Readable.from(replay(), { objectMode: false });
    },
  };
}
