import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  gifWithMetadata,
  jpegWithMetadata,
  pngWithMetadata,
  webpWithMetadata,
} from '../../../test/helpers/images.js';
import { contentDisposition, downloadName, sanitizeClaimedType, sanitizeFileName } from './file-name.js';
import { describeRefused, isPlainText, sniffMediaType } from './media-type.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const ftyp = (brand: string) => bytes([0, 0, 0, 24], 'ftyp', brand, [0, 0, 0, 0]);

test('types are told from the leading bytes', () => {
  const cases: [Uint8Array, string | null][] = [
    [jpegWithMetadata(), 'image/jpeg'],
    [pngWithMetadata(), 'image/png'],
    [webpWithMetadata(), 'image/webp'],
    [gifWithMetadata(), 'image/gif'],
    [bytes('%PDF-1.4\n'), 'application/pdf'],
    [bytes('ID3', [4, 0, 0]), 'audio/mpeg'],
    [bytes([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg'],
    [bytes([0xff, 0xf1, 0x50, 0x80]), null], // AAC in ADTS: layer bits 00, not MP3
    [ftyp('isom'), 'video/mp4'],
    [ftyp('M4A '), 'audio/mp4'],
    [ftyp('qt  '), 'video/quicktime'],
    [ftyp('3gp5'), 'video/3gpp'],
    [ftyp('heic'), null],
    [ftyp('avif'), null],
    [bytes('OggS', Array(24).fill(0), [1], 'vorbis'), 'audio/ogg'],
    [bytes('OggS', Array(24).fill(0), [0x80], 'theora'), 'video/ogg'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'video/webm'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'), null],
    [bytes('RIFF', [0, 0, 0, 0], 'WAVE'), 'audio/wav'],
    [bytes('RIFF', [0, 0, 0, 0], 'AVI '), null],
    [bytes('PK', [3, 4]), null],
    [bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
  ];
  for (const [head, expected] of cases)
    assert.equal(sniffMediaType(head), expected, Buffer.from(head).toString('latin1'));
});

test('plain text: UTF-8 without control characters', () => {
  assert.ok(isPlainText(Buffer.from('\ufeffСөз бостандығы\r\n\tline 2\f')));
  assert.ok(!isPlainText(Uint8Array.from([0x66, 0x00, 0x6f])));
  assert.ok(!isPlainText(Uint8Array.from([0xc3, 0x28])), 'invalid UTF-8');
  assert.ok(!isPlainText(Buffer.from('\u001b[31mred')), 'terminal escapes');
});

test('refused kinds are named when they can be', () => {
  assert.equal(describeRefused(ftyp('heic')), 'HEIC image');
  assert.equal(describeRefused(bytes('PK', [3, 4])), 'ZIP archive or office document');
  assert.equal(describeRefused(bytes('MZ', [0x90, 0])), 'program');
  assert.equal(describeRefused(bytes('nothing known')), 'unknown');
});

test('upload names lose folders, control and direction characters; downloads get a matching extension', () => {
  assert.equal(sanitizeFileName('C:\\Users\\aigerim\\Desktop\\фото 1.jpg'), 'фото 1.jpg');
  assert.equal(sanitizeFileName('../../etc/passwd'), 'passwd');
  assert.equal(sanitizeFileName('invoice\u202egpj.exe'), 'invoicegpj.exe');
  assert.equal(sanitizeFileName('a<b>:"c|d?.txt'), 'a_b___c_d_.txt');
  assert.equal(sanitizeFileName('...hidden'), 'hidden');
  assert.equal(sanitizeFileName(''), 'file');
  assert.equal(sanitizeFileName(null), 'file');
  const long = sanitizeFileName(`${'я'.repeat(300)}.jpeg`);
  assert.equal([...long].length, 255);
  assert.ok(long.endsWith('.jpeg'));
  assert.equal(downloadName('scan.PDF', 'application/pdf'), 'scan.PDF');
  assert.equal(downloadName('evil.html', 'text/plain'), 'evil.html.txt');
  assert.equal(
    contentDisposition('attachment', 'Шаг "1".pdf'),
    `attachment; filename="___ _1_.pdf"; filename*=UTF-8''%D0%A8%D0%B0%D0%B3%20%221%22.pdf`,
  );
});

test('a claimed type is kept only if it looks like one', () => {
  assert.equal(sanitizeClaimedType('Image/JPEG; charset=binary'), 'image/jpeg');
  assert.equal(sanitizeClaimedType('<script>'), null);
  assert.equal(sanitizeClaimedType(undefined), null);
});
