import assert from 'node:assert/strict';
import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import { download, recordIncident, upload, uploaded } from '../../../test/helpers/evidence.js';
import { jpegWithMetadata, pngWithMetadata } from '../../../test/helpers/images.js';
import { buildApp } from '../../app.js';
import { pruneEvidenceStore } from './evidence.prune.js';

const t = useTestApp();

const blobPath = (sha: string) => join(t.filesDir, sha.slice(0, 2), sha);
const tempFiles = () => (existsSync(join(t.filesDir, 'tmp')) ? readdirSync(join(t.filesDir, 'tmp')) : []);

/** Expects a refusal with this status and code, and that nothing was recorded or left on disk. */
async function refused(
  res: Promise<{ status: number; body: any; text: string }>,
  status: number,
  code: string,
) {
  const rows = await countRows(t.db, 'evidence_files');
  const audit = await countRows(t.db, 'audit_events');
  const answer = await res;
  assert.equal(answer.status, status, answer.text);
  assert.equal(answer.body.error.code, code);
  assert.equal(await countRows(t.db, 'evidence_files'), rows);
  assert.equal(await countRows(t.db, 'audit_events'), audit);
  assert.deepEqual(tempFiles(), []);
  return answer.body.error;
}

describe('refused uploads change nothing', () => {
  test('a file over the limit: 413 file_too_large, counted as it arrives', async () => {
    const incident = await recordIncident(t);
    const small = buildApp({ db: t.db, files: { dir: t.filesDir, maxBytes: 4096 } });
    const pdf = new Uint8Array(4097).fill(0x20);
    pdf.set(new TextEncoder().encode('%PDF-1.7'));
    const form = new FormData();
    form.append('file', new Blob([pdf]), 'big.pdf');
    const send = async () => {
      const res = await small.request(`/api/v1/incidents/${incident.id}/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.tokens.monitor}` },
        body: form,
      });
      return { status: res.status, text: '', body: await res.json() };
    };
    const error = await refused(send(), 413, 'file_too_large');
    assert.deepEqual(error.details[0], { path: 'file', code: 'too_large', message: 'at most 4096 bytes' });
    // One byte under is fine.
    const ok = new FormData();
    ok.append('file', new Blob([pdf.subarray(0, 4096)]), 'fits.pdf');
    const res = await small.request(`/api/v1/incidents/${incident.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.tokens.monitor}` },
      body: ok,
    });
    assert.equal(res.status, 201);
  });

  test('a declared length over the limit is refused before the body is read', async () => {
    const incident = await recordIncident(t);
    const res = await t.request('POST', `/api/v1/incidents/${incident.id}/files`, {
      as: 'monitor',
      body: 'x',
      headers: {
        'content-type': 'multipart/form-data; boundary=b',
        'content-length': String(200 * 1024 * 1024),
      },
    });
    assert.equal(res.status, 413);
    assert.equal(res.body.error.code, 'file_too_large');
  });

  test('uploads may be larger than the JSON limit of 1 MiB', async () => {
    const incident = await recordIncident(t);
    const pdf = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    pdf.set(new TextEncoder().encode('%PDF-1.7'));
    const file = await uploaded(t, incident.id, pdf, { name: 'scan.pdf' });
    assert.equal(file.size, pdf.length);
  });

  test('a kind of file that is not accepted: 415 unsupported_file_type, named when known', async () => {
    const incident = await recordIncident(t);
    const heic = Uint8Array.from([
      0,
      0,
      0,
      24,
      ...Buffer.from('ftypheic'),
      0,
      0,
      0,
      0,
      ...Buffer.from('mif1heic'),
    ]);
    const error = await refused(
      upload(t, incident.id, heic, { name: 'IMG_0001.HEIC', type: 'image/heic' }),
      415,
      'unsupported_file_type',
    );
    assert.match(error.message, /HEIC image/);
    const elf = Uint8Array.from([0x7f, ...Buffer.from('ELF'), 2, 1, 1, 0, 0, 0, 0, 0]);
    await refused(
      upload(t, incident.id, elf, { name: 'photo.jpg', type: 'image/jpeg' }),
      415,
      'unsupported_file_type',
    );
    const binary = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256);
    await refused(upload(t, incident.id, binary), 415, 'unsupported_file_type');
  });

  test('malformed forms: not multipart, no file, unknown or late fields, an empty file', async () => {
    const incident = await recordIncident(t);
    const path = `/api/v1/incidents/${incident.id}/files`;
    await refused(
      t.request('POST', path, { as: 'monitor', json: { file: 'x' } }),
      415,
      'unsupported_media_type',
    );
    const noFile = new FormData();
    noFile.append('sourceId', incident.sources[0]?.id ?? '');
    await refused(t.request('POST', path, { as: 'monitor', form: noFile }), 422, 'validation_failed');
    const unknown = new FormData();
    unknown.append('caption', 'hello');
    unknown.append('file', new Blob([pngWithMetadata() as Uint8Array<ArrayBuffer>]), 'a.png');
    await refused(t.request('POST', path, { as: 'monitor', form: unknown }), 422, 'validation_failed');
    const late = new FormData();
    late.append('file', new Blob([pngWithMetadata() as Uint8Array<ArrayBuffer>]), 'a.png');
    late.append('sourceId', incident.sources[0]?.id ?? '');
    const error = await refused(
      t.request('POST', path, { as: 'monitor', form: late }),
      422,
      'validation_failed',
    );
    assert.equal(error.details[0].code, 'after_file');
    await refused(upload(t, incident.id, new Uint8Array(0)), 422, 'validation_failed');
    const broken = t.request('POST', path, {
      as: 'monitor',
      body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nunfinished',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    await refused(broken, 400, 'invalid_upload');
  });

  test('a source of another incident: 422 unknown_code; an incident you may not see: 404', async () => {
    const incident = await recordIncident(t);
    const other = await recordIncident(t);
    const error = await refused(
      upload(t, incident.id, pngWithMetadata(), { sourceId: other.sources[0]?.id }),
      422,
      'unknown_code',
    );
    assert.deepEqual(error.details, [{ path: 'sourceId', code: 'unknown_id' }]);
    await refused(upload(t, incident.id, pngWithMetadata(), { sourceId: 'not-an-id' }), 422, 'unknown_code');
    const form = new FormData();
    form.append('sourceId', '');
    form.append('file', new Blob([pngWithMetadata() as Uint8Array<ArrayBuffer>]), 'a.png');
    const none = await t.request('POST', `/api/v1/incidents/${incident.id}/files`, { as: 'monitor', form });
    assert.equal(none.status, 201, 'an empty field means no source');
    assert.equal(none.body.sourceId, null);
    await refused(
      upload(t, '00000000-0000-4000-8000-000000000000', pngWithMetadata()),
      404,
      'incident_not_found',
    );
  });
});

