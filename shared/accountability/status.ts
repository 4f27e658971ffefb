import type {
  AccountabilityStatus,
  InvolvementRole,
  LegalStatus,
  ProceedingEventType,
  ProceedingKind,
} from './codes.js';

/*
 * The accountability rule. An incident's status is derived from what is recorded about the people
 * involved and about the legal tracks against the perpetrators; nobody types it by hand. The rule
 * is written out for readers in docs/METHODOLOGY.md; keep the two in step.
 */

/** One actor's part in a violation and where they stand now (their latest legal status). */
export interface InvolvementFacts {
  role: InvolvementRole;
  status: LegalStatus;
}

/** One legal track with its events in the order they happened; `on` is the latest day it can be. */
export interface ProceedingFacts {
  kind: ProceedingKind;
  events: { type: ProceedingEventType; on: string | null }[];
}

export interface AccountabilityInput {
  involvements: InvolvementFacts[];
  proceedings: ProceedingFacts[];
  /** The day the status is computed for (YYYY-MM-DD). */
  today: string;
  /** An open case with no new event for longer than this counts as impunity. */
  stalledAfterDays: number;
}

export interface AccountabilityResult {
  status: AccountabilityStatus;
  /** Why: a stable code (e.g. dropped, stalled, organisers_not_convicted). */
  reason: string;
  /** The last dated event of the open tracks, from which a stall is counted. */
  lastEventOn: string | null;
}

// Roles whose members must all be convicted for justice; failing to protect is the state's
// failure, not a perpetrator's act, and does not hold a case open.
const PERPETRATOR_ROLES: InvolvementRole[] = ['executor', 'organiser', 'instigator', 'accomplice'];
const ORDERING_ROLES: InvolvementRole[] = ['organiser', 'instigator'];

/** Events after which a track is closed without anyone held to account. */
const CLOSED_WITHOUT_ACCOUNT: ProceedingEventType[] = [
  'refusal_to_open',
  'suspended_perpetrator_unknown',
  'dropped',
  'victim_prosecuted',
  'victim_blamed',
  'acquitted',
];

const DAY_MS = 24 * 60 * 60 * 1000;

function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** When something was convicted: the status of everyone involved, organisers included. */
function afterConviction(involvements: InvolvementFacts[]): AccountabilityResult {
  const perpetrators = involvements.filter((i) => PERPETRATOR_ROLES.includes(i.role));
  const unconvicted = perpetrators.filter((i) => i.status !== 'convicted');
  if (unconvicted.length === 0) return { status: 'justice', reason: 'all_convicted', lastEventOn: null };
  const orderingFree = unconvicted.some((i) => ORDERING_ROLES.includes(i.role));
  return {
    status: 'partial',
    reason: orderingFree ? 'organisers_not_convicted' : 'some_not_convicted',
    lastEventOn: null,
  };
}

/**
 * Derives the accountability status:
 * 1. a conviction → `justice` if everyone recorded as executor, organiser, instigator or accomplice
 *    is convicted, else `partial`;
 * 2. otherwise, if any track against the perpetrators is still open (or, with no track recorded,
 *    someone involved is identified, detained or charged) → `pending`, or `impunity` (stalled)
 *    when the last dated event is older than the threshold;
 * 3. otherwise, if every track ended by refusal, suspension, dropping, acquittal, or by turning on
 *    the victim → `impunity`, with that event as the reason;
 * 4. otherwise (nothing known) → `unknown`.
 */
export function deriveAccountability(input: AccountabilityInput): AccountabilityResult {
  const tracks = input.proceedings
    .filter((p) => p.kind === 'against_perpetrators')
    .map((p) => p.events.filter((e) => e.type !== 'no_information'))
    .filter((events) => events.length > 0);
  const convicted =
    input.involvements.some((i) => i.status === 'convicted') ||
    tracks.some((events) => events.some((e) => e.type === 'convicted'));
  if (convicted) return afterConviction(input.involvements);

  const open = tracks.filter(
    (events) => !CLOSED_WITHOUT_ACCOUNT.includes(events[events.length - 1]?.type as ProceedingEventType),
  );
  // Without any recorded track, someone identified, detained or charged means a case is moving.
  const activeInvolvement =
    tracks.length === 0 &&
    input.involvements.some((i) => ['identified', 'detained', 'charged'].includes(i.status));
  if (open.length > 0 || activeInvolvement) {
    const dates = open.flatMap((events) => events.flatMap((e) => (e.on ? [e.on] : [])));
    const lastEventOn = dates.length > 0 ? (dates.sort().at(-1) as string) : null;
    if (lastEventOn && daysBetween(lastEventOn, input.today) > input.stalledAfterDays) {
      return { status: 'impunity', reason: 'stalled', lastEventOn };
    }
    return { status: 'pending', reason: 'in_progress', lastEventOn };
  }
  const last = tracks.map((events) => events[events.length - 1]?.type).filter(Boolean);
  if (last.length > 0)
    return { status: 'impunity', reason: last[last.length - 1] as string, lastEventOn: null };
  if (input.involvements.some((i) => i.status === 'acquitted' || i.status === 'released')) {
    return { status: 'impunity', reason: 'acquitted', lastEventOn: null };
  }
  return { status: 'unknown', reason: 'no_information', lastEventOn: null };
}
