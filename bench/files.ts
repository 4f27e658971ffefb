import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { loadReferenceData } from '../server/db/reference-data.js';
import { accountWithToken } from '../server/modules/accounts/bootstrap.js';
import { stripJpeg } from '../server/modules/evidence/strip/jpeg.js';
import { buildIncident } from '../test/helpers/factories.js';
import { exifTiff, plainJpeg } from '../test/helpers/images.js';
import { rng } from './generate.js';

/*
 * npm run bench:files — evidence uploads through the HTTP app (app.request, no network) into
 * PGlite and a files directory on disk: a 5 MB JPEG with an Exif GPS block, 20 times with one
 * byte changed each time so every upload is new bytes; then reading them back (hashed again
 * before sending), and the time to make the public copy of the same image.
 */

const UPLOADS = 20;
const SIZE = 5 * 1000 * 1000;

/** A JPEG of about `size` bytes: Exif with GPS, the tables of a real image, and a long scan of noise. */
function bigJpeg(size: number): Uint8Array {
  const random = rng(42);
  const scan = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    // 0xFF inside a scan is always followed by a stuffed 0x00, as in a real file.
    scan[i] = i > 0 && scan[i - 1] === 0xff ? 0 : Math.floor(random() * 256);
  }
  if (scan[size - 1] === 0xff) scan[size - 1] = 0;
  const exif = [...Buffer.from('Exif\0\0', 'latin1'), ...exifTiff()];
  const app1 = [0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff, ...exif];
  const head = plainJpeg();
  return Buffer.concat([
    Uint8Array.from([0xff, 0xd8, ...app1]),
    head.subarray(2, head.length - 3),
    scan,
    Uint8Array.from([0xff, 0xd9]),
  ]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-bench-files-'));
  const handle = await openDatabase({ dataDir });
  try {
    await migrateToLatest(handle.db);
    await loadReferenceData(handle.db);
    const app = buildApp({ db: handle.db, files: { dir: join(dataDir, 'files') } });
    const { token } = await accountWithToken(handle.db, 'bench-files', 'monitor');
    const headers = { authorization: `Bearer ${token}` };
    const created = await app.request('/api/v1/incidents', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(buildIncident({ verification: 'reported', visibility: 'restricted' })),
    });
    const incident = (await created.json()) as { id: string };
    const photo = bigJpeg(SIZE);
    const mb = photo.length / 1e6;

    const uploadMs: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < UPLOADS; i++) {
      const bytes = photo.slice();
      bytes[photo.length - 1000] = i;
      const form = new FormData();
      form.append('file', new Blob([bytes]), `photo-${i}.jpg`);
      const start = performance.now();
      const res = await app.request(`/api/v1/incidents/${incident.id}/files`, {
        method: 'POST',
        headers,
        body: form,
      });
      if (res.status !== 201) throw new Error(`upload ${i}: ${res.status} ${await res.text()}`);
      ids.push(((await res.json()) as { id: string }).id);
      uploadMs.push(performance.now() - start);
    }
    const downloadMs: number[] = [];
    for (const id of ids) {
      const start = performance.now();
      const res = await app.request(`/api/v1/files/${id}`, { headers });
      await res.arrayBuffer();
      downloadMs.push(performance.now() - start);
    }
    const stripMs: number[] = [];
    for (let i = 0; i < UPLOADS; i++) {
      const start = performance.now();
      stripJpeg(photo);
      stripMs.push(performance.now() - start);
    }
    const total = (ms: number[]) => ms.reduce((a, b) => a + b, 0) / 1000;
    const result = {
      file: `${round(mb, 2)} MB JPEG with Exif GPS`,
      uploads: UPLOADS,
      uploadMBps: round((UPLOADS * mb) / total(uploadMs)),
      uploadMsMedian: round(median(uploadMs)),
      downloadMBps: round((UPLOADS * mb) / total(downloadMs)),
      downloadMsMedian: round(median(downloadMs)),
      publicCopyMsMedian: round(median(stripMs), 2),
      publicCopyMBps: round(mb / (median(stripMs) / 1000)),
      at: new Date().toISOString(),
    };
    console.log(`## Evidence files (PGlite on disk, ${result.file}, ${UPLOADS} uploads)\n`);
    console.log('| measure | value |\n|---|---|');
    console.log(
      `| upload through the API | ${result.uploadMBps} MB/s (median ${result.uploadMsMedian} ms per file) |`,
    );
    console.log(
      `| download of the original, hashed before sending | ${result.downloadMBps} MB/s (median ${result.downloadMsMedian} ms) |`,
    );
    console.log(
      `| public copy (Exif and GPS removed) | ${result.publicCopyMsMedian} ms per file (${result.publicCopyMBps} MB/s) |`,
    );
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/files.json', JSON.stringify(result, null, 2));
  } finally {
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
