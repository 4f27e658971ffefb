import { complementarySuppression, type Figure } from './statistics.protect.js';
import type { CountRow } from './statistics.repo.js';

/** Counts of public incidents above zero and below this are withheld from the public. */
export const MIN_PUBLIC_COUNT = 3;

export interface StatisticRow {
  period: string | null;
  key: string | null;
  incidents: number | null;
  victims: number | null;
  /** True when the count was withheld from a public reader. */
  suppressed: boolean;
}

/** A printed total: of one period over every key, of one key over every period, or of all. */
export interface TotalRow extends StatisticRow {
  of: 'period' | 'key' | 'all';
}

/**
 * Which totals a table prints. `both`: the key has one value per incident (region, accountability
 * status), so totals per period, per key and overall add up. `key`: an incident may count under
 * several keys (types, roles), so only each key's total over the periods adds up. `none`: none.
 */
export type Margins = 'both' | 'key' | 'none';

const TOTAL_COST = 1_000_000;

/**
 * Larger tables print no totals: with none printed nothing can be subtracted, and finding the
 * complements of thousands of small counts would cost seconds per request.
 */
export const MAX_TOTALLED_CELLS = 300;

function figuresOf(rows: CountRow[], margins: Margins) {
  const periods = [...new Set(rows.map((r) => r.period))];
  const keys = [...new Set(rows.map((r) => r.key))];
  const twoWay = periods.some((p) => p !== null);
  const sum = (pick: (r: CountRow) => boolean) => rows.filter(pick).reduce((s, r) => s + r.incidents, 0);
  const figures: Figure[] = rows.map((r, i) => ({
    id: `c${i}`,
    value: r.incidents,
    printed: true,
    terms: twoWay
      ? [
          { eq: `p:${r.period}`, sign: 1 },
          { eq: `k:${r.key}`, sign: 1 },
        ]
      : [{ eq: 'all', sign: 1 }],
  }));
  const total = (id: string, value: number, printed: boolean, terms: Figure['terms']) =>
    figures.push({ id, value, printed, terms, cost: TOTAL_COST + value });
  if (!twoWay) {
    total(
      'all',
      sum(() => true),
      margins === 'both',
      [{ eq: 'all', sign: -1 }],
    );
    return { figures, periods: [], keys: [] };
  }
  periods.forEach((p, i) => {
    total(
      `p${i}`,
      sum((r) => r.period === p),
      margins === 'both',
      [
        { eq: `p:${p}`, sign: -1 },
        { eq: 'k:*', sign: 1 },
      ],
    );
  });
  keys.forEach((k, i) => {
    total(
      `k${i}`,
      sum((r) => r.key === k),
      margins !== 'none',
      [
        { eq: `k:${k}`, sign: -1 },
        { eq: 'p:*', sign: 1 },
      ],
    );
  });
  total(
    'all',
    sum(() => true),
    margins === 'both',
    [
      { eq: 'p:*', sign: -1 },
      { eq: 'k:*', sign: -1 },
    ],
  );
  return { figures, periods, keys };
}

/** With no totals printed, each small count lies on a path with its own (unprinted) totals. */
function withheldOf(figures: Figure[], printed: Margins): Set<string> {
  if (printed !== 'none') return complementarySuppression(figures, MIN_PUBLIC_COUNT);
  return new Set(
    figures.filter((f) => f.printed && f.value > 0 && f.value < MIN_PUBLIC_COUNT).map((f) => f.id),
  );
}

/**
 * Turns counted rows into the rows and totals a reader sees. Internal readers see every count. A
 * public reader does not see a count of one or two, nor the other counts or totals that would let
 * it be worked out by subtraction (see docs/METHODOLOGY.md); a withheld row tells no victims.
 */
export function presentTable(
  rows: CountRow[],
  audience: 'internal' | 'public',
  margins: Margins = 'none',
): { rows: StatisticRow[]; totals: TotalRow[] } {
  const printed = rows.length > MAX_TOTALLED_CELLS ? 'none' : margins;
  const { figures, periods, keys } = figuresOf(rows, printed);
  const withheld = audience === 'public' ? withheldOf(figures, printed) : new Set<string>();
  const show = (f: Figure, victims: number | null = null) => {
    const hide = withheld.has(f.id);
    const fewVictims = audience === 'public' && victims !== null && victims > 0 && victims < MIN_PUBLIC_COUNT;
    return {
      incidents: hide ? null : f.value,
      victims: hide || fewVictims ? null : victims,
      suppressed: hide,
    };
  };
  const byId = new Map(figures.map((f) => [f.id, f]));
  const figure = (id: string) => byId.get(id) as Figure;
  const totals: TotalRow[] = [];
  periods.forEach((period, i) => {
    if (printed === 'both') totals.push({ of: 'period', period, key: null, ...show(figure(`p${i}`)) });
  });
  keys.forEach((key, i) => {
    if (printed !== 'none') totals.push({ of: 'key', period: null, key, ...show(figure(`k${i}`)) });
  });
  if (printed === 'both') totals.push({ of: 'all', period: null, key: null, ...show(figure('all')) });
  return {
    rows: rows.map((r, i) => ({ period: r.period, key: r.key, ...show(figure(`c${i}`), r.victims) })),
    totals,
  };
}

/** A single figure (not part of any table): withheld from the public when above zero and small. */
export function presentFigure(value: number, audience: 'internal' | 'public'): number | null {
  return audience === 'public' && value > 0 && value < MIN_PUBLIC_COUNT ? null : value;
}
