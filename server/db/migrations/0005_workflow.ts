import { type Kysely, sql } from 'kysely';

/*
 * The verification workflow's own data: who an incident is assigned to, which incident a
 * duplicate was merged into (its reference then leads there), and internal comments.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE incidents
      ADD COLUMN assigned_to uuid REFERENCES accounts (id) ON DELETE SET NULL,
      ADD COLUMN merged_into uuid REFERENCES incidents (id) ON DELETE SET NULL,
      ADD CONSTRAINT incidents_merged_check CHECK ((verification = 'merged') = (merged_into IS NOT NULL));
    CREATE INDEX incidents_assigned_idx ON incidents (assigned_to) WHERE assigned_to IS NOT NULL;
    CREATE INDEX incidents_merged_into_idx ON incidents (merged_into) WHERE merged_into IS NOT NULL;

    CREATE TABLE incident_comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
      author text NOT NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX incident_comments_incident_idx ON incident_comments (incident_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE incident_comments;
    ALTER TABLE incidents DROP CONSTRAINT incidents_merged_check, DROP COLUMN merged_into, DROP COLUMN assigned_to;
  `.execute(db);
}
