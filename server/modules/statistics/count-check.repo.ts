import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { ACCOUNTABILITY_RECOUNT, STATISTIC_RECOUNT } from './statistic-cells.repo.js';

/** A kept cell whose count is not what the incidents say (a missing cell is kept at 0). */
export interface CountDifference {
  table: 'statistic_cells' | 'accountability_cells';
  /** The cell's key columns, as stored. */
  cell: Record<string, string | boolean | null>;
  kept: number;
  recounted: number;
}

const STATISTIC_KEY = ['month', 'country', 'region_code', 'dimension', 'key', 'is_public'] as const;
const ACCOUNTABILITY_KEY = [
  'month',
  'country',
  'region_code',
  'accountability',
  'accountability_override',
  'last_case_event_on',
  'is_public',
] as const;

/*
 * Kept and recounted rows side by side, summed per key: GROUP BY treats NULL keys (undated,
 * unplaced) as equal, which a FULL JOIN on IS NOT DISTINCT FROM could not do on PostgreSQL.
 */
async function differencesOf(
  db: Db,
  table: CountDifference['table'],
  keys: readonly string[],
  recount: ReturnType<typeof sql>,
): Promise<CountDifference[]> {
  const columns = sql.join(keys.map((k) => sql.ref(k)));
  const result = await sql<Record<string, string | boolean | null> & { kept: number; recounted: number }>`
    SELECT ${columns}, sum(kept)::int AS kept, sum(recounted)::int AS recounted FROM (
      SELECT ${columns}, incidents AS kept, 0 AS recounted FROM ${sql.table(table)}
      UNION ALL
      SELECT ${columns}, 0, incidents FROM (${recount}) AS r
    ) AS x
    GROUP BY ${columns} HAVING sum(kept) <> sum(recounted)
    ORDER BY ${columns}`.execute(db);
  return result.rows.map(({ kept, recounted, ...cell }) => ({ table, cell, kept, recounted }));
}

/** Every kept cell that differs from a recount of the incidents, in both tables. */
export async function countDifferences(db: Db): Promise<CountDifference[]> {
  return [
    ...(await differencesOf(db, 'statistic_cells', STATISTIC_KEY, STATISTIC_RECOUNT)),
    ...(await differencesOf(db, 'accountability_cells', ACCOUNTABILITY_KEY, ACCOUNTABILITY_RECOUNT)),
  ];
}