describe('confidential incidents', () => {
  test('a monitor who was not granted one cannot upload to it, list, read or delete its files', async () => {
    const secret = await recordIncident(t, { visibility: 'confidential', verification: 'reported' });
    const file = await uploaded(t, secret.id, jpegWithMetadata(), { as: 'admin' });
    await refused(upload(t, secret.id, pngWithMetadata(), { as: 'monitor' }), 404, 'incident_not_found');
    assert.equal((await t.get(`/api/v1/incidents/${secret.id}/files`, 'monitor')).status, 404);
    assert.equal((await download(t, `/api/v1/files/${file.id}`, 'monitor')).status, 404);
    assert.equal((await t.delete(`/api/v1/files/${file.id}`, 'monitor')).status, 404);
    assert.equal((await download(t, `/api/v1/files/${file.id}`, 'editor')).status, 200);
    await t.post(`/api/v1/incidents/${secret.id}/grants`, { role: 'monitor' });
    assert.equal((await download(t, `/api/v1/files/${file.id}`, 'monitor')).status, 200);
  });
});

describe('deleting', () => {
  test('removes the record (audited); the bytes stay while another record names them', async () => {
    const incident = await recordIncident(t);
    // Bytes no other test of this file uploads.
    const photo = jpegWithMetadata({ orientation: 3 });
    const a = await uploaded(t, incident.id, photo);
    const b = await uploaded(t, incident.id, photo);
    assert.equal((await t.delete(`/api/v1/files/${a.id}`, 'viewer')).status, 403);
    assert.equal((await t.delete(`/api/v1/files/${a.id}`, 'monitor')).status, 204);
    assert.equal((await t.get(`/api/v1/files/${a.id}`, 'viewer')).status, 404);
    assert.ok(existsSync(blobPath(a.sha256)));
    assert.ok(existsSync(blobPath(a.publicSha256)));
    assert.equal((await t.delete(`/api/v1/files/${b.id}`, 'monitor')).status, 204);
    assert.ok(!existsSync(blobPath(a.sha256)), 'the original is gone with its last record');
    assert.ok(!existsSync(blobPath(a.publicSha256)), 'and so is its public copy');
    const history = await t.get(`/api/v1/incidents/${incident.id}/history`);
    const deletes = history.body.items.filter(
      (e: { entity: string; action: string }) => e.entity === 'evidence' && e.action === 'evidence.removed',
    );
    assert.deepEqual(
      deletes.map((e: { changes: { before: { id: string } }[] }) => e.changes[0]?.before.id),
      [a.id, b.id],
    );
    assert.equal((await t.delete(`/api/v1/files/${b.id}`, 'monitor')).body.error.code, 'file_not_found');
  });
});

test('a stored file changed on disk is never served', async () => {
  const incident = await recordIncident(t);
  const file = await uploaded(t, incident.id, pngWithMetadata());
  chmodSync(blobPath(file.sha256), 0o640);
  writeFileSync(blobPath(file.sha256), 'tampered');
  const got = await download(t, `/api/v1/files/${file.id}`);
  assert.equal(got.status, 500);
  assert.equal(JSON.parse(new TextDecoder().decode(got.bytes)).error.code, 'file_damaged');
  // Uploading the same bytes again puts the true copy back.
  await uploaded(t, incident.id, pngWithMetadata());
  assert.equal((await download(t, `/api/v1/files/${file.id}`)).status, 200);
});

test('deleting an incident leaves its bytes until prune-files removes what no record names', async () => {
  const gone = await recordIncident(t);
  const kept = await recordIncident(t);
  const shared = jpegWithMetadata({ orientation: 8 });
  const own = await uploaded(t, gone.id, pngWithMetadata().slice(0, -3)); // different bytes
  const both = await uploaded(t, gone.id, shared);
  await uploaded(t, kept.id, shared);
  assert.equal((await t.delete(`/api/v1/incidents/${gone.id}?version=${gone.version}`)).status, 204);
  assert.ok(existsSync(blobPath(own.sha256)), 'the records went with the incident; the bytes not yet');
  const store = { dir: t.filesDir, maxBytes: 1024 };
  const { removed } = await pruneEvidenceStore(t.db, store);
  assert.ok(removed >= 1);
  assert.ok(!existsSync(blobPath(own.sha256)));
  assert.ok(existsSync(blobPath(both.sha256)), 'still named by the other incident’s file');
  assert.ok(existsSync(blobPath(both.publicSha256)));
});
