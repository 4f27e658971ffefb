import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { openDatabase } from '../../db/database.js';

const MAIN = resolve(process.cwd(), 'dist/server/main.js');
const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-verify-counts-'));
const env = { ...process.env, QORGAU_DATA_DIR: dataDir, DATABASE_URL: '' };

/** Runs `verify-counts` and answers its exit code and output. */
async function verifyCounts(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, [MAIN, 'verify-counts'], { env });
    return { code: 0, out: stdout };
  } catch (err) {
    const failed = err as { code: number; stdout: string };
    return { code: failed.code, out: failed.stdout };
  }
}

describe('npm run cli -- verify-counts', () => {
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('exit code 0 on a clean database, 1 with the tampered cell named', async () => {
    const clean = await verifyCounts();
    assert.equal(clean.code, 0, clean.out);
    assert.match(clean.out, /every cell equals a recount/);
    const handle = await openDatabase({ dataDir });
    await handle.db
      .insertInto('statistic_cells')
      .values({
        month: '2024-05-01',
        country: 'KZ',
        region_code: 'KZ-ALA',
        dimension: 'all',
        key: '',
        is_public: true,
        incidents: 4,
      })
      .execute();
    await handle.close();
    const tampered = await verifyCounts();
    assert.equal(tampered.code, 1, tampered.out);
    assert.match(tampered.out, /statistic_cells month=2024-05-01 .*region_code=KZ-ALA .*kept 4, recounted 0/);
    assert.match(tampered.out, /1 cells differ/);
  });
});
