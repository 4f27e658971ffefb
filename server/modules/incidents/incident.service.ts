import { DEFAULT_STALLED_AFTER_DAYS } from '../../config.js';
import { type Db, inTransaction } from '../../db/database.js';
import { audienceOf, authorize, type Principal } from '../../http/auth.js';
import { AppError, type ErrorDetail, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { effectiveAccountability, todayUtc } from '../cases/accountability.effective.js';
import { findPeople } from '../people/person.repo.js';
import { createPerson } from '../people/person.service.js';
import { cellSource, moveCells, trackCells } from '../statistics/statistic-cells.repo.js';
import { authorizeIncidentWrite } from './incident.access.js';
import { loadParts, refreshDerived } from './incident.derived.js';
import { gateIncident, mergedTargetFor, readerScope } from './incident.gate.js';
import { type IncidentParts, presentIncident, presentPublicIncident } from './incident.presenter.js';
import * as repo from './incident.repo.js';
import type { IncidentInput, IncidentView } from './incident.schema.js';
import { checkIncidentReferences, dateColumns } from './incident.values.js';

/** The document as the audit log keeps it: victims by id only, so a person's edits are not repeated. */
export function auditDocument(view: IncidentView) {
  const { victims, ...rest } = view;
  return { ...rest, victims: victims.map((v) => v.personId) };
}

const mergeOnly = () =>
  new AppError('validation_failed', 'An incident becomes merged only through the merge action', [
    { path: 'verification', code: 'use_merge' },
  ]);

/** Resolves victim keys to person ids, creating the people the document brings along. */
async function resolveVictims(trx: Db, who: Principal, input: IncidentInput): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const existing = input.victims.flatMap((v) => ('personId' in v ? [v.personId] : []));
  const found = new Set((await findPeople(trx, existing, readerScope(who, 'write'))).map((p) => p.id));
  const details: ErrorDetail[] = input.victims.flatMap((v, i) =>
    'personId' in v && !found.has(v.personId) ? [{ path: `victims.${i}.personId`, code: 'unknown_id' }] : [],
  );
  if (details.length > 0) throw new AppError('unknown_code', 'Some victims do not exist', details);
  for (const [i, v] of input.victims.entries()) {
    ids.set(
      v.key,
      'personId' in v ? v.personId : (await createPerson(trx, who, v.person, `victims.${i}.person.`)).id,
    );
  }
  return ids;
}

/** Writes the incident's row-independent parts: violations, sources, derived columns. */
async function writeChildren(
  trx: Db,
  incidentId: string,
  input: IncidentInput,
  victims: Map<string, string>,
) {
  await repo.replaceChildren(
    trx,
    'violations',
    incidentId,
    input.violations.map((v, position) => ({
      id: v.id,
      victim_id: v.victim === null ? null : (victims.get(v.victim) ?? null),
      type_code: v.typeCode,
      description: JSON.stringify(v.description),
      position,
    })),
  );
  await repo.replaceChildren(
    trx,
    'sources',
    incidentId,
    input.sources.map((s, position) => ({
      id: s.id,
      source_type: s.type,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      language: s.language,
      published_on: s.publishedOn,
      reliability: s.reliability,
      captured_at: s.capturedAt,
      sha256: s.sha256,
      excerpt: s.excerpt,
      is_public: s.public,
      position,
    })),
  );
  await refreshDerived(trx, incidentId);
}

function rowValues(input: IncidentInput, region: string | null) {
  return {
    ...dateColumns(input.date),
    country: input.place.country,
    region_code: region,
    city_code: input.place.city,
    place_type: input.place.type,
    place_detail: JSON.stringify(input.place.detail),
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    original_language: input.originalLanguage,
    verification: input.verification,
    visibility: input.visibility,
    series_id: input.seriesId,
    internal_notes: input.internalNotes,
  };
}

export async function loadView(trx: Db, id: string): Promise<IncidentView> {
  const parts = (await loadParts(trx, id, false)) as IncidentParts;
  const { status, reason } = effectiveAccountability(parts.incident, todayUtc(), DEFAULT_STALLED_AFTER_DAYS);
  return { ...presentIncident(parts), accountability: { status, reason } };
}

/** Records a new incident with its victims, violations and sources, and gives it a reference. */
export function createIncident(db: Db, who: Principal, input: IncidentInput): Promise<IncidentView> {
  if (input.verification === 'merged') throw mergeOnly();
  const actor = authorizeIncidentWrite(who, null, input);
  return inTransaction(db, async (trx) => {
    if (
      input.version !== undefined ||
      input.violations.some((v) => v.id) ||
      input.sources.some((s) => s.id)
    ) {
      throw new AppError('validation_failed', 'A new incident has no version and no existing children', [
        { path: 'version', code: 'not_allowed' },
      ]);
    }
    const { region } = await checkIncidentReferences(trx, input);
    const victims = await resolveVictims(trx, who, input);
    const year = input.date ? Number(input.date.start.slice(0, 4)) : new Date().getUTCFullYear();
    const number = await repo.nextReferenceNumber(trx, input.place.country, year);
    const reference = `${input.place.country}-${year}-${String(number).padStart(4, '0')}`;
    const row = await repo.insertIncident(trx, {
      ...rowValues(input, region),
      reference,
      created_by: actor,
      updated_by: actor,
    });
    await writeChildren(trx, row.id, input, victims);
    await moveCells(trx, null, await cellSource(trx, row.id));
    const view = await loadView(trx, row.id);
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'incident',
      entityId: row.id,
      before: null,
      after: auditDocument(view),
    });
    return view;
  });
}

