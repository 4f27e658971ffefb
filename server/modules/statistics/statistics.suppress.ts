import type { CountRow } from './statistics.repo.js';

/** Counts below this that include a non-public incident are not shown to the public. */
export const MIN_PUBLIC_COUNT = 3;

export interface StatisticRow {
  period: string | null;
  key: string | null;
  incidents: number | null;
  victims: number | null;
  /** True when the count was withheld from a public reader. */
  suppressed: boolean;
}

/**
 * Turns counted rows into the rows a reader sees. A public reader does not see a count of one or
 * two when a non-public incident is among them: with so few, the cell could point to a victim
 * whose record is confidential. Internal readers see every count.
 */
export function presentRows(rows: CountRow[], audience: 'internal' | 'public'): StatisticRow[] {
  return rows.map((r) => {
    const hide =
      audience === 'public' && r.incidents > 0 && r.incidents < MIN_PUBLIC_COUNT && r.non_public > 0;
    return {
      period: r.period,
      key: r.key,
      incidents: hide ? null : r.incidents,
      victims: hide ? null : r.victims,
      suppressed: hide,
    };
  });
}
