import { workflowAction } from '../../../shared/audit/actions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { refreshAccountability } from '../cases/accountability.service.js';
import { moveFiles } from '../evidence/evidence.repo.js';
import { trackCells } from '../statistics/statistic-cells.repo.js';
import { authorizeIncidentWrite, checkPublishable } from './incident.access.js';
import { refreshDerived } from './incident.derived.js';
import { gateIncident } from './incident.gate.js';
import { findSources, lockIncidents, withholdSources } from './incident.repo.js';
import { auditDocument, loadView } from './incident.service.js';
import { isPublicRow } from './incident-scope.repo.js';
import * as repo from './workflow.repo.js';

export type Verification = 'reported' | 'verifying' | 'verified' | 'published' | 'rejected' | 'merged';

/**
 * The verification workflow: where an incident may go from each state. Merging is its own
 * action (it moves links and sources); a merged incident stays merged.
 */
export const TRANSITIONS: Record<Verification, readonly Verification[]> = {
  reported: ['verifying', 'verified', 'rejected'],
  verifying: ['reported', 'verified', 'rejected'],
  verified: ['verifying', 'published', 'rejected'],
  published: ['verified'],
  rejected: ['reported'],
  merged: [],
};

/** Rejecting and merging say why: the reason goes on the incident and so into its history. */
function requireReason(reason: string | null): string {
  const why = reason?.trim();
  if (!why) {
    throw new AppError('validation_failed', 'Say why', [{ path: 'reason', code: 'required' }]);
  }
  return why;
}

/** Every workflow action reaches its incident through the gate, as a write. */
const visibleIncident = (trx: Db, who: Principal, id: string) =>
  gateIncident(trx, who, id, { access: 'write' });

/**
 * Moves an incident along the workflow. Publishing also makes it public (a confidential incident
 * cannot be published); withdrawing a publication makes it restricted again.
 */
export function moveIncident(
  db: Db,
  who: Principal,
  id: string,
  to: Verification,
  version: number,
  reason: string | null = null,
) {
  authorize(who, 'incidents.write');
  const why = to === 'rejected' ? requireReason(reason) : null;
  return inTransaction(db, async (trx) => {
    await lockIncidents(trx, [id]);
    const row = await visibleIncident(trx, who, id);
    if (row.version !== version) throw versionConflict(row.version);
    if (!TRANSITIONS[row.verification].includes(to)) {
      throw new AppError('invalid_transition', `An incident cannot go from ${row.verification} to ${to}`, [
        { path: 'verification', code: `${row.verification}_to_${to}` },
      ]);
    }
    if (to === 'published' && row.visibility === 'confidential') {
      throw new AppError('invalid_transition', 'A confidential incident cannot be published', [
        { path: 'visibility', code: 'confidential' },
      ]);
    }
    const visibility =
      to === 'published' ? 'public' : row.verification === 'published' ? 'restricted' : row.visibility;
    const actor = authorizeIncidentWrite(who, row, { verification: to, visibility });
    checkPublishable(to, (await findSources(trx, row.id)).length);
    const before = await loadView(trx, row.id);
    await trackCells(trx, row.id, () =>
      repo.setState(trx, row.id, {
        verification: to,
        visibility,
        verification_reason: why,
        version: row.version + 1,
        updated_by: actor,
      }),
    );
    const after = await loadView(trx, row.id);
    await recordAudit(trx, {
      actor,
      action: workflowAction(row.verification, to),
      entityType: 'incident',
      entityId: row.id,
      before: auditDocument(before),
      after: auditDocument(after),
    });
    return after;
  });
}

/** Gives an incident to a person to work on, or takes it back (null). */
export function assignIncident(db: Db, who: Principal, id: string, accountId: string | null) {
  const actor = authorize(who, 'incidents.write');
  return inTransaction(db, async (trx) => {
    const row = await visibleIncident(trx, who, id);
    if (accountId && !(await repo.isActiveAccount(trx, accountId))) {
      throw new AppError('unknown_code', 'No such account', [{ path: 'accountId', code: 'unknown_id' }]);
    }
    await repo.assign(trx, row.id, accountId);
    await recordAudit(trx, {
      actor,
      action: accountId ? 'incident.assigned' : 'incident.unassigned',
      entityType: 'incident',
      entityId: row.id,
      before: { assignedTo: row.assigned_to },
      after: { assignedTo: accountId },
    });
    return { assignedTo: accountId };
  });
}

