import { concat, latin1, MalformedImage, u16be, u32be } from './bytes.js';

/*
 * JPEG: a list of marker segments, then entropy-coded scans. The public copy keeps what decoding
 * needs (tables, frame, scans, restart intervals) and three application segments that describe
 * the pixels only: JFIF (APP0), the ICC colour profile (APP2) and Adobe's colour transform
 * (APP14). Everything else goes: Exif and XMP (APP1, where GPS lives), IPTC/Photoshop (APP13),
 * C2PA/JUMBF (APP11), maker and camera segments, the multi-picture index (APP2 "MPF"), comments,
 * and whatever follows the end of the image (phones append depth maps and second pictures there,
 * each with its own Exif). Nothing is re-encoded.
 */

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;

function fail(problem: string): never {
  throw new MalformedImage('JPEG', problem);
}

/** Markers that stand alone, without a length: TEM and the restart markers. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

function keepSegment(marker: number, payload: Uint8Array): boolean {
  if (marker === COM) return false;
  if (marker < APP0 || marker > 0xef) return true;
  if (marker === APP0) return /^JF(IF|XX)\0/.test(latin1(payload, 0, 5));
  if (marker === APP2) return latin1(payload, 0, 12) === 'ICC_PROFILE\0';
  if (marker === APP14) return latin1(payload, 0, 5) === 'Adobe';
  return false;
}

/** Where the entropy-coded data that starts at `from` ends: the first marker that is not a restart. */
function scanEnd(bytes: Uint8Array, from: number): number {
  // indexOf is native: a scan is most of a photo's bytes.
  for (let i = bytes.indexOf(0xff, from); i !== -1 && i < bytes.length - 1; i = bytes.indexOf(0xff, i + 1)) {
    const next = bytes[i + 1] as number;
    if (next === 0x00 || standalone(next) || next === 0xff) continue;
    return i;
  }
  return fail('the scan data has no end');
}

/** The Exif orientation (1–8) in an APP1 payload, or null. */
export function exifOrientation(payload: Uint8Array): number | null {
  if (latin1(payload, 0, 6) !== 'Exif\0\0') return null;
  const tiff = payload.subarray(6);
  const little = latin1(tiff, 0, 2) === 'II';
  if (!little && latin1(tiff, 0, 2) !== 'MM') return null;
  const u16 = (at: number) => (little ? (tiff[at] ?? 0) | ((tiff[at + 1] ?? 0) << 8) : u16be(tiff, at));
  const u32 = (at: number) => (little ? u16(at) + u16(at + 2) * 0x10000 : u32be(tiff, at));
  if (u16(2) !== 42) return null;
  const ifd = u32(4);
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/**
 * An APP1 segment holding nothing but the orientation, so a phone photo is shown upright after
 * the rest of its Exif is gone.
 */
export function orientationSegment(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0];
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff, 0, 0, 0, 0];
  const length = payload.length + 2;
  return Uint8Array.from([0xff, APP1, length >> 8, length & 0xff, ...payload]);
}

interface Segment {
  marker: number;
  bytes: Uint8Array;
  payload: Uint8Array;
}

/** Reads the segment whose marker starts at `at` (after any fill bytes). */
function readSegment(bytes: Uint8Array, at: number): Segment & { end: number } {
  if (bytes[at] !== 0xff) fail(`no marker at byte ${at}`);
  let pos = at;
  while (bytes[pos] === 0xff && pos < bytes.length) pos++;
  const marker = bytes[pos];
  if (marker === undefined) fail('it ends inside a marker');
  pos++;
  if (marker === EOI || standalone(marker)) {
    return { marker, bytes: Uint8Array.from([0xff, marker]), payload: new Uint8Array(0), end: pos };
  }
  const length = u16be(bytes, pos);
  if (length < 2 || pos + length > bytes.length) fail(`segment ${marker.toString(16)} overruns the file`);
  const end = pos + length;
  return { marker, bytes: bytes.subarray(pos - 2, end), payload: bytes.subarray(pos + 2, end), end };
}

/** A copy of a JPEG without its metadata; throws MalformedImage when it cannot be followed. */
export function stripJpeg(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) fail('no start-of-image marker');
  const kept: Uint8Array[] = [];
  let orientation: number | null = null;
  let pos = 2;
  for (;;) {
    const segment = readSegment(bytes, pos);
    pos = segment.end;
    if (segment.marker === EOI) break;
    if (segment.marker === APP1) orientation ??= exifOrientation(segment.payload);
    if (keepSegment(segment.marker, segment.payload)) kept.push(segment.bytes);
    if (segment.marker === SOS) {
      const end = scanEnd(bytes, pos);
      kept.push(bytes.subarray(pos, end));
      pos = end;
    }
  }
  // Exif asks to come first, JFIF too; after JFIF is how cameras and browsers write both.
  const head = [Uint8Array.from([0xff, SOI])];
  const afterJfif = kept[0]?.[1] === APP0 ? 1 : 0;
  const rotated = orientation !== null && orientation !== 1 ? [orientationSegment(orientation)] : [];
  return concat([
    ...head,
    ...kept.slice(0, afterJfif),
    ...rotated,
    ...kept.slice(afterJfif),
    Uint8Array.from([0xff, EOI]),
  ]);
}
