import type { ProceedingEventType } from '../../../shared/accountability/codes.js';
import { JOURNALIST_EVENTS, PERPETRATOR_EVENTS } from '../../../shared/accountability/codes.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { partialDateColumns } from '../../http/common.schema.js';
import { AppError, type ErrorDetail, notFound, versionConflict } from '../../http/errors.js';
import { findActor } from '../actors/actor.repo.js';
import { createActor } from '../actors/actor.service.js';
import { recordAudit } from '../audit/audit.repo.js';
import { gateIncident, type Missing, readerScope, refuse } from '../incidents/incident.gate.js';
import { findSources, findViolations } from '../incidents/incident.repo.js';
import { findPerson } from '../people/person.repo.js';
import { trackCells } from '../statistics/statistic-cells.repo.js';
import { todayUtc } from './accountability.effective.js';
import { refreshAccountability } from './accountability.service.js';
import { loadCase } from './case.load.js';
import { presentCase } from './case.presenter.js';
import * as repo from './case.repo.js';
import type {
  InvolvementInput,
  InvolvementUpdate,
  LegalStatusInput,
  OverrideInput,
  ProceedingEventInput,
  ProceedingInput,
} from './case.schema.js';

/**
 * Runs one change to an incident's case: loads the case (404 if there is none), applies the
 * change (given the incident's id, which the caller may have named by its reference), re-derives the accountability status, and audits the case before and after, all in
 * one transaction. Returns the case's parts; the caller presents them with its stall threshold.
 */
async function changeCase(
  db: Db,
  who: Principal,
  actor: string,
  incidentId: string,
  change: (trx: Db, incidentId: string) => Promise<void>,
  missing?: Missing,
) {
  return inTransaction(db, async (trx) => {
    const incident = await gateIncident(trx, who, incidentId, {
      access: 'write',
      ...(missing && { missing }),
    });
    const before = await loadCase(trx, incident.id, false);
    if (!before) throw notFound('incident_not_found', 'Incident', incidentId);
    await trackCells(trx, before.incident.id, async () => {
      await change(trx, before.incident.id);
      await refreshAccountability(trx, before.incident.id);
    });
    const after = (await loadCase(trx, before.incident.id, false)) as NonNullable<typeof before>;
    const today = todayUtc();
    // The audit records what was stored; the stall threshold is a reading, not a change.
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'case',
      entityId: before.incident.id,
      before: presentCase(before, today, Number.POSITIVE_INFINITY),
      after: presentCase(after, today, Number.POSITIVE_INFINITY),
    });
    return after;
  });
}

/** Checks that a violation and a source named in a change belong to the incident. */
async function checkOwnParts(
  trx: Db,
  incidentId: string,
  parts: { violationId?: string | null; sourceId?: string | null },
) {
  const details: ErrorDetail[] = [];
  if (parts.violationId && !(await findViolations(trx, incidentId)).some((v) => v.id === parts.violationId)) {
    details.push({ path: 'violationId', code: 'unknown_id' });
  }
  if (parts.sourceId && !(await findSources(trx, incidentId)).some((s) => s.id === parts.sourceId)) {
    details.push({ path: 'sourceId', code: 'unknown_id' });
  }
  if (details.length > 0) throw new AppError('unknown_code', 'Not a part of this incident', details);
}

/** Records that an actor took part (executor, organiser…), with their legal status now. */
export function addInvolvement(db: Db, who: Principal, incidentId: string, input: InvolvementInput) {
  const actor = authorize(who, 'cases.write');
  return changeCase(db, who, actor, incidentId, async (trx, incident) => {
    await checkOwnParts(trx, incident, input);
    let actorId = input.actorId;
    if (actorId && !(await findActor(trx, actorId, readerScope(who, 'write')))) {
      throw new AppError('unknown_code', 'The actor does not exist', [
        { path: 'actorId', code: 'unknown_id' },
      ]);
    }
    if (input.actor) actorId = (await createActor(trx, who, input.actor, 'actor.')).id;
    const row = await repo.insertInvolvement(trx, {
      incident_id: incident,
      violation_id: input.violationId,
      actor_id: actorId as string,
      role: input.role,
      headcount: input.headcount,
      legal_status: input.status,
      note: input.note,
    });
    await repo.insertInvolvementEvent(trx, {
      involvement_id: row.id,
      status: input.status,
      occurred_on: partialDateColumns(input.statusOn).day,
      source_id: input.sourceId,
      note: null,
    });
  });
}

