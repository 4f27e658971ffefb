import type { AuditAction } from '../../../shared/audit/actions.js';
import type { FieldChange } from '../../../shared/diff.js';

export interface HistoryEntry {
  id: number;
  at: string;
  action: AuditAction;
  entity: string;
  actorName: string;
  changes: FieldChange[];
  /** The event still matches its hash and its neighbours in the audit chain. */
  intact: boolean;
}
