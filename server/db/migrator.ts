import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as m0001 from './migrations/0001_incident_record.js';
import * as m0002 from './migrations/0002_accountability.js';
import * as m0003 from './migrations/0003_statistic_cells.js';
import * as m0004 from './migrations/0004_accounts.js';
import * as m0005 from './migrations/0005_workflow.js';
import * as m0006 from './migrations/0006_evidence_files.js';
import * as m0007 from './migrations/0007_audit_chain.js';
import * as m0008 from './migrations/0008_public_names.js';
import * as m0009 from './migrations/0009_safer_defaults.js';
import * as m0010 from './migrations/0010_person_links.js';
import * as m0011 from './migrations/0011_help_desk.js';
import type { Database } from './schema.js';

/** Every migration, in order. Listed by hand so the build needs no directory scanning. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_incident_record': m0001,
  '0002_accountability': m0002,
  '0003_statistic_cells': m0003,
  '0004_accounts': m0004,
  '0005_workflow': m0005,
  '0006_evidence_files': m0006,
  '0007_audit_chain': m0007,
  '0008_public_names': m0008,
  '0009_safer_defaults': m0009,
  '0010_person_links': m0010,
  '0011_help_desk': m0011,
};

/**
 * Brings the schema up to date. Kysely runs all pending migrations in one transaction on
 * PostgreSQL, so a failing migration leaves the database exactly as it was.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  migrations: Record<string, Migration> = MIGRATIONS,
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Branches add migrations side by side: a database that already ran 0006 must still accept a
    // 0005 that arrives later, instead of refusing to start.
    allowUnorderedMigrations: true,
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed} failed and nothing was changed: ${cause}`, {
      cause: result.error,
    });
  }
  return result;
}
