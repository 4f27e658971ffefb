import { type Expression, type SqlBool, sql } from 'kysely';
import type { Role } from '../../../shared/access/permissions.js';
import type { AccountabilityStatus } from '../../../shared/accountability/codes.js';

/*
 * The rules every incident query shares, each written once as a Kysely expression: what the public
 * may see, which confidential incidents an internal reader may see, and when a case has stalled.
 * `alias` is how the query names the incidents table (`incidents` unless it is joined as `i`).
 * Every query that means one of these uses the helper; none spells the rule out again.
 */

/** The verification states a public reader may see, together with visibility `public`. */
export const PUBLIC_VERIFICATION = ['verified', 'published'] as const;

/** An internal reader who sees confidential incidents only when granted them; null sees all. */
export type ConfidentialReader = { accountId: string; role: Role } | null;

/** Who is reading, as the queries need it: the public, or an internal reader and their grants. */
export interface IncidentAudience {
  publicOnly: boolean;
  confidential?: ConfidentialReader | undefined;
}

/** Public: visibility `public` and verified or published. */
export function publicIncident(alias = 'incidents'): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.visibility`)} = 'public'
    AND ${sql.ref(`${alias}.verification`)} IN (${sql.join([...PUBLIC_VERIFICATION])}))`;
}

/** The same rule for a row already loaded (kept counts, pages deciding what to show). */
export function isPublicRow(row: { visibility: string; verification: string }): boolean {
  return row.visibility === 'public' && (PUBLIC_VERIFICATION as readonly string[]).includes(row.verification);
}

/** Not confidential, or recorded by the reader, or granted to the reader or their role. */
export function grantedTo(reader: NonNullable<ConfidentialReader>, alias = 'incidents'): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.visibility`)} <> 'confidential'
    OR ${sql.ref(`${alias}.created_by`)} = ${reader.accountId} OR EXISTS (
    SELECT 1 FROM incident_grants g WHERE g.incident_id = ${sql.ref(`${alias}.id`)}
      AND (g.account_id = ${reader.accountId}::uuid OR g.role = ${reader.role})))`;
}

/** What a reader may see: only public incidents for the public, confidential ones when granted. */
export function visibleIncident(audience: IncidentAudience, alias = 'incidents'): Expression<SqlBool> | null {
  if (audience.publicOnly) return publicIncident(alias);
  return audience.confidential ? grantedTo(audience.confidential, alias) : null;
}

/**
 * Stalled: stored as pending and no case event for more than `days` days. The stored status is
 * derived without a threshold, so time alone needs no job; an override is checked separately.
 */
export function stalledCase(days: number): Expression<SqlBool> {
  return sql<SqlBool>`(accountability = 'pending' AND last_case_event_on < current_date - ${days}::int)`;
}

/** The status to show and count: an override, else a stalled case is impunity, else what is stored. */
export function effectiveAccountabilitySql(stalledAfterDays: number) {
  return sql<AccountabilityStatus>`(CASE
    WHEN accountability_override IS NOT NULL THEN accountability_override
    WHEN ${stalledCase(stalledAfterDays)} THEN 'impunity'
    ELSE accountability END)`;
}

/** Records that hang off incidents: each one's incident ids, as a subquery on the outer row. */
const LINKS = {
  person: sql`SELECT incident_id FROM violations WHERE victim_id = people.id
    UNION ALL SELECT incident_id FROM proceedings WHERE subject_id = people.id`,
  actor: sql`SELECT incident_id FROM involvements WHERE actor_id = actors.id`,
  outlet: sql`SELECT v.incident_id FROM violations v JOIN person_outlets po ON po.person_id = v.victim_id
    WHERE po.outlet_id = outlets.id`,
  intervention: sql`SELECT incident_id FROM intervention_incidents WHERE intervention_id = interventions.id`,
};

export type LinkedRecord = keyof typeof LINKS;

/**
 * A person, actor, outlet or intervention is shown to a reader unless every incident it belongs to
 * is hidden from them: one with no incident at all stays visible; one that appears only in
 * confidential incidents the reader may not see (or, for the public, only in non-public ones) does
 * not. The outer query names the table plainly (`people`, `actors`, `outlets`, `interventions`).
 */
export function seenThroughIncidents(
  record: LinkedRecord,
  audience: IncidentAudience,
): Expression<SqlBool> | null {
  const visible = visibleIncident(audience, 'li');
  if (!visible) return null;
  const links = LINKS[record];
  return sql<SqlBool>`(NOT EXISTS (${links})
    OR EXISTS (SELECT 1 FROM incidents li WHERE li.id IN (${links}) AND ${visible}))`;
}
