import type { StatisticRow, TotalRow } from './statistics.suppress.js';

/** part ÷ whole to three places; null when either is withheld or the whole is zero. */
export const ratio = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

const add = (...values: (number | null)[]) =>
  values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);

/**
 * The total, the cases with an outcome and the rates, from the printed figures only: a rate
 * computed from a withheld count would give that count away.
 */
export function accountabilityFigures(table: { rows: StatisticRow[]; totals: TotalRow[] }) {
  const n = (status: string) => {
    const row = table.rows.find((r) => r.key === status);
    return row ? row.incidents : 0;
  };
  const total = table.totals.find((t) => t.of === 'all')?.incidents ?? null;
  const [pending, unknown] = [n('pending'), n('unknown')];
  const rest = total === null || pending === null || unknown === null ? null : total - pending - unknown;
  const decided = add(n('impunity'), n('partial'), n('justice')) ?? rest;
  return {
    total,
    decided,
    impunityRate: ratio(n('impunity'), decided),
    justiceRate: ratio(n('justice'), decided),
  };
}
