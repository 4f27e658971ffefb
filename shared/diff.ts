/** One changed leaf of a JSON document, as shown in a record's history. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Field-level differences between two JSON-like documents. Objects are compared key by key;
 * arrays element by element (an element added or removed shows as one change at its index).
 */
export function diffDocuments(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => diffDocuments(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    const changes: FieldChange[] = [];
    for (let i = 0; i < length; i++) changes.push(...diffDocuments(before[i], after[i], `${path}.${i}`));
    return changes;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, before: before ?? null, after: after ?? null }];
}
