/**
 * What a write did, by name: `<record>.<what happened>`. Every audit event carries one of these;
 * the history pages show each in kk, ru and en. The database only checks the shape, so adding a
 * name here (and to the three catalogs) is all a new use case needs.
 */
export const AUDIT_ACTIONS = [
  'incident.created',
  'incident.updated',
  'incident.deleted',
  'incident.verification_started',
  'incident.verified',
  'incident.published',
  'incident.unpublished',
  'incident.rejected',
  'incident.reopened',
  'incident.assigned',
  'incident.unassigned',
  'incident.merged',
  'incident.duplicate_merged',
  'comment.added',
  'grant.added',
  'grant.revoked',
  'case.involvement_added',
  'case.involvement_updated',
  'case.legal_status_changed',
  'case.proceeding_added',
  'case.proceeding_updated',
  'proceeding.event_added',
  'proceeding.event_corrected',
  'proceeding.event_retracted',
  'case.override_set',
  'case.override_cleared',
  'case.updated',
  'evidence.attached',
  'evidence.removed',
  'evidence.released',
  'evidence.withdrawn',
  'person.created',
  'person.updated',
  'person.deleted',
  'person.merged',
  'person.duplicate_merged',
  'person.relation_added',
  'person.relation_removed',
  'outlet.created',
  'outlet.updated',
  'outlet.deleted',
  'actor.created',
  'actor.updated',
  'place.created',
  'place.updated',
  'term.created',
  'term.updated',
  'intervention.created',
  'intervention.updated',
  'indicator.created',
  'indicator.updated',
  'figure.created',
  'figure.updated',
  'series.created',
  'account.created',
  'account.updated',
  'account.password_reset',
  'account.password_changed',
  'account.two_factor_enabled',
  'account.two_factor_disabled',
  'account.notifications_changed',
  'setting.updated',
  'token.created',
  'token.revoked',
  'help.arrived',
  'help.replied',
  'help.assigned',
  'help.unassigned',
  'help.status_changed',
  'help.category_changed',
  'help.noted',
  'help.answered',
  'help.incident_linked',
  'help.desk_initialised',
  'help.desk_rotated',
  'help.desk_unlocked',
  'help.access_granted',
  'help.access_revoked',
] as const;

/** One named action; `case.updated` only names case changes recorded before actions had names. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a verification of the audit chain can find wrong at its first broken link. */
export const CHAIN_PROBLEMS = [
  'event_changed',
  'events_missing',
  'link_broken',
  'event_beyond_head',
  'events_missing_at_end',
  'head_mismatch',
] as const;

export type ChainProblem = (typeof CHAIN_PROBLEMS)[number];

/** The name of a move along the verification workflow, from one state to another. */
export function workflowAction(from: string, to: string): AuditAction {
  if (to === 'published') return 'incident.published';
  if (from === 'published') return 'incident.unpublished';
  if (to === 'verified') return 'incident.verified';
  if (to === 'verifying') return 'incident.verification_started';
  if (to === 'rejected') return 'incident.rejected';
  return 'incident.reopened';
}
