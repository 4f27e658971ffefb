import { type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import {
  type ConfidentialReader,
  effectiveAccountabilitySql,
  stalledCase,
  visibleIncident,
} from './incident-scope.repo.js';

/** The list filters after validation; `tsquery` is already folded for cross-script matching. */
export interface IncidentFilter {
  tsquery?: string | null;
  from?: string | undefined;
  to?: string | undefined;
  type?: string[] | undefined;
  group?: string[] | undefined;
  region?: string[] | undefined;
  city?: string[] | undefined;
  country?: string | undefined;
  victimRole?: string[] | undefined;
  verification?: string[] | undefined;
  visibility?: string[] | undefined;
  seriesId?: string | undefined;
  accountability?: string[] | undefined;
  actorType?: string[] | undefined;
  involvementRole?: string[] | undefined;
  openForDays?: number | undefined;
  awaitingReply?: 'true' | undefined;
  stalled?: 'true' | undefined;
  assignedTo?: string | undefined;
  publicOnly: boolean;
  stalledAfterDays: number;
  /** An internal reader who sees confidential incidents only when granted them; null sees all. */
  confidential?: ConfidentialReader;
}

export type IncidentQuery<O> = SelectQueryBuilder<Database, 'incidents', O>;

/** Applies the filters; with `publicOnly`, only verified public records exist at all. */
export function applyFilter<O>(query: IncidentQuery<O>, f: IncidentFilter): IncidentQuery<O> {
  let q = query;
  const visible = visibleIncident(f);
  if (visible) q = q.where(visible);
  if (f.tsquery) {
    const column = f.publicOnly ? sql.ref('search_public') : sql.ref('search_all');
    q = q.where(sql<boolean>`${column} @@ to_tsquery('simple', ${f.tsquery})`);
  }
  // An incident matches a period when the days it may cover overlap it.
  if (f.from) q = q.where('date_last', '>=', f.from);
  if (f.to) q = q.where('date_start', '<=', f.to);
  if (f.type?.length) q = q.where(sql<boolean>`type_codes && ${sql.val(f.type)}::text[]`);
  if (f.group?.length) q = q.where(sql<boolean>`type_groups && ${sql.val(f.group)}::text[]`);
  if (f.victimRole?.length) q = q.where(sql<boolean>`victim_roles && ${sql.val(f.victimRole)}::text[]`);
  if (f.region?.length) q = q.where('region_code', 'in', f.region);
  if (f.city?.length) q = q.where('city_code', 'in', f.city);
  if (f.country) q = q.where('country', '=', f.country);
  if (f.seriesId) q = q.where('series_id', '=', f.seriesId);
  if (f.verification?.length) q = q.where('verification', 'in', f.verification as never[]);
  if (f.visibility?.length) q = q.where('visibility', 'in', f.visibility as never[]);
  return applyCaseFilter(q, f);
}

/** Filters on the accountability story: status, who was involved, how long open, replies awaited. */
function applyCaseFilter<O>(query: IncidentQuery<O>, f: IncidentFilter): IncidentQuery<O> {
  let q = query;
  if (f.accountability?.length) {
    q = q.where(
      sql<boolean>`${effectiveAccountabilitySql(f.stalledAfterDays)} IN (${sql.join(f.accountability)})`,
    );
  }
  if (f.actorType?.length) q = q.where(sql<boolean>`actor_types && ${sql.val(f.actorType)}::text[]`);
  if (f.involvementRole?.length)
    q = q.where(sql<boolean>`involvement_roles && ${sql.val(f.involvementRole)}::text[]`);
  if (f.openForDays !== undefined) {
    // Open: stored as pending (stalled or not) and without an override that closes it.
    q = q
      .where('accountability', '=', 'pending')
      .where('accountability_override', 'is', null)
      .where(sql<boolean>`first_case_event_on < current_date - ${f.openForDays}::int`);
  }
  if (f.assignedTo) q = q.where('assigned_to', '=', f.assignedTo);
  if (f.stalled) {
    q = q.where('accountability_override', 'is', null).where(stalledCase(f.stalledAfterDays));
  }
  if (f.awaitingReply) {
    q = q.where(
      sql<boolean>`EXISTS (SELECT 1 FROM intervention_incidents ii JOIN interventions i ON i.id = ii.intervention_id
        WHERE ii.incident_id = incidents.id AND i.kind IN ('letter', 'email', 'submission') AND i.reply_status = 'none_yet')`,
    );
  }
  return q;
}

export interface Cursor {
  date: string | null;
  id: string;
}

/**
 * One page in date order (newest first, or oldest first), by keyset: the page after `cursor`
 * costs the same however deep it is. Undated incidents come last when newest first.
 */
export function listPage(
  db: Db,
  f: IncidentFilter,
  sort: 'date_desc' | 'date_asc',
  limit: number,
  cursor: Cursor | null,
) {
  let q = applyFilter(
    db
      .selectFrom('incidents')
      .select([
        'id',
        'reference',
        'date_start',
        'date_precision',
        'date_end',
        'country',
        'region_code',
        'city_code',
        'place_type',
        'title',
        'public_title',
        'type_codes',
        'victim_roles',
        'verification',
        'visibility',
        'accountability',
        'accountability_reason',
        'accountability_override',
        'accountability_override_reason',
        'first_case_event_on',
        'last_case_event_on',
      ]),
    f,
  );
  const desc = sort === 'date_desc';
  if (cursor) q = q.where(afterCursor(cursor, desc));
  q = desc
    ? q.orderBy(sql`date_start DESC NULLS LAST`).orderBy('id', 'desc')
    : q.orderBy(sql`date_start ASC NULLS FIRST`).orderBy('id', 'asc');
  return q.limit(limit + 1).execute();
}

function afterCursor(c: Cursor, desc: boolean) {
  if (desc) {
    return c.date === null
      ? sql<boolean>`(date_start IS NULL AND id < ${c.id})`
      : sql<boolean>`(date_start < ${c.date} OR (date_start = ${c.date} AND id < ${c.id}) OR date_start IS NULL)`;
  }
  return c.date === null
    ? sql<boolean>`((date_start IS NULL AND id > ${c.id}) OR date_start IS NOT NULL)`
    : sql<boolean>`(date_start > ${c.date} OR (date_start = ${c.date} AND id > ${c.id}))`;
}

export interface FacetRow {
  facet: string;
  value: string | null;
  count: number;
}

/**
 * The total and the facet counts for the same filters, in one statement: the matching rows are
 * read once (a CTE referenced several times is materialised) and counted along each dimension.
 */
export async function facetCounts(db: Db, f: IncidentFilter): Promise<FacetRow[]> {
  const matching = applyFilter(
    db
      .selectFrom('incidents')
      .select([
        'type_groups',
        'type_codes',
        'region_code',
        'victim_roles',
        'date_start',
        'verification',
        'visibility',
        effectiveAccountabilitySql(f.stalledAfterDays).as('effective_accountability'),
      ]),
    f,
  );
  const internal = f.publicOnly
    ? sql``
    : sql`
      UNION ALL SELECT 'verification', verification, count(*) FROM f GROUP BY verification
      UNION ALL SELECT 'visibility', visibility, count(*) FROM f GROUP BY visibility`;
  // Set-returning functions in the select list (ProjectSet) unnest arrays faster than LATERAL joins.
  const result = await sql<FacetRow>`
    WITH f AS MATERIALIZED (${matching})
    SELECT 'total' AS facet, NULL AS value, count(*) AS count FROM f
    UNION ALL SELECT 'group', v, count(*) FROM (SELECT unnest(type_groups) AS v FROM f) AS x GROUP BY v
    UNION ALL SELECT 'type', v, count(*) FROM (SELECT unnest(type_codes) AS v FROM f) AS x GROUP BY v
    UNION ALL SELECT 'region', region_code, count(*) FROM f WHERE region_code IS NOT NULL GROUP BY region_code
    UNION ALL SELECT 'victimRole', v, count(*) FROM (SELECT unnest(victim_roles) AS v FROM f) AS x GROUP BY v
    UNION ALL SELECT 'year', extract(year FROM date_start)::int::text, count(*) FROM f
      WHERE date_start IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'accountability', effective_accountability, count(*) FROM f GROUP BY 2
    ${internal}
  `.execute(db);
  return result.rows;
}

/** The incidents most recently recorded (for feeds), newest first. */
export function latestRecorded(db: Db, f: IncidentFilter, limit: number) {
  return applyFilter(
    db
      .selectFrom('incidents')
      .select([
        'id',
        'reference',
        'date_start',
        'date_precision',
        'date_end',
        'title',
        'public_title',
        'original_language',
        'created_at',
        'updated_at',
      ]),
    f,
  )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
