/**
 * What a transformation gives back: the value it made, or a refusal with a stable code (for the
 * import report and its translations) and a message that names the value. Never a silent default.
 */
export type Transformed<T> = { ok: true; value: T } | { ok: false; code: string; reason: string };

export const accept = <T>(value: T): Transformed<T> => ({ ok: true, value });

export const refuse = (code: string, reason: string): Transformed<never> => ({ ok: false, code, reason });

/** A value quoted for a message, cut short so a long cell cannot flood the report. */
export function quoted(value: string): string {
  const cut = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(cut);
}
