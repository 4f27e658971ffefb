import { sql } from 'kysely';
import { workflowAction } from '../../../shared/audit/actions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { refreshAccountability } from '../cases/accountability.service.js';
import { trackCells } from '../statistics/statistic-cells.repo.js';
import { authorizeIncidentWrite, mayRead } from './incident.access.js';
import { refreshDerived } from './incident.derived.js';
import { findIncident } from './incident.repo.js';
import { auditDocument, loadView } from './incident.service.js';

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

async function visibleIncident(trx: Db, who: Principal, id: string) {
  const row = await findIncident(trx, id, false);
  if (!row || !(await mayRead(trx, who, row))) throw notFound('incident_not_found', 'Incident', id);
  return row;
}

/**
 * Moves an incident along the workflow. Publishing also makes it public (a confidential incident
 * cannot be published); withdrawing a publication makes it restricted again.
 */
export function moveIncident(db: Db, who: Principal, id: string, to: Verification, version: number) {
  authorize(who, 'incidents.write');
  return inTransaction(db, async (trx) => {
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
    const before = await loadView(trx, row.id);
    await trackCells(trx, row.id, () =>
      trx
        .updateTable('incidents')
        .set({
          verification: to,
          visibility,
          version: row.version + 1,
          updated_by: actor,
          updated_at: sql`now()`,
        })
        .where('id', '=', row.id)
        .execute(),
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
    if (accountId) {
      const account = await trx
        .selectFrom('accounts')
        .select('id')
        .where('id', '=', accountId)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      if (!account)
        throw new AppError('unknown_code', 'No such account', [{ path: 'accountId', code: 'unknown_id' }]);
    }
    await trx.updateTable('incidents').set({ assigned_to: accountId }).where('id', '=', row.id).execute();
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
  const rows = await db
    .selectFrom('incident_comments')
    .leftJoin('accounts', (join) => join.on(sql`accounts.id::text`, '=', sql.ref('incident_comments.author')))
    .select([
      'incident_comments.id',
      'incident_comments.author',
      'incident_comments.body',
      'incident_comments.created_at',
      'accounts.display_name',
    ])
    .where('incident_comments.incident_id', '=', row.id)
    .orderBy('incident_comments.created_at')
    .execute();
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
    const comment = await trx
      .insertInto('incident_comments')
      .values({ incident_id: row.id, author, body })
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = { id: comment.id, body };
    await recordAudit(trx, {
      actor: author,
      action: 'comment.added',
      entityType: 'comment',
      entityId: row.id,
      before: null,
      after,
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
) {
  const actor = authorize(who, 'incidents.verify');
  return inTransaction(db, async (trx) => {
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
    const [beforeDup, beforeTarget] = [await loadView(trx, dup.id), await loadView(trx, target.id)];
    await trackCells(trx, dup.id, () => trackCells(trx, target.id, () => moveParts(trx, dup.id, target.id)));
    await trackCells(trx, dup.id, () =>
      trx
        .updateTable('incidents')
        .set({
          verification: 'merged',
          merged_into: target.id,
          version: dup.version + 1,
          updated_by: actor,
          updated_at: sql`now()`,
        })
        .where('id', '=', dup.id)
        .execute(),
    );
    await trackCells(trx, target.id, async () => {
      await trx
        .updateTable('incidents')
        .set({ version: target.version + 1, updated_by: actor, updated_at: sql`now()` })
        .where('id', '=', target.id)
        .execute();
      await refreshDerived(trx, target.id);
      await refreshAccountability(trx, target.id);
    });
    await refreshDerived(trx, dup.id);
    await refreshAccountability(trx, dup.id);
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

async function moveParts(trx: Db, from: string, to: string): Promise<void> {
  // Violations: those the target does not record yet (same type against the same victim).
  await sql`UPDATE violations v SET incident_id = ${to},
      position = v.position + (SELECT coalesce(max(position) + 1, 0) FROM violations WHERE incident_id = ${to})
    WHERE v.incident_id = ${from} AND NOT EXISTS (
      SELECT 1 FROM violations t WHERE t.incident_id = ${to} AND t.type_code = v.type_code
        AND t.victim_id IS NOT DISTINCT FROM v.victim_id)`.execute(trx);
  // Sources: those the target does not cite yet (same address or same file).
  await sql`UPDATE sources s SET incident_id = ${to},
      position = s.position + (SELECT coalesce(max(position) + 1, 0) FROM sources WHERE incident_id = ${to})
    WHERE s.incident_id = ${from} AND NOT EXISTS (
      SELECT 1 FROM sources t WHERE t.incident_id = ${to}
        AND ((s.url IS NOT NULL AND t.url = s.url) OR (s.sha256 IS NOT NULL AND t.sha256 = s.sha256)))`.execute(
    trx,
  );
  // Involvements keep their violation only if it moved too.
  await sql`UPDATE involvements i SET incident_id = ${to},
      violation_id = CASE WHEN EXISTS (SELECT 1 FROM violations v WHERE v.id = i.violation_id AND v.incident_id = ${to})
        THEN i.violation_id ELSE NULL END
    WHERE i.incident_id = ${from}`.execute(trx);
  await sql`UPDATE proceedings SET incident_id = ${to} WHERE incident_id = ${from}`.execute(trx);
  await sql`INSERT INTO intervention_incidents (intervention_id, incident_id)
    SELECT intervention_id, ${to} FROM intervention_incidents WHERE incident_id = ${from}
    ON CONFLICT DO NOTHING`.execute(trx);
  await sql`DELETE FROM intervention_incidents WHERE incident_id = ${from}`.execute(trx);
  await sql`UPDATE incident_comments SET incident_id = ${to} WHERE incident_id = ${from}`.execute(trx);
  await sql`INSERT INTO incident_grants (incident_id, account_id, role, granted_by)
    SELECT ${to}, account_id, role, granted_by FROM incident_grants WHERE incident_id = ${from}
    ON CONFLICT DO NOTHING`.execute(trx);
}
