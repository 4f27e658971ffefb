import { type Kysely, sql } from 'kysely';

/*
 * Counts kept up to date on every write, so that the big statistics tables (a whole country over
 * 25 years) are sums over a few thousand cells instead of scans over a million incidents. Only
 * verified and published incidents are counted, as in every statistic. NULLS NOT DISTINCT
 * (PostgreSQL 15) lets undated and unplaced incidents share a cell. The cells are filled from the
 * incidents at start-up when they are empty (statistics/statistic-cells.repo.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE statistic_cells (
      month date,
      country text NOT NULL,
      region_code text,
      dimension text NOT NULL CHECK (dimension IN ('all', 'group', 'type', 'victim_role')),
      key text NOT NULL,
      is_public boolean NOT NULL,
      incidents integer NOT NULL,
      CONSTRAINT statistic_cells_key UNIQUE NULLS NOT DISTINCT (month, country, region_code, dimension, key, is_public)
    );
    CREATE INDEX statistic_cells_dimension_idx ON statistic_cells (dimension, month);

    CREATE TABLE accountability_cells (
      month date,
      country text NOT NULL,
      region_code text,
      accountability text NOT NULL,
      accountability_override text,
      last_case_event_on date,
      is_public boolean NOT NULL,
      incidents integer NOT NULL,
      CONSTRAINT accountability_cells_key UNIQUE NULLS NOT DISTINCT
        (month, country, region_code, accountability, accountability_override, last_case_event_on, is_public)
    );

  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE accountability_cells, statistic_cells`.execute(db);
}
