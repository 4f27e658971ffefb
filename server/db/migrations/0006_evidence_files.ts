import { type Kysely, sql } from 'kysely';

/*
 * Evidence files attached to an incident and, optionally, to one of its sources. The bytes live
 * on disk, content-addressed by the SHA-256 of the raw upload; a row names them by that hash.
 * Images also get a public derivative without their metadata, addressed by its own hash. Several
 * rows may name the same bytes, so a blob is removed only when no row names it any more.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE evidence_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
      -- A source removed from the incident leaves the file with the incident, and no longer public.
      source_id uuid REFERENCES sources (id) ON DELETE SET NULL,
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      size bigint NOT NULL CHECK (size > 0),
      -- Detected from the bytes; what the client claimed is kept beside it, never trusted.
      media_type text NOT NULL,
      claimed_type text,
      original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      public_sha256 text CHECK (public_sha256 ~ '^[0-9a-f]{64}$'),
      public_size bigint CHECK (public_size > 0),
      CHECK ((public_sha256 IS NULL) = (public_size IS NULL))
    );
    CREATE INDEX evidence_files_incident_idx ON evidence_files (incident_id, uploaded_at);
    CREATE INDEX evidence_files_source_idx ON evidence_files (source_id);
    CREATE INDEX evidence_files_sha256_idx ON evidence_files (sha256);
    CREATE INDEX evidence_files_public_sha256_idx ON evidence_files (public_sha256);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE evidence_files`.execute(db);
}