/** Replaces an incident's document; `version` must be the one the client read. */
export function updateIncident(
  db: Db,
  who: Principal,
  id: string,
  input: IncidentInput,
): Promise<IncidentView> {
  authorize(who, 'incidents.write');
  return inTransaction(db, async (trx) => {
    const existing = await gateIncident(trx, who, id, { access: 'write' });
    if (existing.verification === 'merged') {
      throw new AppError('incident_merged', 'This incident was merged into another; edit that one', [
        { path: 'verification', code: 'merged' },
      ]);
    }
    if (input.verification === 'merged') throw mergeOnly();
    const actor = authorizeIncidentWrite(who, existing, input);
    if (input.version === undefined) {
      throw new AppError('validation_failed', 'Send the version you read', [
        { path: 'version', code: 'required' },
      ]);
    }
    if (input.version !== existing.version) throw versionConflict(existing.version);
    await checkChildIds(trx, existing.id, input);
    const { region } = await checkIncidentReferences(trx, input);
    const before = await loadView(trx, existing.id);
    const victims = await resolveVictims(trx, who, input);
    const row = await trackCells(trx, existing.id, async () => {
      const updated = await repo.updateIncident(trx, existing.id, input.version as number, {
        ...rowValues(input, region),
        updated_by: actor,
      });
      if (!updated) throw versionConflict(existing.version);
      await writeChildren(trx, updated.id, input, victims);
      return updated;
    });
    const after = await loadView(trx, row.id);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'incident',
      entityId: row.id,
      before: auditDocument(before),
      after: auditDocument(after),
    });
    return after;
  });
}

async function checkChildIds(trx: Db, incidentId: string, input: IncidentInput): Promise<void> {
  const foreignViolations = await repo.foreignChildIds(
    trx,
    'violations',
    incidentId,
    input.violations.flatMap((v) => (v.id ? [v.id] : [])),
  );
  const foreignSources = await repo.foreignChildIds(
    trx,
    'sources',
    incidentId,
    input.sources.flatMap((s) => (s.id ? [s.id] : [])),
  );
  const details: ErrorDetail[] = [
    ...input.violations.flatMap((v, i) =>
      v.id && foreignViolations.has(v.id) ? [{ path: `violations.${i}.id`, code: 'unknown_id' }] : [],
    ),
    ...input.sources.flatMap((s, i) =>
      s.id && foreignSources.has(s.id) ? [{ path: `sources.${i}.id`, code: 'unknown_id' }] : [],
    ),
  ];
  if (details.length > 0)
    throw new AppError('unknown_code', 'Some ids are not children of this incident', details);
}

/** Deletes an incident and its violations and sources; the audit log keeps the last document. */
export function deleteIncident(db: Db, who: Principal, id: string, version: number): Promise<void> {
  const actor = authorize(who, 'incidents.delete');
  return inTransaction(db, async (trx) => {
    const existing = await gateIncident(trx, who, id, { access: 'write' });
    const duplicate = await repo.findMergedDuplicate(trx, existing.id);
    if (duplicate) {
      throw new AppError('still_referenced', `${duplicate.reference} was merged into this incident`, [
        { path: 'id', code: 'merged_duplicates' },
      ]);
    }
    const before = await loadView(trx, existing.id);
    const counted = await cellSource(trx, existing.id);
    if (!(await repo.deleteIncident(trx, existing.id, version))) throw versionConflict(existing.version);
    await moveCells(trx, counted, null);
    await recordAudit(trx, {
      actor,
      action: 'delete',
      entityType: 'incident',
      entityId: existing.id,
      before: auditDocument(before),
      after: null,
    });
  });
}

/** Reads one incident as this reader may see it: the public and public-audience tokens get the public view. */
export async function readIncident(
  db: Db,
  who: Principal,
  idOrReference: string,
  stalledAfterDays = DEFAULT_STALLED_AFTER_DAYS,
) {
  const audience = audienceOf(who);
  const incident = await gateIncident(db, who, idOrReference);
  const parts = await loadParts(db, incident.id, audience === 'public');
  if (!parts) throw notFound('incident_not_found', 'Incident', idOrReference);
  const view = audience === 'public' ? presentPublicIncident(parts) : presentIncident(parts);
  const { status, reason } = effectiveAccountability(parts.incident, todayUtc(), stalledAfterDays);
  return { ...view, accountability: { status, reason } };
}

/** Reads one incident, or says where a merged duplicate now leads (when the caller may follow it). */
export async function readOrMerged(db: Db, who: Principal, idOrReference: string, stalledAfterDays: number) {
  const mergedInto = await mergedTargetFor(db, who, idOrReference);
  if (mergedInto) return { mergedInto };
  return { incident: await readIncident(db, who, idOrReference, stalledAfterDays) };
}
