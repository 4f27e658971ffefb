import { Transform } from 'node:stream';
import { AppError } from '../../../http/errors.js';
import type { Encoding } from './types.js';

/** How many leading bytes are looked at to tell the encoding, delimiter and format. */
export const HEAD_BYTES = 64 * 1024;

/**
 * The encoding of a text file from its first bytes: a byte-order mark decides; otherwise text that is valid
 * UTF-8 is UTF-8; otherwise, if read as Windows-1251 most of its non-ASCII characters are Cyrillic letters,
 * it is Windows-1251 (what Russian-language spreadsheets export). Anything else is refused, not guessed.
 */
export function detectEncoding(head: Buffer): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    // stream: true lets a character cut at the end of the sample pass; fatal refuses any invalid sequence.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    if (cyrillicShare(new TextDecoder('windows-1251').decode(head)) >= 0.8) return 'windows-1251';
    throw unknownEncoding();
  }
}

/** Of the characters outside ASCII, the share that are Cyrillic letters (А–я, Ё, ё, and Kazakh ones). */
function cyrillicShare(text: string): number {
  let other = 0;
  let cyrillic = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (code >= 0x400 && code <= 0x4ff) cyrillic++;
    else if (code !== 0xab && code !== 0xbb && code !== 0x2116 && (code < 0x2010 || code > 0x2026)) other++;
  }
  return cyrillic + other === 0 ? 0 : cyrillic / (cyrillic + other);
}

const unknownEncoding = (): AppError =>
  new AppError(
    'file_encoding_unknown',
    'The file is neither UTF-8, UTF-16 nor Windows-1251 text; save it as UTF-8 or choose its encoding',
    [{ path: 'encoding', code: 'file_encoding_unknown' }],
  );

/**
 * Bytes in, text out, chunk by chunk: a character split between two chunks is joined, a byte-order mark is
 * dropped, and bytes that are not valid in the encoding stop the read with file_encoding_unknown.
 */
export function decoder(encoding: Encoding): Transform {
  const text = new TextDecoder(encoding, { fatal: true });
  const fail = (error: unknown) => (error instanceof TypeError ? unknownEncoding() : (error as Error));
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        const part = text.decode(chunk, { stream: true });
        done(null, part === '' ? undefined : part);
      } catch (error) {
        done(fail(error));
      }
    },
    flush(done) {
      try {
        const rest = text.decode();
        done(null, rest === '' ? undefined : rest);
      } catch (error) {
        done(fail(error));
      }
    },
  });
}
