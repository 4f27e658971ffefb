import { sql } from 'kysely';
import { PERPETRATOR_EVENTS } from '../../../shared/accountability/codes.js';
import type { Db } from '../../db/database.js';
import { applyFilter, type IncidentFilter } from '../incidents/incident-list.repo.js';
import { effectiveAccountabilitySql, PUBLIC_VERIFICATION } from '../incidents/incident-scope.repo.js';

/*
 * Statistics count verified incidents. For the public (`publicOnly`) only public records exist at
 * all, exactly as on the public list; an internal reader counts every visibility, confidential
 * incidents only as far as their grants go (`confidential`).
 */

export type Scope = Omit<IncidentFilter, 'tsquery' | 'verification' | 'visibility'>;

/** The verified incidents the scope selects: the base of every statistic. */
function scoped(db: Db, scope: Scope) {
  return applyFilter(db.selectFrom('incidents'), scope).where('verification', 'in', [...PUBLIC_VERIFICATION]);
}

export interface CountRow {
  period: string | null;
  key: string | null;
  incidents: number;
  /** Distinct victims; null where the count came from the cells, which do not know victims. */
  victims: number | null;
}

const PERIOD_SQL = {
  year: sql`to_char(i.date_start, 'YYYY')`,
  quarter: sql`to_char(i.date_start, 'YYYY-"Q"Q')`,
  month: sql`to_char(i.date_start, 'YYYY-MM')`,
  all: sql`NULL`,
} as const;

export type Period = keyof typeof PERIOD_SQL;

/** What a count is broken down by, as SQL over incidents i, violations v and victims p. */
const KEY_SQL = {
  group: sql`t.parent_code`,
  type: sql`v.type_code`,
  region: sql`i.region_code`,
  victimRole: sql`r.role`,
  gender: sql`p.gender`,
  none: sql`NULL`,
} as const;

export type Breakdown = keyof typeof KEY_SQL;

/**
 * Incidents and distinct victims per period and breakdown value. Counting goes through the
 * violations, so an incident with two types counts once under each.
 */
export async function countViolations(
  db: Db,
  scope: Scope,
  period: Period,
  by: Breakdown,
): Promise<CountRow[]> {
  const ids = scoped(db, scope).select('id');
  const result = await sql<CountRow>`
    SELECT ${PERIOD_SQL[period]} AS period, ${KEY_SQL[by]}::text AS key,
      count(DISTINCT i.id)::int AS incidents,
      count(DISTINCT v.victim_id)::int AS victims
    FROM incidents i
    JOIN violations v ON v.incident_id = i.id
    LEFT JOIN vocabulary_terms t ON t.vocabulary = 'typology' AND t.code = v.type_code
    LEFT JOIN people p ON p.id = v.victim_id
    LEFT JOIN LATERAL unnest(coalesce(p.roles, '{}')) AS r(role) ON ${by === 'victimRole' ? sql`true` : sql`false`}
    WHERE i.id IN (${ids}) ${period === 'all' ? sql`` : sql`AND i.date_start IS NOT NULL`}
    GROUP BY 1, 2 ORDER BY 1, 2`.execute(db);
  return result.rows;
}

/** Incidents per actor type (an incident with police and a private individual counts under both). */
export async function countByActorType(db: Db, scope: Scope): Promise<CountRow[]> {
  const matching = scoped(db, scope).select(['actor_types']);
  const result = await sql<CountRow>`
    SELECT NULL AS period, a AS key, count(*)::int AS incidents, NULL AS victims
    FROM (${matching}) AS f, unnest(f.actor_types) AS a GROUP BY a ORDER BY a`.execute(db);
  return result.rows;
}

/** Incidents per accountability status (overrides and the stall threshold applied). */
export async function countByAccountability(db: Db, scope: Scope): Promise<CountRow[]> {
  const matching = scoped(db, scope).select([
    effectiveAccountabilitySql(scope.stalledAfterDays).as('status'),
  ]);
  const result = await sql<CountRow>`
    SELECT NULL AS period, status AS key, count(*)::int AS incidents, NULL AS victims
    FROM (${matching}) AS f GROUP BY status ORDER BY status`.execute(db);
  return result.rows;
}

