import { crc32, deflateSync } from 'node:zlib';

/*
 * Small real images built byte by byte, carrying the metadata a phone or an editor leaves in a
 * photo: Exif with a GPS position, XMP, IPTC, comments, data appended after the image. Each
 * piece carries a marker string, so a test can prove it is gone by searching for it.
 */

/** Where the test photos were "taken": 43°14'56.78" N, 76°55'12.34" E (Almaty). */
export const GPS = { latitude: 43 + 14 / 60 + 56.78 / 3600, longitude: 76 + 55 / 60 + 12.34 / 3600 };

export const MARKERS = {
  gps: 'QORGAU-GPS-DATUM',
  camera: 'SecretCam 3000',
  xmp: 'QORGAU-XMP-PLACE',
  iptc: 'QORGAU-IPTC-BYLINE',
  comment: 'QORGAU-COMMENT',
  trailer: 'QORGAU-TRAILER',
  text: 'QORGAU-PNG-TEXT',
};

const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
const u16 = (n: number) => [n >> 8, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

interface Entry {
  tag: number;
  type: 1 | 2 | 3 | 4 | 5;
  count: number;
  data: number[];
}

const rationals = (values: [number, number][]) => values.flatMap(([n, d]) => [...u32(n), ...u32(d)]);
const asciiz = (s: string) => [...ascii(s), 0];

/** A big-endian IFD at `offset`: its entries, and the values that do not fit in four bytes after it. */
function ifd(offset: number, entries: Entry[]): number[] {
  const out: number[] = [...u16(entries.length)];
  const extra: number[] = [];
  const dataAt = offset + 2 + entries.length * 12 + 4;
  for (const e of entries) {
    out.push(...u16(e.tag), ...u16(e.type), ...u32(e.count));
    if (e.data.length <= 4) out.push(...e.data, ...Array(4 - e.data.length).fill(0));
    else {
      out.push(...u32(dataAt + extra.length));
      extra.push(...e.data);
    }
  }
  return [...out, ...u32(0), ...extra];
}

/** A TIFF structure (Exif) with a camera model, an orientation and a GPS IFD. */
export function exifTiff(orientation = 6): number[] {
  const gpsEntries: Entry[] = [
    { tag: 0x0000, type: 1, count: 4, data: [2, 3, 0, 0] },
    { tag: 0x0001, type: 2, count: 2, data: asciiz('N') },
    {
      tag: 0x0002,
      type: 5,
      count: 3,
      data: rationals([
        [43, 1],
        [14, 1],
        [5678, 100],
      ]),
    },
    { tag: 0x0003, type: 2, count: 2, data: asciiz('E') },
    {
      tag: 0x0004,
      type: 5,
      count: 3,
      data: rationals([
        [76, 1],
        [55, 1],
        [1234, 100],
      ]),
    },
    { tag: 0x0012, type: 2, count: MARKERS.gps.length + 1, data: asciiz(MARKERS.gps) },
  ];
  const make = asciiz(MARKERS.camera);
  const ifd0Size = 2 + 3 * 12 + 4 + make.length;
  const gpsAt = 8 + ifd0Size;
  const ifd0 = ifd(8, [
    { tag: 0x010f, type: 2, count: make.length, data: make },
    { tag: 0x0112, type: 3, count: 1, data: u16(orientation) },
    { tag: 0x8825, type: 4, count: 1, data: u32(gpsAt) },
  ]);
  return [...ascii('MM'), ...u16(42), ...u32(8), ...ifd0, ...ifd(gpsAt, gpsEntries)];
}

const xmpPacket = () =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
  `<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="43,14.946N" ` +
  `exif:GPSLongitude="76,55.206E"><photoshop:City xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">` +
  `${MARKERS.xmp}</photoshop:City></rdf:Description></rdf:RDF></x:xmpmeta>`;

const segment = (marker: number, payload: number[]) => [0xff, marker, ...u16(payload.length + 2), ...payload];

/** A 16×8 grey baseline JPEG (two blocks, wider than high, so a rotation shows): JFIF, tables, one scan. */
function jpegParts() {
  const jfif = segment(0xe0, [...asciiz('JFIF'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const dqt = segment(0xdb, [0, ...Array(64).fill(1)]);
  const sof = segment(0xc0, [8, 0, 8, 0, 16, 1, 1, 0x11, 0]);
  const table = (cls: number) => segment(0xc4, [cls, 1, ...Array(15).fill(0), 0]);
  const sos = segment(0xda, [1, 1, 0, 0, 63, 0]);
  // Per block, DC difference 0 and end-of-block, one bit each; padded with ones.
  return { jfif, tables: [...dqt, ...sof, ...table(0x00), ...table(0x10)], scan: [...sos, 0x0f] };
}

/** A JPEG that shows fine and carries Exif (GPS, camera, orientation), XMP, IPTC, a comment and a trailer. */
export function jpegWithMetadata(options: { orientation?: number } = {}): Uint8Array {
  const { jfif, tables, scan } = jpegParts();
  const exif = segment(0xe1, [...ascii('Exif\0\0'), ...exifTiff(options.orientation ?? 6)]);
  const xmp = segment(0xe1, [...asciiz('http://ns.adobe.com/xap/1.0/'), ...ascii(xmpPacket())]);
  const iptc = segment(0xed, [
    ...asciiz('Photoshop 3.0'),
    ...ascii(`8BIM\x04\x04\0\0\0\0\0\x20\x1c\x02\x50\0\x1a${MARKERS.iptc}`),
  ]);
  const icc = segment(0xe2, [...asciiz('ICC_PROFILE'), 1, 1, ...ascii('not-a-real-profile')]);
  const comment = segment(0xfe, ascii(MARKERS.comment));
  const trailer = [
    0xff,
    0xd8,
    ...segment(0xe1, [...ascii('Exif\0\0'), ...exifTiff()]),
    ...ascii(MARKERS.trailer),
  ];
  // biome-ignore format: the order of the segments is the point
  return Uint8Array.from([
    0xff, 0xd8, ...jfif, ...exif, ...xmp, ...icc, ...iptc, ...comment, ...tables, ...scan, 0xff, 0xd9, ...trailer,
  ]);
}

/** The same picture with no metadata at all. */
export function plainJpeg(): Uint8Array {
  const { jfif, tables, scan } = jpegParts();
  return Uint8Array.from([0xff, 0xd8, ...jfif, ...tables, ...scan, 0xff, 0xd9]);
}

function pngChunk(type: string, data: number[]): number[] {
  const body = Buffer.from([...ascii(type), ...data]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** A 1×1 PNG with eXIf (GPS), tEXt, iTXt (XMP), zTXt and tIME chunks, and bytes after IEND. */
export function pngWithMetadata(): Uint8Array {
  // biome-ignore format: one chunk a line
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...pngChunk('IHDR', [...u32(1), ...u32(1), 8, 2, 0, 0, 0]),
    ...pngChunk('eXIf', exifTiff()),
    ...pngChunk('tEXt', [...asciiz('Comment'), ...ascii(MARKERS.text)]),
    ...pngChunk('iTXt', [...asciiz('XML:com.adobe.xmp'), 0, 0, 0, 0, ...ascii(xmpPacket())]),
    ...pngChunk('zTXt', [...asciiz('Author'), 0, ...deflateSync(Buffer.from(MARKERS.comment))]),
    ...pngChunk('tIME', [...u16(2023), 2, 20, 12, 0, 0]),
    ...pngChunk('pHYs', [...u32(2835), ...u32(2835), 1]),
    ...pngChunk('IDAT', [...deflateSync(Buffer.from([0, 200, 30, 30]))]),
    ...pngChunk('IEND', []),
    ...ascii(MARKERS.trailer),
  ]);
}

/** A 1×1 lossless WebP in the extended format with EXIF (GPS) and XMP chunks, flagged in VP8X. */
export function webpWithMetadata(): Uint8Array {
  const vp8l = [...Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64')].slice(12);
  const chunk = (fourcc: string, data: number[]) => [
    ...ascii(fourcc),
    ...u32le(data.length),
    ...data,
    ...(data.length % 2 ? [0] : []),
  ];
  const body = [
    ...chunk('VP8X', [0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ...vp8l,
    ...chunk('EXIF', exifTiff()),
    ...chunk('XMP ', ascii(xmpPacket())),
  ];
  return Uint8Array.from([...ascii('RIFF'), ...u32le(body.length + 4), ...ascii('WEBP'), ...body]);
}

/** A 1×1 GIF with a comment, an XMP application extension and the looping extension. */
export function gifWithMetadata(): Uint8Array {
  const xmp = ascii(xmpPacket());
  const blocks: number[] = [];
  for (let i = 0; i < xmp.length; i += 255) {
    const part = xmp.slice(i, i + 255);
    blocks.push(part.length, ...part);
  }
  // biome-ignore format: one block a line
  return Uint8Array.from([
    ...ascii('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0, 255, 255, 255, 0, 0, 0,
    0x21, 0xfe, MARKERS.comment.length, ...ascii(MARKERS.comment), 0,
    0x21, 0xff, 11, ...ascii('XMP DataXMP'), ...blocks, 0,
    0x21, 0xff, 11, ...ascii('NETSCAPE2.0'), 3, 1, 0, 0, 0,
    0x21, 0xf9, 4, 1, 0, 0, 0, 0,
    0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0,
    0x3b,
    ...ascii(MARKERS.trailer),
  ]);
}

/** Whether `bytes` contain `text` (as Latin-1 bytes). */
export const contains = (bytes: Uint8Array, text: string): boolean =>
  Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
