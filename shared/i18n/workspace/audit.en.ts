import type { AuditAction, ChainProblem } from '../../audit/actions.js';

type AuditKey =
  | `audit.action.${AuditAction}`
  | `audit.problem.${ChainProblem}`
  | 'audit.warning'
  | 'audit.warningEvents'
  | 'audit.warningCheck'
  | 'audit.warningWhat'
  | 'audit.eventBroken';

/** Words of the history pages: each audit action by name, and the warning of a broken chain. */
export const auditEn: Record<AuditKey, string> = {
  'audit.action.incident.created': 'Recorded the incident',
  'audit.action.incident.updated': 'Edited the incident',
  'audit.action.incident.deleted': 'Deleted the incident',
  'audit.action.incident.verification_started': 'Started verifying',
  'audit.action.incident.verified': 'Marked as verified',
  'audit.action.incident.published': 'Published',
  'audit.action.incident.unpublished': 'Withdrew the publication',
  'audit.action.incident.rejected': 'Rejected',
  'audit.action.incident.reopened': 'Returned to reported',
  'audit.action.incident.assigned': 'Assigned',
  'audit.action.incident.unassigned': 'Took back the assignment',
  'audit.action.incident.merged': 'Merged as a duplicate',
  'audit.action.incident.duplicate_merged': 'Took in a merged duplicate',
  'audit.action.comment.added': 'Commented',
  'audit.action.grant.added': 'Granted access',
  'audit.action.grant.revoked': 'Revoked access',
  'audit.action.case.involvement_added': 'Added a perpetrator',
  'audit.action.case.involvement_updated': "Changed a perpetrator's part",
  'audit.action.case.legal_status_changed': "Changed a perpetrator's legal status",
  'audit.action.case.proceeding_added': 'Opened a proceeding',
  'audit.action.case.proceeding_updated': 'Edited a proceeding',
  'audit.action.proceeding.event_added': 'Added a procedural step',
  'audit.action.proceeding.event_corrected': 'Corrected a procedural step',
  'audit.action.proceeding.event_retracted': 'Retracted a procedural step',
  'audit.action.case.override_set': 'Set the accountability status by hand',
  'audit.action.case.override_cleared': 'Cleared the hand-set accountability status',
  'audit.action.case.updated': 'Changed the case',
  'audit.action.evidence.attached': 'Attached a file',
  'audit.action.evidence.removed': 'Removed a file',
  'audit.action.person.created': 'Added the person',
  'audit.action.person.updated': 'Edited the person',
  'audit.action.person.deleted': 'Deleted the person',
  'audit.action.outlet.created': 'Added the outlet',
  'audit.action.outlet.updated': 'Edited the outlet',
  'audit.action.outlet.deleted': 'Deleted the outlet',
  'audit.action.actor.created': 'Added the actor',
  'audit.action.actor.updated': 'Edited the actor',
  'audit.action.place.created': 'Added the place',
  'audit.action.place.updated': 'Edited the place',
  'audit.action.term.created': 'Added the term',
  'audit.action.term.updated': 'Edited the term',
  'audit.action.intervention.created': 'Recorded it',
  'audit.action.intervention.updated': 'Edited it',
  'audit.action.indicator.created': 'Added the index rank',
  'audit.action.indicator.updated': 'Edited the index rank',
  'audit.action.figure.created': 'Added the figure',
  'audit.action.figure.updated': 'Edited the figure',
  'audit.action.series.created': 'Created the series',
  'audit.action.account.created': 'Created the account',
  'audit.action.account.updated': 'Changed the account',
  'audit.action.account.password_reset': 'Reset the password',
  'audit.action.account.password_changed': 'Changed their password',
  'audit.action.account.two_factor_enabled': 'Turned on two-step sign-in',
  'audit.action.account.two_factor_disabled': 'Turned off two-step sign-in',
  'audit.action.setting.updated': 'Changed a setting',
  'audit.action.token.created': 'Created an API token',
  'audit.action.token.revoked': 'Revoked an API token',
  'audit.problem.event_changed': 'an event was changed after it was written',
  'audit.problem.events_missing': 'events were removed from the log',
  'audit.problem.link_broken': 'an event was replaced or forged',
  'audit.problem.event_beyond_head': 'an event was added outside the log',
  'audit.problem.events_missing_at_end': 'the latest events were removed',
  'audit.problem.head_mismatch': 'the latest event was replaced',
  'audit.warning': 'This history may have been altered.',
  'audit.warningEvents': 'The changes marked below no longer match the audit log’s chain of hashes.',
  'audit.warningCheck':
    'The last full check of the audit log, on {time}, found a break at event {id}: {problem}.',
  'audit.warningWhat':
    'What is shown here may not be what was recorded. Tell an administrator; the log itself cannot be corrected, only compared with a backup.',
  'audit.eventBroken': 'Does not match the log',
};
