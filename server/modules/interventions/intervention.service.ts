import type { Permission } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { todayUtc } from '../cases/accountability.effective.js';
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

async function checkIncidents(trx: Db, ids: string[]) {
  const found = await repo.existingIncidentIds(trx, ids);
  const details = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `incidentIds.${i}`, code: 'unknown_id' }],
  );
  if (details.length > 0) throw new AppError('unknown_code', 'Some incidents do not exist', details);
}

async function view(trx: Db, id: string) {
  const row = (await repo.findIntervention(trx, id, false)) as NonNullable<
    Awaited<ReturnType<typeof repo.findIntervention>>
  >;
  const incidents = (await repo.incidentIdsOf(trx, [id], false)).get(id) ?? [];
  return presentIntervention(row, incidents, todayUtc(), 'internal');
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
    await checkIncidents(trx, input.incidentIds);
    const row = await repo.insertIntervention(trx, values(input));
    await repo.setIncidents(trx, row.id, input.incidentIds);
    const after = await view(trx, row.id);
    await recordAudit(trx, {
      actor,
      action: 'intervention.created',
      entityType: 'intervention',
      entityId: row.id,
      before: null,
      after,
    });
    return after;
  });
}

/** Updates an intervention, e.g. when the authority replies (send the version you read). */
export function updateIntervention(db: Db, who: Principal, id: string, input: InterventionInput) {
  const actor = authorize(who, kindPermission(input.kind));
  return inTransaction(db, async (trx) => {
    const existing = await repo.findIntervention(trx, id, false);
    if (!existing) throw notFound('intervention_not_found', 'Intervention', id);
    // Turning a letter into a statement (or back) needs the right to both.
    authorize(who, kindPermission(existing.kind));
    if (input.version === undefined) {
      throw new AppError('validation_failed', 'Send the version you read', [
        { path: 'version', code: 'required' },
      ]);
    }
    await checkIncidents(trx, input.incidentIds);
    const before = await view(trx, id);
    if (!(await repo.updateIntervention(trx, id, input.version, values(input))))
      throw versionConflict(existing.version);
    await repo.setIncidents(trx, id, input.incidentIds);
    const after = await view(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'intervention.updated',
      entityType: 'intervention',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
