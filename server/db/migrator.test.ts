import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { freshDatabase } from '../../test/helpers/database.js';
import type { DatabaseHandle } from './database.js';
import { MIGRATIONS, migrateToLatest } from './migrator.js';

let handle: DatabaseHandle;
before(async () => {
  handle = await freshDatabase({ migrate: false });
});
after(() => handle.close());

async function tables(db: Kysely<unknown>): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(
    db,
  );
  return result.rows.map((r) => r.table_name);
}

test('a failing migration leaves the database exactly as it was', async () => {
  const broken = {
    ...MIGRATIONS,
    '9999_broken': {
      async up(db: Kysely<unknown>) {
        await sql`CREATE TABLE half_done (id integer)`.execute(db);
        await sql`SELECT no_such_function()`.execute(db);
      },
    },
  };
  await assert.rejects(migrateToLatest(handle.db, broken), /9999_broken failed and nothing was changed/);
  const after = await tables(handle.db as Kysely<unknown>);
  // Not even the good migrations of the same run were kept: the run is one transaction.
  assert.ok(!after.includes('half_done'));
  assert.ok(!after.includes('incidents'));
});

test('migrations apply, and applying again changes nothing', async () => {
  const first = await migrateToLatest(handle.db);
  assert.deepEqual(
    first.results?.map((r) => r.status),
    Object.keys(MIGRATIONS).map(() => 'Success'),
  );
  assert.ok((await tables(handle.db as Kysely<unknown>)).includes('incidents'));
  const second = await migrateToLatest(handle.db);
  assert.deepEqual(second.results, []);
});

test('a migration that arrives after a later-named one has run is still applied', async () => {
  // The newest migration arrives late (later ones may build on earlier ones, never the reverse).
  const newest = Object.keys(MIGRATIONS).sort().at(-1) as string;
  const { [newest]: _later, ...earlier } = MIGRATIONS;
  const db = await freshDatabase({ migrate: false });
  try {
    const later = {
      async up(k: Kysely<unknown>) {
        await sql`CREATE TABLE later_one (id integer)`.execute(k);
      },
    };
    await migrateToLatest(db.db, { ...earlier, '0099_later': later });
    const result = await migrateToLatest(db.db, { ...MIGRATIONS, '0099_later': later });
    assert.deepEqual(
      result.results?.map((r) => [r.migrationName, r.status]),
      [[newest, 'Success']],
    );
  } finally {
    await db.close();
  }
});
