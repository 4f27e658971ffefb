import { sql } from 'kysely';
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
  // The actor is an account id (or a system name); the account's username is shown beside it.
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('accounts', (join) => join.on(sql`accounts.id::text`, '=', sql.ref('audit_events.actor')))
    .select([
      'audit_events.id',
      'audit_events.occurred_at',
      'audit_events.actor',
      'audit_events.action',
      'audit_events.entity_type',
      'audit_events.changes',
      'accounts.username',
      'accounts.display_name',
    ])
    .where('audit_events.entity_type', 'in', Array.isArray(entityType) ? entityType : [entityType])
    .where('audit_events.entity_id', '=', entityId)
    .orderBy('audit_events.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.occurred_at).toISOString(),
    actor: r.actor,
    actorName: r.display_name ?? r.actor,
    actorUsername: r.username ?? null,
    action: r.action,
    entity: r.entity_type,
    changes: r.changes as unknown as FieldChange[],
  }));
}
