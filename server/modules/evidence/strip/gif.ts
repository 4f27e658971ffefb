import { concat, latin1, MalformedImage } from './bytes.js';

/*
 * GIF: a header and screen descriptor, then blocks until the trailer. The public copy keeps the
 * images, their graphic control and plain-text extensions and the looping extension
 * (NETSCAPE2.0 / ANIMEXTS1.0); it drops comments and every other application extension (XMP,
 * ICC, editors' data) and whatever follows the trailer.
 */

const LOOPING = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

function fail(problem: string): never {
  throw new MalformedImage('GIF', problem);
}

const colourTableSize = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);

/** The end of a run of data sub-blocks starting at `at` (after its zero terminator). */
function subBlocksEnd(bytes: Uint8Array, at: number): number {
  let pos = at;
  for (;;) {
    const size = bytes[pos];
    if (size === undefined) fail('it ends inside a block');
    pos += 1 + size;
    if (size === 0) return pos;
  }
}

function keepExtension(bytes: Uint8Array, at: number): boolean {
  const label = bytes[at + 1];
  if (label === 0xf9 || label === 0x01) return true;
  return label === 0xff && bytes[at + 2] === 11 && LOOPING.has(latin1(bytes, at + 3, at + 14));
}

/** A copy of a GIF without comments or metadata; throws MalformedImage when it cannot be followed. */
export function stripGif(bytes: Uint8Array): Uint8Array {
  if (!/^GIF8[79]a$/.test(latin1(bytes, 0, 6))) fail('no GIF header');
  let pos = 13 + colourTableSize(bytes[10] ?? 0);
  const kept: Uint8Array[] = [bytes.subarray(0, pos)];
  for (;;) {
    const introducer = bytes[pos];
    if (introducer === 0x3b) {
      kept.push(bytes.subarray(pos, pos + 1));
      return concat(kept);
    }
    let end: number;
    if (introducer === 0x2c) {
      const afterDescriptor = pos + 10 + colourTableSize(bytes[pos + 9] ?? 0);
      end = subBlocksEnd(bytes, afterDescriptor + 1);
    } else if (introducer === 0x21) {
      end = subBlocksEnd(bytes, pos + 2);
    } else {
      return fail(`unexpected byte at ${pos}`);
    }
    if (end > bytes.length) fail('it ends inside a block');
    if (introducer === 0x2c || keepExtension(bytes, pos)) kept.push(bytes.subarray(pos, end));
    pos = end;
  }
}
