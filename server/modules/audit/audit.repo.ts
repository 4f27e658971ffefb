import { sql } from 'kysely';
import type { AuditAction } from '../../../shared/audit/actions.js';
import { diffDocuments, type FieldChange } from '../../../shared/diff.js';
import type { Db } from '../../db/database.js';

export type { AuditAction } from '../../../shared/audit/actions.js';

/** What one write did to one record. Written in the same transaction as the write itself. */
export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/**
 * Records who changed which record and how, as a field-level diff of the two documents. The
 * database's insert trigger chains the event: it waits for the chain head, so concurrent writers
 * take turns from here until they commit.
 */
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

/**
 * A record's history, oldest first; several entity types can share one id (an incident and its
 * case). Each event says whether it is intact: its hash still matches its content, and it is
 * linked to the events before and after it in the chain (or to the head, when it is the last).
 */
export async function listAudit(db: Db, entityType: string | string[], entityId: string) {
  // The actor is an account id (or a system name); the account's username is shown beside it.
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('accounts', (join) => join.on(sql`accounts.id::text`, '=', sql.ref('audit_events.actor')))
    .leftJoin('audit_events as prior', (join) => join.on(sql`prior.seq`, '=', sql`audit_events.seq - 1`))
    .leftJoin('audit_events as following', (join) =>
      join.on(sql`following.seq`, '=', sql`audit_events.seq + 1`),
    )
    .crossJoin('audit_chain_head as head')
    .select([
      'audit_events.id',
      'audit_events.occurred_at',
      'audit_events.actor',
      'audit_events.action',
      'audit_events.entity_type',
      'audit_events.changes',
      'accounts.username',
      'accounts.display_name',
      sql<boolean>`coalesce(
        audit_event_hash(audit_events.prev_hash, audit_events) = audit_events.hash
        AND (prior.hash = audit_events.prev_hash
          OR (audit_events.seq = 1 AND audit_events.prev_hash = repeat('0', 64)))
        AND (following.prev_hash = audit_events.hash
          OR (following.seq IS NULL AND head.last_seq = audit_events.seq AND head.last_hash = audit_events.hash)),
        false)`.as('intact'),
    ])
    .where('audit_events.entity_type', 'in', Array.isArray(entityType) ? entityType : [entityType])
    .where('audit_events.entity_id', '=', entityId)
    .orderBy('audit_events.seq')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.occurred_at).toISOString(),
    actor: r.actor,
    actorName: r.display_name ?? r.actor,
    actorUsername: r.username ?? null,
    action: r.action,
    entity: r.entity_type,
    changes: r.changes as FieldChange[],
    intact: r.intact,
  }));
}
