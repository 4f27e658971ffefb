import assert from 'node:assert/strict';
import type { CountRow } from '../../server/modules/statistics/statistics.repo.js';
import {
  MIN_PUBLIC_COUNT,
  type StatisticRow,
  type TotalRow,
} from '../../server/modules/statistics/statistics.suppress.js';

/** A statistic's answer: its rows and totals as printed. */
export interface Shown {
  rows: StatisticRow[];
  totals: TotalRow[];
}

/*
 * The reader's side, written apart from the suppression itself: a table as a grid with its totals
 * (row "+" holds the totals per key, column "+" the totals per period), what is printed, and a
 * search for a second table that prints the same and differs in a withheld figure.
 */

const TOTAL = '+';
type Grid = Map<string, number>;
const at = (r: string, c: string) => `${r}\u0000${c}`;

interface Published {
  rows: string[];
  cols: string[];
  value: Grid;
  /** What the reader sees: a number, or nothing (withheld or not printed). */
  printed: Map<string, number | null>;
  /** The figures printed as withheld. */
  withheld: string[];
}

/** The true table with its totals (in a one-way table, the total is the row's). */
function trueGrid(rows: CountRow[], rowNames: string[], colNames: string[], twoWay: boolean): Grid {
  const value: Grid = new Map();
  for (const r of twoWay ? [...rowNames, TOTAL] : rowNames)
    for (const c of [...colNames, TOTAL]) value.set(at(r, c), 0);
  const add = (cell: string, n: number) => {
    if (value.has(cell)) value.set(cell, (value.get(cell) ?? 0) + n);
  };
  for (const r of rows) {
    const [p, k] = [String(r.period), String(r.key)];
    for (const cell of [at(p, k), at(p, TOTAL), at(TOTAL, k), at(TOTAL, TOTAL)]) add(cell, r.incidents);
  }
  return value;
}

function publish(rows: CountRow[], shown: Shown, twoWay: boolean): Published {
  const rowNames = [...new Set(rows.map((r) => String(r.period)))];
  const colNames = [...new Set(rows.map((r) => String(r.key)))];
  const value = trueGrid(rows, rowNames, colNames, twoWay);
  // Cells not listed are zero, and the reader knows it; the rest is unknown until printed.
  const printed = new Map([...value].map(([k, v]) => [k, v === 0 ? 0 : null]));
  const withheld: string[] = [];
  const print = (cell: string, n: number | null) => {
    printed.set(cell, n);
    if (n === null) withheld.push(cell);
  };
  for (const r of shown.rows) print(at(String(r.period), String(r.key)), r.incidents);
  for (const t of shown.totals) {
    if (t.of === 'all') print(twoWay ? at(TOTAL, TOTAL) : at(rowNames[0] as string, TOTAL), t.incidents);
    else print(t.of === 'period' ? at(String(t.period), TOTAL) : at(TOTAL, String(t.key)), t.incidents);
  }
  return { rows: rowNames, cols: colNames, value, printed, withheld };
}

/** The reader's equations: every row and every column of the grid adds up to its total. */
function lines(p: Published, twoWay: boolean): string[][] {
  if (!twoWay) return [[...p.cols.map((c) => at(p.rows[0] as string, c)), at(p.rows[0] as string, TOTAL)]];
  const rows = [...p.rows, TOTAL].map((r) => [...p.cols, TOTAL].map((c) => at(r, c)));
  const cols = [...p.cols, TOTAL].map((c) => [...p.rows, TOTAL].map((r) => at(r, c)));
  return [...rows, ...cols];
}

/**
 * A second table the reader cannot tell apart from the true one, differing in `target`: moves of
 * one along a closed path of unknown figures that keep every line adding up, taking no withheld
 * figure below one. Returns it, or null when none was found.
 */
function lookalike(p: Published, target: string, twoWay: boolean): Grid | null {
  const cells = [...p.value.keys()].filter((cell) => p.printed.get(cell) === null);
  const order = new Map(cells.map((c, i) => [c, i]));
  // Each equation is checked as soon as its last unknown figure has been given a change.
  const closing = new Map<number, string[][]>();
  for (const line of lines(p, twoWay)) {
    const last = Math.max(-1, ...line.map((c) => order.get(c) ?? -1));
    if (last >= 0) closing.set(last, [...(closing.get(last) ?? []), line]);
  }
  const change = new Map<string, number>();
  const balanced = (line: string[]) =>
    line.slice(0, -1).reduce((s, c) => s + (change.get(c) ?? 0), 0) ===
    (change.get(line[line.length - 1] as string) ?? 0);
  const floor = (cell: string) => ((p.value.get(cell) ?? 0) > 0 ? 1 : 0);
  // Try every change of -1, 0 or +1 on the unknown figures (the target's not zero).
  const search = (i: number): boolean => {
    if (i === cells.length) return true;
    const cell = cells[i] as string;
    for (const d of cell === target ? [1, -1] : [0, 1, -1]) {
      if ((p.value.get(cell) ?? 0) + d < floor(cell)) continue;
      change.set(cell, d);
      if ((closing.get(i) ?? []).every(balanced) && search(i + 1)) return true;
    }
    change.delete(cell);
    return false;
  };
  if (!search(0)) return null;
  return new Map([...p.value].map(([k, v]) => [k, v + (change.get(k) ?? 0)]));
}

/**
 * Checks a table as printed (`shown`) against the true counts (`rows`): every printed figure is
 * true, none of one or two is printed, and for every withheld figure there is a second table that
 * prints exactly the same, adds up, and differs in it.
 */
export function assertCannotBeWorkedOut(rows: CountRow[], shown: Shown, twoWay: boolean) {
  const p = publish(rows, shown, twoWay);
  for (const [cell, v] of p.value) {
    const shown = p.printed.get(cell);
    if (shown !== null) assert.equal(shown, v, 'a printed figure is the true figure');
    if (v > 0 && v < MIN_PUBLIC_COUNT) assert.equal(shown, null, `${cell} = ${v} printed`);
  }
  for (const cell of p.withheld) {
    const other = lookalike(p, cell, twoWay);
    assert.ok(other, `the withheld ${cell} can be worked out from ${JSON.stringify([...p.printed])}`);
    assert.notEqual(other.get(cell), p.value.get(cell));
    // The second table prints exactly what the first prints, and adds up.
    for (const [c, v] of p.printed) if (v !== null) assert.equal(other.get(c), v);
    for (const line of lines(p, twoWay)) {
      const sum: number = line.slice(0, -1).reduce((s: number, c) => s + (other.get(c) ?? 0), 0);
      assert.equal(sum, other.get(line[line.length - 1] as string));
    }
  }
}
