import { type Kysely, sql } from 'kysely';

/*
 * People linked to people. A relative or an associate of a journalist, targeted because of the
 * journalist's work, names that journalist (one row per pair, the kind says which). A person merged
 * into another leaves a forwarding row, so the old id still leads to the person it became; the row
 * goes when that person is deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_relations (
      person_id uuid NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
      journalist_id uuid NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
      kind text NOT NULL CHECK (kind IN ('family', 'associate')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (person_id, journalist_id),
      CHECK (person_id <> journalist_id)
    );
    CREATE INDEX person_relations_journalist_idx ON person_relations (journalist_id);

    CREATE TABLE person_merges (
      merged_id uuid PRIMARY KEY,
      into_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      merged_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX person_merges_into_idx ON person_merges (into_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE person_merges; DROP TABLE person_relations;`.execute(db);
}
