import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import exifr from 'exifr';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import {
  download,
  recordIncident,
  release,
  sha256,
  upload,
  uploaded,
} from '../../../test/helpers/evidence.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import { contains, jpegWithMetadata, MARKERS, pngWithMetadata } from '../../../test/helpers/images.js';
import { storeEvidence } from './evidence.service.js';
import { stripJpeg } from './strip/jpeg.js';

const t = useTestApp();

const blobOnDisk = (sha: string) => readFileSync(join(t.filesDir, sha.slice(0, 2), sha));

describe('uploading evidence', () => {
  test('stores the bytes under their SHA-256, detects the type, and records who and when', async () => {
    const incident = await recordIncident(t);
    const photo = jpegWithMetadata();
    const res = await upload(t, incident.id, photo, { name: '../../etc/\u202egpj.exe', type: 'text/html' });
    assert.equal(res.status, 201, res.text);
    const file = res.body;
    assert.equal(file.sha256, sha256(photo));
    assert.equal(file.size, photo.length);
    assert.equal(file.mediaType, 'image/jpeg');
    assert.equal(file.claimedType, 'text/html');
    assert.equal(file.originalName, 'gpj.exe', 'no folders, no right-to-left override');
    assert.equal(file.uploadedBy, t.accounts.monitor);
    assert.equal(file.sourceId, null);
    assert.equal(file.hasPublicDerivative, true);
    assert.equal(file.public, false);
    assert.equal(res.headers.get('location'), `/api/v1/files/${file.id}`);
    assert.deepEqual(new Uint8Array(blobOnDisk(file.sha256)), photo);
    const history = await t.get(`/api/v1/incidents/${incident.id}/history`, 'viewer');
    const event = history.body.items.find((e: { entity: string }) => e.entity === 'evidence');
    assert.equal(event.action, 'evidence.attached');
    assert.equal(event.changes[0].after.id, file.id);
    assert.equal(event.changes[0].after.sha256, file.sha256);
  });

  test('the same bytes twice are two records and one stored file', async () => {
    const incident = await recordIncident(t);
    const png = pngWithMetadata();
    const a = await upload(t, incident.id, png, { name: 'a.png' });
    const b = await upload(t, incident.id, png, { name: 'b.png', as: 'editor' });
    assert.equal(a.body.sha256, b.body.sha256);
    assert.notEqual(a.body.id, b.body.id);
    const folder = readdirSync(join(t.filesDir, a.body.sha256.slice(0, 2)));
    assert.equal(folder.filter((name) => name === a.body.sha256).length, 1);
    const list = await t.get(`/api/v1/incidents/${incident.id}/files`, 'viewer');
    assert.deepEqual(
      list.body.items.map((f: { originalName: string }) => f.originalName),
      ['a.png', 'b.png'],
    );
  });

  test('plain text is recognised from its bytes and served as UTF-8', async () => {
    const incident = await recordIncident(t);
    const text = new TextEncoder().encode('Протокол допроса, 20.02.2023\nQorgau\n');
    const res = await upload(t, incident.id, text, { name: 'note', type: 'image/png' });
    assert.equal(res.body.mediaType, 'text/plain');
    assert.equal(res.body.hasPublicDerivative, false);
    const got = await download(t, `/api/v1/files/${res.body.id}`);
    assert.equal(got.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.match(got.headers.get('content-disposition') ?? '', /filename="note.txt"/);
  });

  test('the incident editor can store bytes it already holds through the service', async () => {
    const incident = await recordIncident(t);
    const admin = { kind: 'system', id: 'system:test' } as const;
    const store = { dir: t.filesDir, maxBytes: 1024 * 1024 };
    const pdf = new TextEncoder().encode('%PDF-1.7\n% statement of the prosecutor\n');
    const file = await storeEvidence(
      t.db,
      admin,
      incident.id,
      { content: pdf, name: 'reply.pdf', claimedType: 'application/pdf', sourceId: incident.sources[0]?.id },
      store,
    );
    assert.equal(file.mediaType, 'application/pdf');
    assert.equal(file.sourceId, incident.sources[0]?.id);
    // Not public until an editor releases it, even on a public source of a public incident.
    assert.deepEqual([file.markedPublic, file.public], [false, false]);
  });
});

describe('reading the original', () => {
  test('internal readers get the exact bytes as an attachment that is never cached or run', async () => {
    const incident = await recordIncident(t, { visibility: 'restricted' });
    const photo = jpegWithMetadata();
    const file = await uploaded(t, incident.id, photo, { name: 'Снимок 1.jpg' });
    const got = await download(t, `/api/v1/files/${file.id}`, 'viewer');
    assert.equal(got.status, 200);
    assert.deepEqual(got.bytes, photo);
    assert.equal(sha256(got.bytes), file.sha256);
    const h = got.headers;
    assert.equal(h.get('content-type'), 'image/jpeg');
    assert.match(
      h.get('content-disposition') ?? '',
      /^attachment; filename="_+ 1.jpg"; filename\*=UTF-8''%D0%A1/,
    );
    assert.equal(h.get('x-content-type-options'), 'nosniff');
    assert.equal(h.get('cache-control'), 'private, no-store');
    assert.match(h.get('content-security-policy') ?? '', /^sandbox/);
    assert.equal(h.get('etag'), `"${file.sha256}"`);
    assert.equal(h.get('repr-digest'), `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
  });

  test('without a token: 401; an unknown or malformed id: 404', async () => {
    const incident = await recordIncident(t);
    const file = await uploaded(t, incident.id, pngWithMetadata());
    assert.equal((await download(t, `/api/v1/files/${file.id}`, 'public')).status, 401);
    assert.equal(
      (await t.get('/api/v1/files/00000000-0000-4000-8000-000000000000')).body.error.code,
      'file_not_found',
    );
    assert.equal((await t.get('/api/v1/files/nope')).status, 404);
  });
});

describe('what the public gets', () => {
  test('a public source of a public incident: the image without GPS or any metadata; the original untouched', async () => {
    const incident = await recordIncident(t);
    const photo = jpegWithMetadata();
    const file = await uploaded(t, incident.id, photo, { sourceId: incident.sources[0]?.id });
    assert.deepEqual([file.markedPublic, file.public], [false, false]);
    assert.equal((await download(t, `/api/v1/files/${file.id}/public`, 'public')).status, 404);
    assert.equal((await release(t, file.id)).public, true);
    const got = await download(t, `/api/v1/files/${file.id}/public`, 'public');
    assert.equal(got.status, 200);
    assert.deepEqual(got.bytes, stripJpeg(photo));
    for (const marker of Object.values(MARKERS)) assert.ok(!contains(got.bytes, marker), marker);
    assert.equal(await exifr.gps(Buffer.from(got.bytes)), undefined);
    assert.ok((await exifr.gps(blobOnDisk(file.sha256))).latitude > 43, 'the original keeps its GPS');
    assert.equal(sha256(blobOnDisk(file.sha256)), file.sha256);
    assert.equal(got.headers.get('etag'), `"${file.publicSha256}"`);
    assert.equal(got.headers.get('cache-control'), 'public, no-cache');
    assert.match(
      got.headers.get('content-disposition') ?? '',
      /^inline; filename="evidence-[0-9a-f]{8}.jpg"/,
    );
    const again = await download(t, `/api/v1/files/${file.id}/public`, 'public', {
      'if-none-match': `"${file.publicSha256}"`,
    });
    assert.equal(again.status, 304);
    const list = await t.get(`/api/v1/incidents/${incident.id}/files`, 'public');
    assert.deepEqual(list.body.items, [
      {
        id: file.id,
        sourceId: incident.sources[0]?.id,
        mediaType: 'image/jpeg',
        size: got.bytes.length,
        sha256: file.publicSha256,
        url: `/api/v1/files/${file.id}/public`,
      },
    ]);
  });

  test('files without a source, on a non-public source, or of a non-public incident are not there', async () => {
    const open = await recordIncident(t, {
      sources: [
        { type: 'media_report', url: 'https://example.org/a', public: true },
        { type: 'testimony', public: false },
      ],
    });
    const [, hidden] = open.sources;
    const loose = await uploaded(t, open.id, pngWithMetadata());
    const testimony = await uploaded(t, open.id, pngWithMetadata(), { sourceId: hidden?.id });
    const restricted = await recordIncident(t, { visibility: 'restricted' });
    const unpublished = await uploaded(t, restricted.id, pngWithMetadata(), {
      sourceId: restricted.sources[0]?.id,
    });
    for (const file of [loose, testimony, unpublished]) {
      // Released by an editor, and still not public: the rest of the rule holds.
      const released = await release(t, file.id);
      assert.deepEqual([released.markedPublic, released.public], [true, false]);
      const got = await download(t, `/api/v1/files/${file.id}/public`, 'public');
      assert.equal(got.status, 404);
      assert.equal(JSON.parse(new TextDecoder().decode(got.bytes)).error.code, 'file_not_found');
    }
    assert.deepEqual((await t.get(`/api/v1/incidents/${open.id}/files`, 'public')).body.items, []);
    assert.equal((await t.get(`/api/v1/incidents/${restricted.id}/files`, 'public')).status, 404);
  });

  test('a file stops being public when its source is removed from the incident', async () => {
    const incident = await recordIncident(t);
    const file = await uploaded(t, incident.id, pngWithMetadata(), {
      sourceId: incident.sources[0]?.id,
    });
    await release(t, file.id);
    assert.equal((await download(t, `/api/v1/files/${file.id}/public`, 'public')).status, 200);
    const put = await t.put(`/api/v1/incidents/${incident.id}`, {
      ...buildIncident(),
      victims: [{ key: 'v', personId: incident.victims[0]?.personId }],
      violations: [{ id: incident.violations[0]?.id, typeCode: 'assault', victim: 'v' }],
      sources: [],
      version: incident.version,
    });
    assert.equal(put.status, 200, put.text);
    assert.equal((await download(t, `/api/v1/files/${file.id}/public`, 'public')).status, 404);
    const [kept] = (await t.get(`/api/v1/incidents/${incident.id}/files`)).body.items;
    assert.equal(kept.sourceId, null);
  });
});

test('nothing about a file is written when the upload is refused', async () => {
  const before = await countRows(t.db, 'evidence_files');
  const incident = await recordIncident(t);
  assert.equal((await upload(t, incident.id, pngWithMetadata(), { as: 'viewer' })).status, 403);
  assert.equal((await upload(t, incident.id, pngWithMetadata(), { as: 'public' })).status, 401);
  assert.equal(await countRows(t.db, 'evidence_files'), before);
});
