/*
 * Complementary suppression over the equations of a table. Every figure of a table (a cell or a
 * total) takes part in at most two equations "Σ sign·figure = 0" (its row and its column, the
 * totals included with a minus sign). A withheld figure cannot be worked out from the printed
 * ones when it lies on a closed path of withheld figures along which one can add and remove one
 * alternately and still satisfy every equation, without taking any figure below one: such a path
 * is a second table, printed exactly the same, in which the withheld figure has another value.
 */

/** One figure of a table and the equations it takes part in (at most two). */
export interface Figure {
  id: string;
  value: number;
  /** False for a total the table does not print: the reader cannot use it. */
  printed: boolean;
  terms: { eq: string; sign: 1 | -1 }[];
  /** What withholding it costs the reader (default: its value); totals cost more than cells. */
  cost?: number;
}

const GROUND = '';

interface Step {
  node: string;
  /** The change arriving at `node` (sign × delta) that the next figure must cancel. */
  flow: number;
}

const nodesOf = (f: Figure) => {
  const [a, b] = f.terms;
  return [a?.eq ?? GROUND, b?.eq ?? GROUND] as const;
};
const signAt = (f: Figure, node: string) => f.terms.find((t) => t.eq === node)?.sign ?? 1;

/**
 * The cheapest closed path through `start` whose figures may change by one, using figures that
 * `costOf` allows (0 for figures already unknown to the reader). Returns the figures on it, or
 * null when there is none.
 */
export function closedPath(
  figures: Figure[],
  start: Figure,
  costOf: (f: Figure) => number | null,
): Figure[] | null {
  const byNode = new Map<string, Figure[]>();
  for (const f of figures) for (const n of new Set(nodesOf(f))) byNode.set(n, [...(byNode.get(n) ?? []), f]);
  for (const delta of start.value >= 2 ? [1, -1] : [1]) {
    const [u, v] = nodesOf(start);
    const goal = { node: u, flow: -signAt(start, u) * delta };
    const found = search(byNode, start, { node: v, flow: signAt(start, v) * delta }, goal, costOf);
    if (found) return found;
  }
  return null;
}

type Seen = { cost: number; figure: Figure | null; from: string | null };
type Open = Step & { cost: number };

const stateKey = (s: Step) => `${s.node}|${s.node === GROUND ? 0 : s.flow}`;

/** The steps from `at` over one more figure: it must cancel the change arriving at `at`. */
function stepsFrom(at: Open, f: Figure, cost: number): Open[] {
  const deltas = at.node === GROUND ? [1, -1] : [-at.flow * signAt(f, at.node)];
  const [a, b] = nodesOf(f);
  const next = a === at.node && b !== at.node ? b : a;
  return deltas
    .filter((delta) => delta > 0 || f.value >= 2)
    .map((delta) => ({ node: next, flow: signAt(f, next) * delta, cost: at.cost + cost }));
}

function search(
  byNode: Map<string, Figure[]>,
  start: Figure,
  first: Step,
  goal: Step,
  costOf: (f: Figure) => number | null,
): Figure[] | null {
  const seen = new Map<string, Seen>([[stateKey(first), { cost: 0, figure: null, from: null }]]);
  const open: Open[] = [{ ...first, cost: 0 }];
  const reached = (s: Step) => s.node === goal.node && (goal.node === GROUND || s.flow === goal.flow);
  while (open.length > 0) {
    open.sort((a, b) => a.cost - b.cost);
    const at = open.shift() as Open;
    const here = stateKey(at);
    if ((seen.get(here)?.cost ?? Infinity) < at.cost) continue;
    if (reached(at)) {
      const path = unwind(seen, here);
      if (path.length > 0 && new Set(path).size === path.length) return path;
    }
    for (const [f, step] of neighbours(byNode, at, start, costOf)) {
      const k = stateKey(step);
      if ((seen.get(k)?.cost ?? Infinity) <= step.cost) continue;
      seen.set(k, { cost: step.cost, figure: f, from: here });
      open.push(step);
    }
  }
  return null;
}

function neighbours(
  byNode: Map<string, Figure[]>,
  at: Open,
  start: Figure,
  costOf: (f: Figure) => number | null,
): [Figure, Open][] {
  return (byNode.get(at.node) ?? []).flatMap((f) => {
    const cost = f === start ? null : costOf(f);
    return cost === null ? [] : stepsFrom(at, f, cost).map((step): [Figure, Open] => [f, step]);
  });
}

function unwind(seen: Map<string, Seen>, end: string): Figure[] {
  const path: Figure[] = [];
  let at: string | null = end;
  while (at !== null && path.length <= seen.size) {
    const s = seen.get(at);
    if (!s?.figure) break;
    path.push(s.figure);
    at = s.from;
  }
  return path;
}

/**
 * The printed figures to withhold: those above zero and below `threshold`, and as many others as
 * it takes for each of them to lie on a closed path of figures the reader does not know.
 */
export function complementarySuppression(figures: Figure[], threshold: number): Set<string> {
  const unknown = new Set(figures.filter((f) => !f.printed).map((f) => f.id));
  const withheld = new Set<string>();
  const hide = (f: Figure) => {
    if (f.printed && f.value > 0) withheld.add(f.id);
    unknown.add(f.id);
  };
  for (const f of figures) if (f.printed && f.value > 0 && f.value < threshold) hide(f);
  let changed = true;
  while (changed) {
    changed = false;
    for (const f of figures.filter((g) => withheld.has(g.id))) {
      const before = unknown.size;
      for (const g of complementsOf(figures, f, unknown)) hide(g);
      // With every figure above zero withheld, each lies on a path with its totals.
      if (unknown.size === before && !isProtected(figures, f, unknown)) for (const g of figures) hide(g);
      changed ||= unknown.size > before;
    }
  }
  return withheld;
}

const isProtected = (figures: Figure[], f: Figure, unknown: Set<string>) =>
  f.terms.length === 0 || closedPath(figures, f, (g) => (unknown.has(g.id) ? 0 : null)) !== null;

/** What else to withhold so that `f` cannot be worked out: the cheapest path, or its lines. */
function complementsOf(figures: Figure[], f: Figure, unknown: Set<string>): Figure[] {
  if (isProtected(figures, f, unknown)) return [];
  const price = (g: Figure) => (unknown.has(g.id) ? 0 : g.value > 0 ? (g.cost ?? g.value) : null);
  const path = closedPath(figures, f, price);
  return path ?? figures.filter((g) => g.terms.some((t) => f.terms.some((s) => s.eq === t.eq)));
}
