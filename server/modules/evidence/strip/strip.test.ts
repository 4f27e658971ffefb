import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import exifr from 'exifr';
import {
  contains,
  GPS,
  gifWithMetadata,
  jpegWithMetadata,
  MARKERS,
  plainJpeg,
  pngWithMetadata,
  webpWithMetadata,
} from '../../../../test/helpers/images.js';
import { latin1, u32le } from './bytes.js';
import { stripGif } from './gif.js';
import { MalformedImage, publicDerivative } from './index.js';
import { exifOrientation, stripJpeg } from './jpeg.js';
import { stripPng } from './png.js';
import { stripWebp } from './webp.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ALL_MARKERS = Object.values(MARKERS);

function assertNoMarkers(bytes: Uint8Array) {
  for (const marker of ALL_MARKERS) assert.ok(!contains(bytes, marker), `${marker} is gone`);
  assert.ok(!contains(bytes, 'GPSLatitude'), 'no XMP GPS');
}

describe('JPEG', () => {
  test('the original carries a GPS position that an Exif reader finds', async () => {
    const gps = await exifr.gps(Buffer.from(jpegWithMetadata()));
    assert.ok(Math.abs(gps.latitude - GPS.latitude) < 1e-6, `latitude ${gps.latitude}`);
    assert.ok(Math.abs(gps.longitude - GPS.longitude) < 1e-6);
  });

  test('the public copy has no Exif, GPS, XMP, IPTC, comment or trailer; the original is untouched', async () => {
    const original = jpegWithMetadata();
    const before = sha(original);
    const copy = stripJpeg(original);
    assert.equal(sha(original), before);
    assertNoMarkers(copy);
    assert.equal(await exifr.gps(Buffer.from(copy)), undefined);
    const parsed = await exifr.parse(Buffer.from(copy), { tiff: true, xmp: true, iptc: true, gps: true });
    assert.deepEqual(Object.keys(parsed ?? {}), ['Orientation']);
  });

  test('keeps JFIF, the ICC profile, tables and scan byte for byte, and the orientation alone', () => {
    const copy = stripJpeg(jpegWithMetadata({ orientation: 6 }));
    assert.ok(contains(copy, 'JFIF\0'));
    assert.ok(contains(copy, 'ICC_PROFILE\0'));
    const plain = plainJpeg();
    // The picture itself (tables and scan) is the tail of the plain image, unchanged.
    const picture = Buffer.from(plain.subarray(20));
    assert.ok(Buffer.from(copy).includes(picture));
    const app1 = Buffer.from(copy).indexOf(Buffer.from([0xff, 0xe1]));
    assert.equal(exifOrientation(copy.subarray(app1 + 4)), 6);
    assert.deepEqual(Array.from(copy.subarray(-2)), [0xff, 0xd9]);
  });

  test('an image without metadata comes out the same; an upright one gets no Exif at all', () => {
    assert.deepEqual(stripJpeg(plainJpeg()), plainJpeg());
    assert.ok(!contains(stripJpeg(jpegWithMetadata({ orientation: 1 })), 'Exif'));
  });

  test('stuffed bytes and restart markers in the scan are copied, not taken for segments', () => {
    const plain = plainJpeg();
    const scanAt = plain.length - 3;
    const tricky = [0x12, 0xff, 0x00, 0xff, 0xd0, 0x34];
    const image = Uint8Array.from([...plain.subarray(0, scanAt), ...tricky, 0xff, 0xd9]);
    assert.deepEqual(stripJpeg(image), image);
  });

  test('a damaged file is refused as malformed', () => {
    const image = jpegWithMetadata();
    assert.throws(() => stripJpeg(image.subarray(0, 40)), MalformedImage);
    assert.throws(() => stripJpeg(Uint8Array.from([0xff, 0xd8, 0x00, 0x00])), MalformedImage);
  });
});

describe('PNG', () => {
  test('drops eXIf, tEXt, iTXt, zTXt, tIME and the trailer, keeps IHDR, pHYs, IDAT, IEND', async () => {
    const original = pngWithMetadata();
    assert.ok(contains(original, MARKERS.gps));
    const before = sha(original);
    const copy = stripPng(original);
    assert.equal(sha(original), before);
    assertNoMarkers(copy);
    for (const chunk of ['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']) assert.ok(!contains(copy, chunk), chunk);
    for (const chunk of ['IHDR', 'pHYs', 'IDAT', 'IEND']) assert.ok(contains(copy, chunk), chunk);
    assert.equal(await exifr.gps(Buffer.from(copy)).catch(() => undefined), undefined);
  });

  test('a chunk running past the end is malformed', () => {
    const image = pngWithMetadata();
    assert.throws(() => stripPng(image.subarray(0, 60)), MalformedImage);
  });
});

describe('WebP', () => {
  test('drops EXIF and XMP chunks, clears their VP8X flags and rewrites the RIFF size', () => {
    const original = webpWithMetadata();
    assert.ok(contains(original, MARKERS.gps));
    assert.equal((original[20] as number) & 0x0c, 0x0c);
    const copy = stripWebp(original);
    assertNoMarkers(copy);
    assert.ok(!contains(copy, 'EXIF') && !contains(copy, 'XMP '));
    assert.equal(latin1(copy, 12, 16), 'VP8X');
    assert.equal((copy[20] as number) & 0x0c, 0);
    assert.equal(u32le(copy, 4), copy.length - 8);
    assert.ok(contains(copy, 'VP8L'));
  });

  test('a RIFF size larger than the file is malformed', () => {
    const image = webpWithMetadata().slice();
    image[4] = 0xff;
    assert.throws(() => stripWebp(image), MalformedImage);
  });
});

describe('GIF', () => {
  test('drops the comment and the XMP extension, keeps the loop, the control block and the image', () => {
    const original = gifWithMetadata();
    const copy = stripGif(original);
    assertNoMarkers(copy);
    const loop = [0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0'), 3, 1, 0, 0, 0];
    const control = [0x21, 0xf9, 4, 1, 0, 0, 0, 0];
    const image = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0];
    assert.deepEqual(Array.from(copy), [...original.subarray(0, 19), ...loop, ...control, ...image, 0x3b]);
  });
});

test('publicDerivative: images get a copy, a damaged image null, other types undefined', () => {
  assert.ok(publicDerivative('image/png', pngWithMetadata()) instanceof Uint8Array);
  assert.equal(publicDerivative('image/jpeg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])), null);
  assert.equal(publicDerivative('application/pdf', Buffer.from('%PDF-1.7')), undefined);
});
