import { concat, latin1, MalformedImage, u32le } from './bytes.js';

/*
 * WebP: a RIFF container of chunks (FourCC, little-endian size, data, a pad byte when the size is
 * odd). The public copy keeps the image chunks (VP8, VP8L, VP8X, ALPH, ANIM, ANMF) and the ICC
 * profile, drops EXIF, XMP and anything unknown, clears the Exif and XMP flags of VP8X, and
 * writes the new RIFF size.
 */

const KEEP = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const IMAGE = new Set(['VP8 ', 'VP8L', 'VP8X']);
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

function fail(problem: string): never {
  throw new MalformedImage('WebP', problem);
}

/** A copy of a WebP image without its metadata; throws MalformedImage when it cannot be followed. */
export function stripWebp(bytes: Uint8Array): Uint8Array {
  if (latin1(bytes, 0, 4) !== 'RIFF' || latin1(bytes, 8, 12) !== 'WEBP') fail('no RIFF/WEBP header');
  const end = 8 + u32le(bytes, 4);
  if (end > bytes.length || end < 20) fail('the RIFF size does not match the file');
  const kept: Uint8Array[] = [];
  let sawImage = false;
  for (let pos = 12; pos < end; ) {
    if (pos + 8 > end) fail(`a chunk header at byte ${pos} is cut off`);
    const fourcc = latin1(bytes, pos, pos + 4);
    const next = pos + 8 + u32le(bytes, pos + 4) + (u32le(bytes, pos + 4) % 2);
    if (next > end + 1) fail(`chunk ${fourcc} overruns the file`);
    if (KEEP.has(fourcc)) {
      const chunk = bytes.slice(pos, Math.min(next, end));
      if (fourcc === 'VP8X') chunk[8] = (chunk[8] ?? 0) & ~(EXIF_FLAG | XMP_FLAG);
      kept.push(chunk);
      sawImage ||= IMAGE.has(fourcc);
    }
    pos = next;
  }
  if (!sawImage) fail('no image chunk');
  const body = concat(kept);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 4));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  header.set(bytes.subarray(8, 12), 8);
  return concat([header, body]);
}