/** Internal comments: a conversation about the record, each with its author and time. */
export async function listComments(db: Db, who: Principal, id: string) {
  authorize(who, 'records.read');
  const row = await visibleIncident(db, who, id);
  const rows = await repo.listComments(db, row.id);
  return rows.map((r) => ({
    id: r.id,
    author: r.author,
    authorName: r.display_name ?? r.author,
    body: r.body,
    at: r.created_at.toISOString(),
  }));
}

export async function addComment(db: Db, who: Principal, id: string, body: string) {
  const author = authorize(who, 'records.read');
  const row = await visibleIncident(db, who, id);
  await inTransaction(db, async (trx) => {
    const commentId = await repo.insertComment(trx, { incident_id: row.id, author, body });
    await recordAudit(trx, {
      actor: author,
      action: 'comment.added',
      entityType: 'comment',
      entityId: row.id,
      before: null,
      after: { id: commentId, body },
    });
  });
  return listComments(db, who, row.id);
}

/**
 * Merges a duplicate into the incident it repeats, as one action: violations the target lacks,
 * sources it does not cite yet, involvements, proceedings, letters and statements, comments and
 * grants move to the target; the duplicate is marked merged and its reference leads there.
 */
export function mergeIncident(
  db: Db,
  who: Principal,
  duplicateId: string,
  targetId: string,
  version: number,
  reason: string | null,
) {
  const actor = authorize(who, 'incidents.verify');
  const why = requireReason(reason);
  return inTransaction(db, async (trx) => {
    await lockIncidents(trx, [duplicateId, targetId]);
    const dup = await visibleIncident(trx, who, duplicateId);
    const target = await visibleIncident(trx, who, targetId);
    if (dup.version !== version) throw versionConflict(dup.version);
    if (dup.id === target.id || dup.verification === 'merged' || target.verification === 'merged') {
      throw new AppError(
        'invalid_transition',
        'Merge an incident into another one that is not merged itself',
        [{ path: 'into', code: dup.id === target.id ? 'same_incident' : 'already_merged' }],
      );
    }
    // Violations and victims move with a merge and take the target's visibility: a confidential
    // record may only join another confidential one, or its victims would be shown to new readers.
    if (dup.visibility === 'confidential' && target.visibility !== 'confidential') {
      throw new AppError(
        'merge_would_disclose',
        'A confidential incident merges only into a confidential one',
        [{ path: 'into', code: 'merge_would_disclose' }],
      );
    }
    const [beforeDup, beforeTarget] = [await loadView(trx, dup.id), await loadView(trx, target.id)];
    await trackCells(trx, [dup.id, target.id], async () => {
      // What the public could not see in the duplicate stays so in the incident it repeats.
      const withhold = !isPublicRow(dup);
      if (withhold) await withholdSources(trx, dup.id);
      await repo.moveParts(trx, dup.id, target.id);
      await moveFiles(trx, dup.id, target.id, withhold);
      await repo.setState(trx, dup.id, {
        verification: 'merged',
        merged_into: target.id,
        verification_reason: why,
        version: dup.version + 1,
        updated_by: actor,
      });
      await repo.setState(trx, target.id, { version: target.version + 1, updated_by: actor });
      for (const id of [target.id, dup.id]) {
        await refreshDerived(trx, id);
        await refreshAccountability(trx, id);
      }
    });
    const [afterDup, afterTarget] = [await loadView(trx, dup.id), await loadView(trx, target.id)];
    await recordAudit(trx, {
      actor,
      action: 'incident.merged',
      entityType: 'incident',
      entityId: dup.id,
      before: { ...auditDocument(beforeDup), mergedInto: null },
      after: { ...auditDocument(afterDup), mergedInto: target.reference },
    });
    await recordAudit(trx, {
      actor,
      action: 'incident.duplicate_merged',
      entityType: 'incident',
      entityId: target.id,
      before: { ...auditDocument(beforeTarget), mergedFrom: null },
      after: { ...auditDocument(afterTarget), mergedFrom: dup.reference },
    });
    return afterTarget;
  });
}
