import type { Permission } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { todayUtc } from '../cases/accountability.effective.js';
import { gateIncident, readerScope, visibleIncidentIds } from '../incidents/incident.gate.js';
import type { IncidentAudience } from '../incidents/incident-scope.repo.js';
import { presentIntervention } from './intervention.presenter.js';
import * as repo from './intervention.repo.js';
import type { InterventionInput } from './intervention.schema.js';

/**
 * Statements and alerts speak for the organisation (editors); letters, meetings, submissions and
 * legal aid are dealings with authorities, which lawyers do too.
 */
const PUBLIC_VOICE: ReadonlySet<string> = new Set(['statement', 'alert']);
export const kindPermission = (kind: string): Permission =>
  PUBLIC_VOICE.has(kind) ? 'statements.write' : 'letters.write';

const values = (input: InterventionInput) => ({
  kind: input.kind,
  issued_on: input.issuedOn,
  title: JSON.stringify(input.title),
  body: JSON.stringify(input.body),
  original_language: input.originalLanguage,
  issued_by: input.issuedBy,
  addressee: input.addressee,
  deadline: input.deadline,
  reply_status: input.replyStatus,
  reply_on: input.replyOn,
  reply_text: input.replyText,
  url: input.url,
  source_excerpt: input.sourceExcerpt,
  visibility: input.visibility,
});

/**
 * The incidents a write links, through the gate: an incident the caller may not see answers as one
 * that does not exist (422 `unknown_id`), and links to such incidents already there stay as they were.
 */
async function linkedIds(trx: Db, who: Principal, ids: string[], existing: string[]): Promise<string[]> {
  const visible = await visibleIncidentIds(trx, who, [...ids, ...existing], 'write');
  const kept = existing.filter((id) => !visible.has(id));
  const details = ids.flatMap((id, i) =>
    visible.has(id) || kept.includes(id) ? [] : [{ path: `incidentIds.${i}`, code: 'unknown_id' }],
  );
  if (details.length > 0) throw new AppError('unknown_code', 'Some incidents do not exist', details);
  return [...new Set([...ids, ...kept])];
}

/** The intervention as stored (`audience` null: every link, for the audit log) or as a reader sees it. */
async function view(trx: Db, id: string, audience: IncidentAudience | null) {
  const row = (await repo.findIntervention(trx, id, null)) as NonNullable<
    Awaited<ReturnType<typeof repo.findIntervention>>
  >;
  const incidents = (await repo.incidentIdsOf(trx, [id], audience)).get(id) ?? [];
  return presentIntervention(row, incidents, todayUtc(), 'internal');
}

/**
 * Interventions as this caller may see them, each with only the incidents it may see; one that
 * belongs only to incidents hidden from the caller is not listed. Filtering by an incident the
 * caller may not see answers 404, as for an incident that does not exist.
 */
export async function listInterventionsFor(
  db: Db,
  who: Principal,
  f: { incidentId?: string | undefined; kind?: string | undefined; overdue?: boolean },
) {
  const audience = readerScope(who);
  if (f.incidentId) f = { ...f, incidentId: (await gateIncident(db, who, f.incidentId)).id };
  const rows = await repo.listInterventions(db, { ...f, audience });
  const links = await repo.incidentIdsOf(
    db,
    rows.map((r) => r.id),
    audience,
  );
  return rows.map((row) => ({ row, incidentIds: links.get(row.id) ?? [] }));
}

/** One intervention as this caller may see it, or 404 `intervention_not_found`. */
export async function findInterventionFor(db: Db, who: Principal, id: string) {
  const audience = readerScope(who);
  const row = await repo.findIntervention(db, id, audience);
  if (!row) throw notFound('intervention_not_found', 'Intervention', id);
  const incidentIds = (await repo.incidentIdsOf(db, [id], audience)).get(id) ?? [];
  return { row, incidentIds, audience: audience.publicOnly ? ('public' as const) : ('internal' as const) };
}

/** Records a statement, alert, letter or other step the organisation took. */
export function createIntervention(db: Db, who: Principal, input: InterventionInput) {
  const actor = authorize(who, kindPermission(input.kind));
  return inTransaction(db, async (trx) => {
    if (input.version !== undefined) {
      throw new AppError('validation_failed', 'A new intervention has no version', [
        { path: 'version', code: 'not_allowed' },
      ]);
    }
    const incidentIds = await linkedIds(trx, who, input.incidentIds, []);
    const row = await repo.insertIntervention(trx, values(input));
    await repo.setIncidents(trx, row.id, incidentIds);
    const after = await view(trx, row.id, null);
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'intervention',
      entityId: row.id,
      before: null,
      after,
    });
    return view(trx, row.id, readerScope(who));
  });
}

/** Updates an intervention, e.g. when the authority replies (send the version you read). */
export function updateIntervention(db: Db, who: Principal, id: string, input: InterventionInput) {
  const actor = authorize(who, kindPermission(input.kind));
  return inTransaction(db, async (trx) => {
    const existing = await repo.findIntervention(trx, id, readerScope(who));
    if (!existing) throw notFound('intervention_not_found', 'Intervention', id);
    // Turning a letter into a statement (or back) needs the right to both.
    authorize(who, kindPermission(existing.kind));
    if (input.version === undefined) {
      throw new AppError('validation_failed', 'Send the version you read', [
        { path: 'version', code: 'required' },
      ]);
    }
    const before = await view(trx, id, null);
    const incidentIds = await linkedIds(trx, who, input.incidentIds, before.incidentIds);
    if (!(await repo.updateIntervention(trx, id, input.version, values(input))))
      throw versionConflict(existing.version);
    await repo.setIncidents(trx, id, incidentIds);
    const after = await view(trx, id, null);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'intervention',
      entityId: id,
      before,
      after,
    });
    return view(trx, id, readerScope(who));
  });
}
