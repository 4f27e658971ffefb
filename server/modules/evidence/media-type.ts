/**
 * What kinds of evidence files are accepted, told from the bytes themselves (their magic numbers),
 * never from the name or the type the client claims.
 */
export const MEDIA_TYPES = {
  'image/jpeg': { label: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  'image/png': { label: 'PNG image', extensions: ['png'] },
  'image/webp': { label: 'WebP image', extensions: ['webp'] },
  'image/gif': { label: 'GIF image', extensions: ['gif'] },
  'application/pdf': { label: 'PDF document', extensions: ['pdf'] },
  'text/plain': { label: 'plain text (UTF-8)', extensions: ['txt', 'text', 'md', 'csv', 'log'] },
  'audio/mpeg': { label: 'MP3 audio', extensions: ['mp3'] },
  'audio/mp4': { label: 'MP4 audio (M4A)', extensions: ['m4a', 'mp4'] },
  'audio/ogg': { label: 'Ogg audio', extensions: ['ogg', 'oga', 'opus'] },
  'audio/wav': { label: 'WAV audio', extensions: ['wav'] },
  'video/mp4': { label: 'MP4 video', extensions: ['mp4', 'm4v'] },
  'video/quicktime': { label: 'QuickTime video', extensions: ['mov'] },
  'video/3gpp': { label: '3GP video', extensions: ['3gp'] },
  'video/webm': { label: 'WebM video', extensions: ['webm'] },
  'video/ogg': { label: 'Ogg video', extensions: ['ogv', 'ogg'] },
} as const;

export type MediaType = keyof typeof MEDIA_TYPES;

/** Images get a public derivative with their metadata removed. */
export const IMAGE_TYPES: readonly MediaType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** How many leading bytes the magic numbers need. */
export const SNIFF_BYTES = 4096;

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);

// ISO base media files name their family in the ftyp box's major brand. HEIF/AVIF images share
// the box but not the brands, so they are not taken for video.
const MP4_BRANDS: Record<string, MediaType> = {
  isom: 'video/mp4',
  iso2: 'video/mp4',
  iso4: 'video/mp4',
  iso5: 'video/mp4',
  iso6: 'video/mp4',
  mp41: 'video/mp4',
  mp42: 'video/mp4',
  avc1: 'video/mp4',
  mmp4: 'video/mp4',
  dash: 'video/mp4',
  'M4V ': 'video/mp4',
  'M4A ': 'audio/mp4',
  'M4B ': 'audio/mp4',
  'qt  ': 'video/quicktime',
  '3gp4': 'video/3gpp',
  '3gp5': 'video/3gpp',
  '3gp6': 'video/3gpp',
  '3g2a': 'video/3gpp',
};

function isMp3(head: Uint8Array): boolean {
  if (ascii(head, 0, 3) === 'ID3') return true;
  const b1 = head[1] ?? 0;
  // A frame header: 11 sync bits, a version that is not reserved, layer III.
  return head[0] === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x18) !== 0x08 && (b1 & 0x06) === 0x02;
}

/** The accepted type the leading bytes show, or null (plain text is told by `isPlainText`). */
export function sniffMediaType(head: Uint8Array): MediaType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(head, 4, 8) === 'ftyp') return MP4_BRANDS[ascii(head, 8, 12)] ?? null;
  if (ascii(head, 0, 4) === 'OggS') return ascii(head, 28, 35) === '\x80theora' ? 'video/ogg' : 'audio/ogg';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]))
    return ascii(head, 0, 64).includes('webm') ? 'video/webm' : null;
  if (isMp3(head)) return 'audio/mpeg';
  return null;
}

/** UTF-8 text (an optional byte-order mark) with no control characters but tab, newlines and form feed. */
export function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** A few refused kinds named in the error, so the uploader knows what to convert. */
export function describeRefused(head: Uint8Array): string {
  const brand = ascii(head, 8, 12);
  if (ascii(head, 4, 8) === 'ftyp' && /^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return 'HEIC image';
  if (ascii(head, 4, 8) === 'ftyp' && /^avi[fs]$/.test(brand)) return 'AVIF image';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'ZIP archive or office document';
  if (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*') return 'TIFF image';
  if (ascii(head, 0, 2) === 'BM') return 'BMP image';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'Matroska video';
  if (ascii(head, 0, 2) === 'MZ' || ascii(head, 1, 4) === 'ELF') return 'program';
  return 'unknown';
}

/** The accepted types, for error messages and the documentation. */
export const ACCEPTED_LABELS = Object.values(MEDIA_TYPES).map((t) => t.label);