/** Changes an involvement's role, headcount, violation or note. */
export async function updateInvolvement(db: Db, who: Principal, id: string, input: InvolvementUpdate) {
  const actor = authorize(who, 'cases.write');
  const missing = { code: 'involvement_not_found', what: 'Involvement', id };
  const existing = (await repo.findInvolvement(db, id)) ?? refuse(missing);
  return changeCase(
    db,
    who,
    actor,
    existing.incident_id,
    async (trx) => {
      await checkOwnParts(trx, existing.incident_id, input);
      const row = await repo.updateInvolvement(trx, id, input.version, {
        violation_id: input.violationId,
        role: input.role,
        headcount: input.headcount,
        note: input.note,
      });
      if (!row) throw versionConflict(existing.version);
    },
    missing,
  );
}

/** A dated change of an involved actor's legal status (identified, detained, convicted…). */
export async function changeLegalStatus(
  db: Db,
  who: Principal,
  involvementId: string,
  input: LegalStatusInput,
) {
  const actor = authorize(who, 'cases.write');
  const missing = { code: 'involvement_not_found', what: 'Involvement', id: involvementId };
  const existing = (await repo.findInvolvement(db, involvementId)) ?? refuse(missing);
  return changeCase(
    db,
    who,
    actor,
    existing.incident_id,
    async (trx) => {
      await checkOwnParts(trx, existing.incident_id, { sourceId: input.sourceId });
      await repo.insertInvolvementEvent(trx, {
        involvement_id: involvementId,
        status: input.status,
        occurred_on: partialDateColumns(input.on).day,
        source_id: input.sourceId,
        note: input.note,
      });
      await repo.syncLegalStatus(trx, involvementId);
    },
    missing,
  );
}

async function checkSubject(trx: Db, who: Principal, input: ProceedingInput) {
  if (input.kind === 'against_perpetrators' && input.subjectId) {
    throw new AppError('validation_failed', 'Only a case against a journalist has a subject', [
      { path: 'subjectId', code: 'not_allowed' },
    ]);
  }
  if (input.subjectId && !(await findPerson(trx, input.subjectId, readerScope(who, 'write')))) {
    throw new AppError('unknown_code', 'The person does not exist', [
      { path: 'subjectId', code: 'unknown_id' },
    ]);
  }
}

const proceedingValues = (input: ProceedingInput) => ({
  kind: input.kind,
  subject_id: input.subjectId,
  case_number: input.caseNumber,
  authority: input.authority,
  article: input.article,
  note: input.note,
});

/** Opens a legal track for the incident: against the perpetrators or against the journalist. */
export function addProceeding(db: Db, who: Principal, incidentId: string, input: ProceedingInput) {
  const actor = authorize(who, 'proceedings.write');
  return changeCase(db, who, actor, incidentId, async (trx, incident) => {
    await checkSubject(trx, who, input);
    await repo.insertProceeding(trx, { incident_id: incident, ...proceedingValues(input) });
  });
}

/** Updates a proceeding's case number, authority, article or note (send its version). */
export async function updateProceeding(db: Db, who: Principal, id: string, input: ProceedingInput) {
  const actor = authorize(who, 'proceedings.write');
  const missing = { code: 'proceeding_not_found', what: 'Proceeding', id };
  const existing = (await repo.findProceeding(db, id)) ?? refuse(missing);
  await gateIncident(db, who, existing.incident_id, { access: 'write', missing });
  if (input.kind !== existing.kind) {
    throw new AppError('validation_failed', 'A proceeding keeps its kind', [
      { path: 'kind', code: 'not_allowed' },
    ]);
  }
  return changeCase(
    db,
    who,
    actor,
    existing.incident_id,
    async (trx) => {
      await checkSubject(trx, who, input);
      if (input.version === undefined)
        throw new AppError('validation_failed', 'Send the version you read', [
          { path: 'version', code: 'required' },
        ]);
      const row = await repo.updateProceeding(trx, id, input.version, proceedingValues(input));
      if (!row) throw versionConflict(existing.version);
    },
    missing,
  );
}

