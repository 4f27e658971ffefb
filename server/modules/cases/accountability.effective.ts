import type { AccountabilityStatus } from '../../../shared/accountability/codes.js';

/*
 * The stored status is derived at every write without a stall threshold: an open case is stored
 * as `pending` with the day of its last event. Time alone turns a pending case into impunity, so
 * the threshold is applied when reading: in SQL by `effectiveAccountabilitySql` and `stalledCase`
 * (incidents/incident-scope.repo.ts), and here in JS for one loaded row; keep the two in step.
 */

export interface StoredAccountability {
  accountability: AccountabilityStatus;
  accountability_reason: string;
  accountability_override: AccountabilityStatus | null;
  accountability_override_reason: string | null;
  first_case_event_on: string | null;
  last_case_event_on: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same rule in JS, for one incident's document; also says for how long the case is open. */
export function effectiveAccountability(row: StoredAccountability, today: string, stalledAfterDays: number) {
  const age = (day: string | null) =>
    day ? Math.floor((Date.parse(today) - Date.parse(day)) / DAY_MS) : null;
  const sinceLast = age(row.last_case_event_on);
  const stalled = row.accountability === 'pending' && sinceLast !== null && sinceLast > stalledAfterDays;
  const derived = stalled
    ? { status: 'impunity' as const, reason: 'stalled' }
    : { status: row.accountability, reason: row.accountability_reason };
  return {
    status: row.accountability_override ?? derived.status,
    reason: row.accountability_override ? 'override' : derived.reason,
    derived,
    override: row.accountability_override
      ? { status: row.accountability_override, reason: row.accountability_override_reason ?? '' }
      : null,
    lastEventOn: row.last_case_event_on,
    openForDays: derived.status === 'pending' || stalled ? age(row.first_case_event_on) : null,
  };
}

/** Today's date in UTC, as the day statuses are computed for. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
