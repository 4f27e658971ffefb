import { type Kysely, sql } from 'kysely';

/*
 * Material is not public until someone who decides visibility says so. A new source starts
 * non-public, and an evidence file gets its own mark, false for new uploads; files uploaded
 * before this migration keep the rule they were published under (public with their source).
 * Rejecting or merging an incident records why, on the incident (and so in its history).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE sources ALTER COLUMN is_public SET DEFAULT false;
    ALTER TABLE evidence_files ADD COLUMN marked_public boolean NOT NULL DEFAULT true;
    ALTER TABLE evidence_files ALTER COLUMN marked_public SET DEFAULT false;
    ALTER TABLE incidents ADD COLUMN verification_reason text
      CHECK (verification_reason IS NULL OR length(verification_reason) BETWEEN 1 AND 2000);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE incidents DROP COLUMN verification_reason;
    ALTER TABLE evidence_files DROP COLUMN marked_public;
    ALTER TABLE sources ALTER COLUMN is_public SET DEFAULT true;
  `.execute(db);
}
