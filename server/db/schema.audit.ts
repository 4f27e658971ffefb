import type { ColumnType, Generated } from 'kysely';
import type { AuditAction } from '../../shared/audit/actions.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Set by the chain trigger on insert, whatever the writer sends; never updated. */
type Sealed<T> = ColumnType<T, never, never>;

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor: string;
  action: AuditAction;
  entity_type: string;
  entity_id: string;
  changes: ColumnType<unknown, string, string>;
  seq: Sealed<number>;
  prev_hash: Sealed<string>;
  hash: Sealed<string>;
}

export interface AuditChainHeadTable {
  id: Generated<boolean>;
  last_seq: number;
  last_hash: string;
}

export interface AuditVerificationsTable {
  id: Generated<number>;
  checked_at: Timestamp;
  events: number;
  intact: boolean;
  broken_event_id: number | null;
  problem: string | null;
}

export interface AuditTables {
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  audit_verifications: AuditVerificationsTable;
}
