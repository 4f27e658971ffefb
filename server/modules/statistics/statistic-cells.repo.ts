import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { IncidentRow } from '../../db/schema.js';
import { PUBLIC_VERIFICATION } from '../incidents/incident-scope.repo.js';

/** The columns of an incident that decide which cells it counts in. */
export type CellSource = Pick<
  IncidentRow,
  | 'date_start'
  | 'country'
  | 'region_code'
  | 'type_codes'
  | 'type_groups'
  | 'victim_roles'
  | 'visibility'
  | 'verification'
  | 'accountability'
  | 'accountability_override'
  | 'last_case_event_on'
>;

const CELL_COLUMNS = [
  'date_start',
  'country',
  'region_code',
  'type_codes',
  'type_groups',
  'victim_roles',
  'visibility',
  'verification',
  'accountability',
  'accountability_override',
  'last_case_event_on',
] as const;

/** What an incident contributes to the cells now (null when it does not exist). */
export async function cellSource(db: Db, incidentId: string): Promise<CellSource | null> {
  const row = await db
    .selectFrom('incidents')
    .select(CELL_COLUMNS)
    .where('id', '=', incidentId)
    .executeTakeFirst();
  return row ?? null;
}

const month = (day: string | null) => (day ? `${day.slice(0, 7)}-01` : null);

async function addToCells(db: Db, s: CellSource, delta: 1 | -1): Promise<void> {
  if (!(PUBLIC_VERIFICATION as readonly string[]).includes(s.verification)) return;
  const base = {
    month: month(s.date_start),
    country: s.country,
    region_code: s.region_code,
    is_public: s.visibility === 'public',
  };
  const cells = [
    { ...base, dimension: 'all' as const, key: '' },
    ...s.type_groups.map((key) => ({ ...base, dimension: 'group' as const, key })),
    ...s.type_codes.map((key) => ({ ...base, dimension: 'type' as const, key })),
    ...s.victim_roles.map((key) => ({ ...base, dimension: 'victim_role' as const, key })),
  ];
  await db
    .insertInto('statistic_cells')
    .values(cells.map((c) => ({ ...c, incidents: delta })))
    .onConflict((oc) =>
      oc
        .constraint('statistic_cells_key')
        .doUpdateSet({ incidents: sql`statistic_cells.incidents + ${delta}` }),
    )
    .execute();
  await db
    .insertInto('accountability_cells')
    .values({
      ...base,
      accountability: s.accountability,
      accountability_override: s.accountability_override,
      last_case_event_on: s.last_case_event_on,
      incidents: delta,
    })
    .onConflict((oc) =>
      oc
        .constraint('accountability_cells_key')
        .doUpdateSet({ incidents: sql`accountability_cells.incidents + ${delta}` }),
    )
    .execute();
}

/** Moves an incident's counts from where it counted before to where it counts now. */
export async function moveCells(db: Db, before: CellSource | null, after: CellSource | null): Promise<void> {
  if (before && after && JSON.stringify(before) === JSON.stringify(after)) return;
  if (before) await addToCells(db, before, -1);
  if (after) await addToCells(db, after, 1);
}

/** Recounts every cell from the incidents: after a bulk load, or to check the running counts. */
export async function rebuildCells(db: Db): Promise<void> {
  await sql`DELETE FROM statistic_cells`.execute(db);
  await sql`DELETE FROM accountability_cells`.execute(db);
  await sql`
    INSERT INTO statistic_cells (month, country, region_code, dimension, key, is_public, incidents)
    SELECT date_trunc('month', i.date_start)::date, i.country, i.region_code, k.dimension, k.key,
      i.visibility = 'public', count(*)::int
    FROM incidents i
    CROSS JOIN LATERAL (
      SELECT 'all' AS dimension, '' AS key
      UNION ALL SELECT 'group', g FROM unnest(i.type_groups) AS g
      UNION ALL SELECT 'type', t FROM unnest(i.type_codes) AS t
      UNION ALL SELECT 'victim_role', r FROM unnest(i.victim_roles) AS r
    ) AS k
    WHERE i.verification IN ('verified', 'published')
    GROUP BY 1, 2, 3, 4, 5, 6`.execute(db);
  await sql`
    INSERT INTO accountability_cells
      (month, country, region_code, accountability, accountability_override, last_case_event_on, is_public, incidents)
    SELECT date_trunc('month', date_start)::date, country, region_code, accountability, accountability_override,
      last_case_event_on, visibility = 'public', count(*)::int
    FROM incidents WHERE verification IN ('verified', 'published')
    GROUP BY 1, 2, 3, 4, 5, 6, 7`.execute(db);
}

/**
 * Runs `work` on one incident and moves the incident's counts to where it counts afterwards, in
 * the caller's transaction.
 */
export async function trackCells<T>(trx: Db, incidentId: string, work: () => Promise<T>): Promise<T> {
  const before = await cellSource(trx, incidentId);
  const result = await work();
  await moveCells(trx, before, await cellSource(trx, incidentId));
  return result;
}

