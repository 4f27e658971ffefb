import { concat, latin1, MalformedImage, u32be } from './bytes.js';

/*
 * PNG: a signature, then chunks (length, type, data, CRC). The public copy keeps the chunks that
 * say how to draw the pixels and drops every other one — text (tEXt, iTXt, zTXt, where XMP
 * lives), Exif (eXIf), the modification time (tIME), signatures, content credentials and any
 * private chunk — and stops at IEND. Kept chunks are copied whole, their CRCs still valid.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'mDCv',
  'cLLI',
  'cLLi',
  'bKGD',
  'hIST',
  'pHYs',
  'sPLT',
  'acTL',
  'fcTL',
  'fdAT',
]);

function fail(problem: string): never {
  throw new MalformedImage('PNG', problem);
}

/** A copy of a PNG without its metadata; throws MalformedImage when it cannot be followed. */
export function stripPng(bytes: Uint8Array): Uint8Array {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) fail('no PNG signature');
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let pos = 8;
  for (;;) {
    if (pos + 12 > bytes.length) fail('it ends before IEND');
    const length = u32be(bytes, pos);
    const type = latin1(bytes, pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) fail(`a chunk at byte ${pos} is damaged`);
    if (pos === 8 && type !== 'IHDR') fail('the first chunk is not IHDR');
    if (KEEP.has(type)) kept.push(bytes.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return concat(kept);
  }
}
