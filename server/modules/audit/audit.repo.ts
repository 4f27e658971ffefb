import { diffDocuments, type FieldChange } from '../../../shared/diff.js';
import type { Db } from '../../db/database.js';

export type AuditAction = 'create' | 'update' | 'delete';

/** What one write did to one record. Written in the same transaction as the write itself. */
export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Records who changed which record and how, as a field-level diff of the two documents. */
export async function recordAudit(trx: Db, entry: AuditEntry): Promise<void> {
  const changes: FieldChange[] = diffDocuments(entry.before ?? null, entry.after ?? null);
  await trx
    .insertInto('audit_events')
    .values({
      actor: entry.actor,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      changes: JSON.stringify(changes),
    })
    .execute();
}

/** A record's history, oldest first; several entity types can share one id (an incident and its case). */
export async function listAudit(db: Db, entityType: string | string[], entityId: string) {
  const rows = await db
    .selectFrom('audit_events')
    .select(['id', 'occurred_at', 'actor', 'action', 'entity_type', 'changes'])
    .where('entity_type', 'in', Array.isArray(entityType) ? entityType : [entityType])
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.occurred_at).toISOString(),
    actor: r.actor,
    action: r.action,
    entity: r.entity_type,
    changes: r.changes as unknown as FieldChange[],
  }));
}