/** Fills the cells once when a database has verified incidents but no cells (after upgrading). */
export async function ensureCells(db: Db): Promise<boolean> {
  const cell = await db.selectFrom('statistic_cells').select('key').limit(1).executeTakeFirst();
  if (cell) return false;
  const counted = await db
    .selectFrom('incidents')
    .select('id')
    .where('verification', 'in', [...PUBLIC_VERIFICATION])
    .limit(1)
    .executeTakeFirst();
  if (!counted) return false;
  await rebuildCells(db);
  return true;
}

/**
 * A scope the cells can answer: whole months, countries and regions, nothing else; with
 * `publicOnly`, only the cells of public incidents.
 */
export interface CellScope {
  from?: string | undefined;
  to?: string | undefined;
  country?: string | undefined;
  region?: string[] | undefined;
  publicOnly?: boolean;
}

const PERIOD_OF_MONTH = {
  year: sql`to_char(month, 'YYYY')`,
  quarter: sql`to_char(month, 'YYYY-"Q"Q')`,
  month: sql`to_char(month, 'YYYY-MM')`,
  all: sql`NULL`,
} as const;

function cellWhere(scope: CellScope, period: keyof typeof PERIOD_OF_MONTH) {
  const parts = [sql`true`];
  if (scope.publicOnly) parts.push(sql`is_public`);
  if (scope.from) parts.push(sql`month >= ${scope.from}`);
  if (scope.to) parts.push(sql`month <= ${scope.to}`);
  if (scope.country) parts.push(sql`country = ${scope.country}`);
  if (scope.region?.length) parts.push(sql`region_code IN (${sql.join(scope.region)})`);
  if (period !== 'all') parts.push(sql`month IS NOT NULL`);
  return sql.join(parts, sql` AND `);
}

/** Incidents per period and group, type or region, summed from the cells (no victim counts). */
export async function sumCells(
  db: Db,
  scope: CellScope,
  period: keyof typeof PERIOD_OF_MONTH,
  by: 'group' | 'type' | 'region',
) {
  const dimension = by === 'region' ? 'all' : by;
  const key = by === 'region' ? sql`region_code` : sql`key`;
  const result = await sql<{ period: string | null; key: string | null; incidents: number; victims: null }>`
    SELECT ${PERIOD_OF_MONTH[period]} AS period, ${key} AS key, sum(incidents)::int AS incidents, NULL AS victims
    FROM statistic_cells WHERE dimension = ${dimension} AND ${cellWhere(scope, period)}
    GROUP BY 1, 2 HAVING sum(incidents) > 0 ORDER BY 1, 2`.execute(db);
  return result.rows;
}

/** Incidents per accountability status, summed from the cells with the stall threshold applied. */
export async function sumAccountabilityCells(db: Db, scope: CellScope, status: ReturnType<typeof sql>) {
  const result = await sql<{ period: null; key: string; incidents: number; victims: null }>`
    SELECT NULL AS period, s.status AS key, sum(s.incidents)::int AS incidents, NULL AS victims
    FROM (SELECT ${status} AS status, incidents FROM accountability_cells WHERE ${cellWhere(scope, 'all')}) AS s
    GROUP BY s.status HAVING sum(s.incidents) > 0 ORDER BY s.status`.execute(db);
  return result.rows;
}

/** The facets of a public list, summed from the cells (see `cellScope` for when they can answer). */
export async function publicFacetsFromCells(db: Db, scope: CellScope, status: ReturnType<typeof sql>) {
  const result = await sql<{ facet: string; value: string | null; count: number }>`
    SELECT CASE dimension WHEN 'all' THEN 'total' WHEN 'victim_role' THEN 'victimRole' ELSE dimension END AS facet,
      CASE WHEN dimension = 'all' THEN NULL ELSE key END AS value, sum(incidents)::int AS count
    FROM statistic_cells WHERE is_public AND ${cellWhere(scope, 'all')}
    GROUP BY 1, 2 HAVING sum(incidents) > 0
    UNION ALL
    SELECT 'region', region_code, sum(incidents)::int FROM statistic_cells
    WHERE is_public AND dimension = 'all' AND region_code IS NOT NULL AND ${cellWhere(scope, 'all')}
    GROUP BY 2 HAVING sum(incidents) > 0
    UNION ALL
    SELECT 'year', to_char(month, 'YYYY'), sum(incidents)::int FROM statistic_cells
    WHERE is_public AND dimension = 'all' AND ${cellWhere(scope, 'year')}
    GROUP BY 2 HAVING sum(incidents) > 0
    UNION ALL
    SELECT 'accountability', s.status, sum(s.incidents)::int FROM
      (SELECT ${status} AS status, incidents FROM accountability_cells WHERE is_public AND ${cellWhere(scope, 'all')}) AS s
    GROUP BY 2 HAVING sum(s.incidents) > 0`.execute(db);
  return result.rows;
}
