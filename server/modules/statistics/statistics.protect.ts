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

/** Figures by the equations they take part in (GROUND for an entry in a single equation). */
export type Adjacency = Map<string, Figure[]>;

function addTo(adjacency: Adjacency, f: Figure) {
  for (const n of new Set(nodesOf(f))) {
    const list = adjacency.get(n);
    if (list) list.push(f);
    else adjacency.set(n, [f]);
  }
}

/** The figures by equation, for `closedPath`. */
export function adjacencyOf(figures: Figure[]): Adjacency {
  const adjacency: Adjacency = new Map();
  for (const f of figures) addTo(adjacency, f);
  return adjacency;
}

/**
 * The cheapest closed path through `start` whose figures may change by one, over the figures of
 * `adjacency` that `costOf` allows. Returns the figures on it, or null when there is none.
 */
export function closedPath(
  adjacency: Adjacency,
  start: Figure,
  costOf: (f: Figure) => number | null,
): Figure[] | null {
  for (const delta of start.value >= 2 ? [1, -1] : [1]) {
    const [u, v] = nodesOf(start);
    const goal = { node: u, flow: -signAt(start, u) * delta };
    const found = search(adjacency, start, { node: v, flow: signAt(start, v) * delta }, goal, costOf);
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
  adjacency: Adjacency,
  start: Figure,
  first: Step,
  goal: Step,
  costOf: (f: Figure) => number | null,
): Figure[] | null {
  const seen = new Map<string, Seen>([[stateKey(first), { cost: 0, figure: null, from: null }]]);
  const open = new Heap();
  open.push({ ...first, cost: 0 });
  const reached = (s: Step) => s.node === goal.node && (goal.node === GROUND || s.flow === goal.flow);
  for (let at = open.pop(); at; at = open.pop()) {
    const here = stateKey(at);
    if (isStale(seen, here, at.cost)) continue;
    const path = reached(at) ? simplePath(seen, here) : null;
    if (path) return path;
    for (const f of adjacency.get(at.node) ?? []) {
      const cost = f === start ? null : costOf(f);
      for (const step of cost === null ? [] : stepsFrom(at, f, cost)) visit(seen, open, step, f, here);
    }
  }
  return null;
}

/** The figures that led to `end`, when none of them is used twice. */
function simplePath(seen: Map<string, Seen>, end: string): Figure[] | null {
  const path = unwind(seen, end);
  return path.length > 0 && new Set(path).size === path.length ? path : null;
}

const isStale = (seen: Map<string, Seen>, key: string, cost: number) =>
  (seen.get(key)?.cost ?? Infinity) < cost;

function visit(seen: Map<string, Seen>, open: Heap, step: Open, figure: Figure, from: string) {
  const k = stateKey(step);
  if ((seen.get(k)?.cost ?? Infinity) <= step.cost) return;
  seen.set(k, { cost: step.cost, figure, from });
  open.push(step);
}

/** A binary min-heap of open steps by cost. */
class Heap {
  private items: Open[] = [];
  push(item: Open) {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as Open).cost <= item.cost) break;
      [a[i], a[parent]] = [a[parent] as Open, item];
      i = parent;
    }
  }
  pop(): Open | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      this.sinkFrom(0);
    }
    return top;
  }
  private sinkFrom(start: number) {
    const a = this.items;
    for (let i = start; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < a.length && (a[l] as Open).cost < (a[m] as Open).cost) m = l;
      if (r < a.length && (a[r] as Open).cost < (a[m] as Open).cost) m = r;
      if (m === i) return;
      [a[i], a[m]] = [a[m] as Open, a[i] as Open];
      i = m;
    }
  }
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
  const all = adjacencyOf(figures);
  const unknown = new Set<string>();
  const unknownAdjacency: Adjacency = new Map();
  const withheld = new Set<string>();
  const hide = (f: Figure) => {
    if (f.printed && f.value > 0) withheld.add(f.id);
    if (unknown.has(f.id)) return;
    unknown.add(f.id);
    addTo(unknownAdjacency, f);
  };
  for (const f of figures) if (!f.printed || (f.value > 0 && f.value < threshold)) hide(f);
  // Every figure on a closed path of unknown figures is safe, and stays so: more unknowns only
  // add paths. Counting steps finds the shortest path before the search spreads over the table.
  const safe = new Set<Figure>();
  const isProtected = (f: Figure) => {
    if (safe.has(f) || f.terms.length === 0) return true;
    const path = closedPath(unknownAdjacency, f, () => 1);
    for (const g of path ? [f, ...path] : []) safe.add(g);
    return path !== null;
  };
  const price = (g: Figure) => (unknown.has(g.id) ? 0.001 : g.value > 0 ? (g.cost ?? g.value) : null);
  const complements = (f: Figure) => {
    const path = closedPath(all, f, price);
    for (const g of path ? [f, ...path] : []) safe.add(g);
    return path ?? figures.filter((g) => g.terms.some((t) => f.terms.some((s) => s.eq === t.eq)));
  };
  let pending = figures.filter((f) => withheld.has(f.id));
  while (pending.length > 0) {
    const before = unknown.size;
    for (const f of pending.filter((g) => !isProtected(g))) for (const g of complements(f)) hide(g);
    pending = figures.filter((f) => withheld.has(f.id) && !isProtected(f));
    if (pending.length === 0 || unknown.size === figures.length) break;
    // With every figure above zero withheld, each lies on a path with its totals.
    if (unknown.size === before) for (const g of figures) hide(g);
  }
  return withheld;
}