/** Stages of the funnel each incident reached, from its proceedings against the perpetrators. */
const STAGE_EVENTS = {
  // Any step at all means the authorities were told.
  complaint: PERPETRATOR_EVENTS.filter((e) => e !== 'no_information'),
  case_opened: [
    'case_opened',
    'requalified',
    'suspects_identified',
    'detained',
    'charged',
    'sent_to_court',
    'convicted',
    'acquitted',
    'appeal',
    'suspended_perpetrator_unknown',
    'dropped',
  ],
  sent_to_court: ['sent_to_court', 'convicted', 'acquitted', 'appeal'],
  conviction: ['convicted'],
} as const;

export const FUNNEL_STAGES = ['violation', ...Object.keys(STAGE_EVENTS)] as (
  | 'violation'
  | keyof typeof STAGE_EVENTS
)[];

/** How many incidents reached each stage from violation to conviction. */
export async function funnel(db: Db, scope: Scope): Promise<CountRow[]> {
  const matching = scoped(db, scope).select(['id']);
  const reached = (events: readonly string[]) => sql`EXISTS (
      SELECT 1 FROM proceedings pr JOIN proceeding_events e ON e.proceeding_id = pr.id
      WHERE pr.incident_id = f.id AND pr.kind = 'against_perpetrators' AND e.retracted_at IS NULL
        AND e.event_type IN (${sql.join([...events])}))`;
  const convicted = sql`(${reached(STAGE_EVENTS.conviction)} OR EXISTS (
      SELECT 1 FROM involvements iv WHERE iv.incident_id = f.id AND iv.legal_status = 'convicted'))`;
  const result = await sql<{ stage: string; incidents: number }>`
    SELECT s.stage, count(f.id) FILTER (WHERE s.hit)::int AS incidents
    FROM (${matching}) AS f
    CROSS JOIN LATERAL (VALUES
      ('violation', true),
      ('complaint', ${reached(STAGE_EVENTS.complaint)}),
      ('case_opened', ${reached(STAGE_EVENTS.case_opened)}),
      ('sent_to_court', ${reached(STAGE_EVENTS.sent_to_court)}),
      ('conviction', ${convicted})) AS s(stage, hit)
    GROUP BY s.stage`.execute(db);
  const byStage = new Map(result.rows.map((r) => [r.stage, r]));
  return FUNNEL_STAGES.map((stage) => ({
    period: null,
    key: stage,
    incidents: byStage.get(stage)?.incidents ?? 0,
    victims: null,
  }));
}

/** Letters and other requests to authorities in a period (public ones only), by how they were answered. */
export async function replies(db: Db, publicOnly: boolean, from?: string, to?: string) {
  let query = db
    .selectFrom('interventions')
    .select([
      sql<number>`count(*)::int`.as('sent'),
      sql<number>`count(*) FILTER (WHERE reply_status <> 'none_yet')::int`.as('replied'),
      sql<number>`count(*) FILTER (WHERE reply_status = 'substantive')::int`.as('substantive'),
      sql<number>`count(*) FILTER (WHERE reply_status = 'none_yet' AND deadline < current_date)::int`.as(
        'overdue',
      ),
    ])
    .where('kind', 'in', ['letter', 'email', 'submission']);
  if (publicOnly) query = query.where('visibility', '=', 'public');
  if (from) query = query.where('issued_on', '>=', from);
  if (to) query = query.where('issued_on', '<=', to);
  return query.executeTakeFirstOrThrow();
}

/** Incidents with any state actor involved, and incidents with any identified actor type. */
export async function stateActorCounts(db: Db, scope: Scope) {
  const matching = scoped(db, scope).select('actor_types');
  const result = await sql<{ state_incidents: number; known_actor: number }>`
    SELECT count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM unnest(f.actor_types) a JOIN vocabulary_terms t ON t.vocabulary = 'actor_type' AND t.code = a
        WHERE t.parent_code = 'state'))::int AS state_incidents,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM unnest(f.actor_types) a JOIN vocabulary_terms t ON t.vocabulary = 'actor_type' AND t.code = a
        WHERE t.parent_code IN ('state', 'non_state')))::int AS known_actor
    FROM (${matching}) AS f`.execute(db);
  const row = result.rows[0] ?? { state_incidents: 0, known_actor: 0 };
  return { stateIncidents: row.state_incidents, knownActor: row.known_actor };
}
