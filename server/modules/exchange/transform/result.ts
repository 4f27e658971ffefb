/**
 * What a transformation gives back: the value it made, or a refusal with a stable code (for the
 * import report and its translations) and a message that names the value. Never a silent default.
 */
export type Transformed<T> = { ok: true; value: T } | Refusal;

/**
 * `code` is stable and names the message shown to people (shared/i18n/exchange.*.ts,
 * `ex.refused.<code>`, filled with the cell's value and `details`); `reason` is the same in English
 * for logs of the report file and the command line.
 */
export interface Refusal {
  ok: false;
  code: string;
  reason: string;
  details?: Record<string, string>;
}

export const accept = <T>(value: T): Transformed<T> => ({ ok: true, value });

export const refuse = (code: string, reason: string, details?: Record<string, string>): Refusal =>
  details ? { ok: false, code, reason, details } : { ok: false, code, reason };

/** A value quoted for a message, cut short so a long cell cannot flood the report. */
export function quoted(value: string): string {
  const cut = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(cut);
}
