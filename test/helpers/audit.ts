import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../server/db/schema.js';

/**
 * Runs `tamper` as the database owner with triggers off (`session_replication_role = replica`),
 * the way someone with direct database access would rewrite the audit log.
 */
export function asDatabaseOwner<T>(db: Kysely<Database>, tamper: (trx: Transaction<Database>) => Promise<T>) {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    return tamper(trx);
  });
}

/** Every stored column of one audit event, to put it back exactly as it was after a tamper test. */
export async function auditRow(db: Kysely<Database>, id: number) {
  const result = await sql<
    Record<string, unknown>
  >`SELECT *, occurred_at::text AS at_text FROM audit_events WHERE id = ${id}`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error(`no audit event ${id}`);
  return row;
}

/** Puts a removed event back, with its own id, time and hashes. */
export async function restoreAuditRow(trx: Transaction<Database>, row: Record<string, unknown>) {
  await sql`INSERT INTO audit_events
      (id, occurred_at, actor, action, entity_type, entity_id, changes, seq, prev_hash, hash)
    OVERRIDING SYSTEM VALUE VALUES (${row.id}, ${row.at_text}::timestamptz, ${row.actor}, ${row.action},
      ${row.entity_type}, ${row.entity_id}, ${JSON.stringify(row.changes)}, ${row.seq}, ${row.prev_hash},
      ${row.hash})`.execute(trx);
}
