import type { Language, LocalizedText } from '../languages.js';
import type { AccountabilityStatus } from './codes.js';

/*
 * Why one case has its status, in words a reader can check: the reason code the accountability
 * rule gave (status.ts) joined to the event of this case it came from, with that event's date.
 */

/** The public case's facts the explanation is drawn from. */
export interface CaseFacts {
  accountability: {
    status: AccountabilityStatus;
    reason: string;
    override: { status: AccountabilityStatus; reason: string } | null;
  };
  proceedings: { kind: string; events: { type: string; on: string | null }[] }[];
}

/** The reason, as the key of its sentence, and the date (of any precision) it is dated by. */
export type CaseExplanation =
  | { reason: ExplainedReason; on: string | null }
  | { reason: 'override'; on: null; text: string }
  | null;

/** Reasons whose sentence comes from the one event that ended (or last moved) the case. */
const BY_EVENT = {
  refusal_to_open: 'refusal_to_open',
  suspended_perpetrator_unknown: 'suspended_perpetrator_unknown',
  dropped: 'dropped',
  victim_prosecuted: 'victim_prosecuted',
  victim_blamed: 'victim_blamed',
  acquitted: 'acquitted',
  all_convicted: 'convicted',
  organisers_not_convicted: 'convicted',
  some_not_convicted: 'convicted',
} as const;

export type ExplainedReason =
  | keyof typeof BY_EVENT
  | 'stalled'
  | 'in_progress'
  | 'no_track'
  | 'no_information';

// The latest day a date of any precision can stand for, so that "May 2024" sorts after "12 May 2024".
const latestDay = (on: string) => (on.length === 4 ? `${on}-12-31` : on.length === 7 ? `${on}-31` : on);

const latest = (dates: (string | null)[]): string | null =>
  dates.reduce<string | null>(
    (best, on) => (on && (!best || latestDay(on) > latestDay(best)) ? on : best),
    null,
  );

/** Explains the case's status from its reason code and its own events; null for a reason it does not know. */
export function explainCase(facts: CaseFacts): CaseExplanation {
  const { accountability } = facts;
  if (accountability.override) {
    return { reason: 'override', on: null, text: accountability.override.reason };
  }
  const tracks = facts.proceedings.filter((p) => p.kind === 'against_perpetrators');
  const events = tracks.flatMap((p) => p.events.filter((e) => e.type !== 'no_information'));
  const reason = accountability.reason;
  if (reason in BY_EVENT) {
    const type = BY_EVENT[reason as keyof typeof BY_EVENT];
    return {
      reason: reason as ExplainedReason,
      on: latest(events.filter((e) => e.type === type).map((e) => e.on)),
    };
  }
  if (reason === 'stalled' || reason === 'in_progress') {
    if (reason === 'in_progress' && events.length === 0) return { reason: 'no_track', on: null };
    return { reason, on: latest(events.map((e) => e.on)) };
  }
  if (reason === 'no_information') return { reason, on: null };
  return null;
}

/** An actor's name as the reader's language spells it, else as recorded; null when it has none to show. */
export function actorName(actor: { name: string | null; names: LocalizedText }, lang: Language) {
  const name = actor.names[lang] || actor.name || Object.values(actor.names).find((n) => n?.trim());
  return name?.trim() ? name : null;
}
