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

type Json = Record<string, unknown> | unknown[];

function setPath(doc: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = doc as Record<string, unknown>;
  for (const [i, key] of keys.entries()) {
    if (i === keys.length - 1) {
      if (value === null && Array.isArray(node)) node.splice(Number(key), 1, null);
      else node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = /^\d+$/.test(keys[i + 1] ?? '') ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
}

/**
 * The incident document as it was after one audit event: the document recorded at creation, with
 * every later field change applied in order. The audit log is the only source, so any version can
 * be shown even after the record was changed many times or deleted.
 */
export function versionAfter(
  entries: HistoryEntry[],
  auditId: number,
  entity = 'incident',
): Record<string, unknown> | null {
  let doc: Record<string, unknown> | null = null;
  for (const entry of entries) {
    if (entry.entity !== entity) continue;
    for (const change of entry.changes) {
      if (change.path === '')
        doc = change.after === null ? null : structuredClone(change.after as Record<string, unknown>);
      else if (doc) setPath(doc, change.path, structuredClone(change.after));
    }
    if (entry.id === auditId) return doc;
  }
  return null;
}

/** A document as rows of `path: value`, for reading a version field by field. */
export function flatten(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, path ? `${path}.${i}` : String(i)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
  }
  return value === null || value === undefined || value === '' ? [] : [[path, String(value)]];
}