function checkEventType(kind: string, type: ProceedingEventType) {
  const allowed: readonly string[] = kind === 'against_perpetrators' ? PERPETRATOR_EVENTS : JOURNALIST_EVENTS;
  if (!allowed.includes(type)) {
    throw new AppError('validation_failed', `A ${kind} proceeding has no event "${type}"`, [
      { path: 'type', code: 'not_allowed' },
    ]);
  }
}

const eventValues = (input: ProceedingEventInput) => {
  const { day, precision } = partialDateColumns(input.on);
  return {
    event_type: input.type,
    occurred_on: day,
    date_precision: precision,
    article: input.article,
    reason: input.reason,
    sentence: input.sentence,
    source_id: input.sourceId,
    note: input.note,
  };
};

/** An event, its proceeding and the 404 it answers, once its incident has passed the gate. */
async function gatedEvent(db: Db, who: Principal, eventId: string) {
  const missing = { code: 'event_not_found', what: 'Event', id: eventId };
  const event = (await repo.findProceedingEvent(db, eventId)) ?? refuse(missing);
  const proceeding = (await repo.findProceeding(db, event.proceeding_id)) ?? refuse(missing);
  await gateIncident(db, who, proceeding.incident_id, { access: 'write', missing });
  return { event, proceeding, missing };
}

/** Appends a dated event to a proceeding's log. */
export async function addProceedingEvent(
  db: Db,
  who: Principal,
  proceedingId: string,
  input: ProceedingEventInput,
) {
  const actor = authorize(who, 'proceedings.write');
  const missing = { code: 'proceeding_not_found', what: 'Proceeding', id: proceedingId };
  const proceeding = (await repo.findProceeding(db, proceedingId)) ?? refuse(missing);
  await gateIncident(db, who, proceeding.incident_id, { access: 'write', missing });
  checkEventType(proceeding.kind, input.type);
  return changeCase(
    db,
    who,
    actor,
    proceeding.incident_id,
    async (trx) => {
      await checkOwnParts(trx, proceeding.incident_id, { sourceId: input.sourceId });
      await repo.appendProceedingEvent(trx, { proceeding_id: proceedingId, ...eventValues(input) });
    },
    missing,
  );
}

/** Corrects an event in place; the audit log keeps what it said before. */
export async function correctProceedingEvent(
  db: Db,
  who: Principal,
  eventId: string,
  input: ProceedingEventInput,
) {
  const actor = authorize(who, 'proceedings.write');
  const { event, proceeding, missing } = await gatedEvent(db, who, eventId);
  checkEventType(proceeding.kind, input.type);
  if (input.version === undefined)
    throw new AppError('validation_failed', 'Send the version you read', [
      { path: 'version', code: 'required' },
    ]);
  return changeCase(
    db,
    who,
    actor,
    proceeding.incident_id,
    async (trx) => {
      await checkOwnParts(trx, proceeding.incident_id, { sourceId: input.sourceId });
      const row = await repo.updateProceedingEvent(trx, eventId, input.version as number, eventValues(input));
      if (!row) throw versionConflict(event.version);
    },
    missing,
  );
}

/** Retracts an event with a reason: it stays in the log, marked, and stops counting. */
export async function retractProceedingEvent(
  db: Db,
  who: Principal,
  eventId: string,
  input: { reason: string; version: number },
) {
  const actor = authorize(who, 'proceedings.write');
  const { event, proceeding, missing } = await gatedEvent(db, who, eventId);
  if (event.retracted_at)
    throw new AppError('version_conflict', 'The event is already retracted', [
      { path: 'version', code: 'stale' },
    ]);
  return changeCase(
    db,
    who,
    actor,
    proceeding.incident_id,
    async (trx) => {
      const row = await repo.updateProceedingEvent(trx, eventId, input.version, {
        retracted_at: new Date(),
        retraction_reason: input.reason,
      });
      if (!row) throw versionConflict(event.version);
    },
    missing,
  );
}

/** Sets or removes a manual accountability status; a set override needs a written reason. */
export function setOverride(db: Db, who: Principal, incidentId: string, input: OverrideInput) {
  const actor = authorize(who, 'accountability.override');
  return changeCase(db, who, actor, incidentId, async (trx, id) => {
    await repo.setAccountability(trx, id, {
      accountability_override: input.status,
      accountability_override_reason: input.status ? input.reason : null,
    });
  });
}
