import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { asDatabaseOwner } from '../../../test/helpers/audit.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrator.js';
import { recordAudit } from './audit.repo.js';

const MAIN = resolve(process.cwd(), 'dist/server/main.js');
const run = promisify(execFile);

async function verifyAudit(env: Record<string, string>) {
  try {
    const { stdout } = await run(process.execPath, [MAIN, 'verify-audit'], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

test('npm run cli -- verify-audit: 0 and a count when intact, 1 and the first broken link otherwise', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-audit-'));
  const env = { QORGAU_DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    const handle = await openDatabase({ dataDir });
    await migrateToLatest(handle.db);
    for (const name of ['First', 'Second']) {
      const entry = { entityType: 'person', entityId: name, before: null, after: { name } };
      await recordAudit(handle.db, { actor: 'system:test', action: 'person.created', ...entry });
    }
    await handle.close();
    const intact = await verifyAudit(env);
    assert.equal(intact.code, 0, intact.stdout);
    assert.match(intact.stdout, /Audit log: intact, 2 event\(s\) checked/);
    assert.match(intact.stdout, /Last hash: [0-9a-f]{64}/);

    const again = await openDatabase({ dataDir });
    const first = await again.db
      .selectFrom('audit_events')
      .select('id')
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow();
    await asDatabaseOwner(again.db, (trx) =>
      sql`UPDATE audit_events SET actor = 'someone-else' WHERE seq = 1`.execute(trx),
    );
    await again.close();
    const broken = await verifyAudit(env);
    assert.equal(broken.code, 1, broken.stdout);
    assert.match(broken.stdout, new RegExp(`BROKEN: event ${first.id} \\(#1\\) no longer matches its hash`));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
