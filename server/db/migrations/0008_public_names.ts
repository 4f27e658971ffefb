import { type Kysely, sql } from 'kysely';

/*
 * Whether an individual actor's name may be shown publicly. Institutions are always named; a
 * person among the perpetrators is not, until an editor decides otherwise, so every existing
 * actor starts unmarked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE actors ADD COLUMN name_public boolean NOT NULL DEFAULT false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE actors DROP COLUMN name_public`.execute(db);
}
