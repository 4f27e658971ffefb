import { deriveAccountability, type ProceedingFacts } from '../../../shared/accountability/status.js';
import type { Db } from '../../db/database.js';
import type { ProceedingEventRow } from '../../db/schema.js';
import { lastDayOf } from '../../http/common.schema.js';
import { refreshDerived } from '../incidents/incident.derived.js';
import { trackCells } from '../statistics/statistic-cells.repo.js';
import * as repo from './case.repo.js';

/** The last day an event of the given precision may have happened on. */
export function lastPossibleDay(
  row: Pick<ProceedingEventRow, 'occurred_on' | 'date_precision'>,
): string | null {
  if (!row.occurred_on || row.date_precision === 'unknown') return null;
  return lastDayOf(row.occurred_on, row.date_precision);
}

/**
 * Recomputes the incident's stored accountability from its involvements and proceedings, in the
 * caller's transaction. No stall threshold is applied here: an open case is stored as pending
 * with its last event's day, and the threshold is applied when reading (accountability.effective).
 */
export async function refreshAccountability(trx: Db, incidentId: string): Promise<void> {
  const involvements = await repo.listInvolvements(trx, incidentId);
  const proceedings = await repo.listProceedings(trx, incidentId);
  const events = await repo.listProceedingEvents(
    trx,
    proceedings.map((p) => p.id),
    false,
  );
  const facts: ProceedingFacts[] = proceedings.map((p) => ({
    kind: p.kind,
    events: events
      .filter((e) => e.proceeding_id === p.id)
      .map((e) => ({ type: e.event_type, on: lastPossibleDay(e) })),
  }));
  const today = new Date().toISOString().slice(0, 10);
  const result = deriveAccountability({
    involvements: involvements.map((i) => ({ role: i.role, status: i.legal_status })),
    proceedings: facts,
    today,
    stalledAfterDays: Number.POSITIVE_INFINITY,
  });
  const perpetratorDays = events
    .filter(
      (e) =>
        proceedings.find((p) => p.id === e.proceeding_id)?.kind === 'against_perpetrators' && e.occurred_on,
    )
    .map((e) => e.occurred_on as string)
    .sort();
  await repo.setAccountability(trx, incidentId, {
    accountability: result.status,
    accountability_reason: result.reason,
    first_case_event_on: perpetratorDays[0] ?? null,
    last_case_event_on: result.lastEventOn,
    actor_types: await repo.actorTypesOf(trx, incidentId),
    involvement_roles: [...new Set(involvements.map((i) => i.role))].sort(),
  });
  // The actors and subjects of the case are names the public title and search must withhold.
  await refreshDerived(trx, incidentId);
}

/** After an actor changes (type, name, whether it is named in public), their incidents follow. */
export async function refreshIncidentsOfActor(trx: Db, actorId: string): Promise<void> {
  const ids = await repo.incidentIdsOfActor(trx, actorId);
  await trackCells(trx, ids, async () => {
    for (const id of ids) await refreshAccountability(trx, id);
  });
}
