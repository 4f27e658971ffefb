/*
 * The closed code lists of the accountability story. Logic depends on them (the derived
 * accountability status, the funnel), so they live in code, not in an editable vocabulary;
 * their labels in kk, ru and en are in `labels.ts`.
 */

/** What an actor did in a violation. */
export const INVOLVEMENT_ROLES = [
  'executor',
  'organiser',
  'instigator',
  'accomplice',
  'failed_to_protect',
] as const;
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];

/** Where an involved actor stands before the law; each change is a dated event. */
export const LEGAL_STATUSES = [
  'unidentified',
  'identified',
  'detained',
  'charged',
  'convicted',
  'acquitted',
  'released',
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** The two kinds of legal track an incident can have. */
export const PROCEEDING_KINDS = ['against_perpetrators', 'against_journalist'] as const;
export type ProceedingKind = (typeof PROCEEDING_KINDS)[number];

/** Events of a case against the perpetrators, in the order a case usually moves. */
export const PERPETRATOR_EVENTS = [
  'complaint_filed',
  'pre_investigation_check',
  'refusal_to_open',
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
  'victim_prosecuted',
  'victim_blamed',
  'no_information',
] as const;

/** Events of a case against the journalist. */
export const JOURNALIST_EVENTS = [
  'detained',
  'administrative_charge',
  'criminal_charge',
  'civil_suit_filed',
  'pending',
  'dropped',
  'convicted',
  'acquitted',
  'damages_awarded',
  'appeal',
  'released',
  'no_information',
] as const;

export const PROCEEDING_EVENT_TYPES = [...new Set([...PERPETRATOR_EVENTS, ...JOURNALIST_EVENTS])] as const;
export type ProceedingEventType = (typeof PROCEEDING_EVENT_TYPES)[number];

/** What the organisation did about an incident. */
export const INTERVENTION_KINDS = [
  'statement',
  'alert',
  'letter',
  'email',
  'meeting',
  'submission',
  'legal_aid',
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** How an authority answered a letter. `overdue` is never stored: it is none_yet past the deadline. */
export const REPLY_STATUSES = ['none_yet', 'formal', 'substantive', 'denial'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

/** The derived accountability status of an incident. */
export const ACCOUNTABILITY_STATUSES = ['pending', 'impunity', 'partial', 'justice', 'unknown'] as const;
export type AccountabilityStatus = (typeof ACCOUNTABILITY_STATUSES)[number];
