import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrator.js';
import { loadReferenceData } from '../../server/db/reference-data.js';

/** Which engine this run of the suite uses: the same tests run once per engine. */
export const ENGINE: 'pglite' | 'postgres' =
  process.env.QORGAU_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, empty database for one test file: in-memory PGlite, or a new database created on the
 * PostgreSQL server at TEST_DATABASE_URL and dropped again by `close`.
 */
export async function freshDatabase(options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (ENGINE === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('QORGAU_TEST_ENGINE=postgres needs TEST_DATABASE_URL');
    const name = `qorgau_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const inner = await openDatabase({ url: url.toString(), poolSize: 4 });
    handle = {
      ...inner,
      close: async () => {
        await inner.close();
        const dropper = new pg.Client({ connectionString: adminUrl });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  } else {
    handle = await openDatabase({ dataDir: null });
  }
  if (options.migrate !== false) {
    await migrateToLatest(handle.db);
    await loadReferenceData(handle.db);
  }
  return handle;
}
