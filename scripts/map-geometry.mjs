// Plane geometry for scripts/build-map.mjs: simplification that keeps shared borders shared,
// ring areas, compact SVG paths and label points. Points are [x, y] in viewBox units.

/** Distance from p to the segment a–b. */
function segmentDistance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker: which points of a line keep it within `tolerance` of the original. */
function keepMask(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let [index, max] = [-1, tolerance];
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i], points[first], points[last]);
      if (d > max) [index, max] = [i, d];
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return keep;
}

/**
 * Simplifies closed rings (first point not repeated) so that a border two rings share is
 * simplified once and stays shared: every point where the set of rings passing through it
 * changes is a junction and is kept, and each stretch between junctions is simplified in one
 * canonical direction, whichever ring it belongs to. `keyOf(i, j)` names point j of ring i so
 * that the same place in two rings has the same name (the source's coordinates).
 */
export function simplifyShared(rings, keyOf, tolerance) {
  const owners = new Map();
  for (const [i, ring] of rings.entries()) {
    for (const j of ring.keys()) {
      const key = keyOf(i, j);
      owners.set(key, `${owners.get(key) ?? ''}|${i}`);
    }
  }
  return rings.map((ring, i) => {
    const n = ring.length;
    const sets = ring.map((_, j) => owners.get(keyOf(i, j)));
    const junction = sets.map((s, j) => s !== sets[(j + n - 1) % n] || s !== sets[(j + 1) % n]);
    // A ring nobody shares (an island) gets two fixed points: its first and its farthest.
    if (!junction.includes(true)) {
      const distance = (p) => Math.hypot(p[0] - ring[0][0], p[1] - ring[0][1]);
      junction[0] = true;
      junction[ring.reduce((far, p, j) => (distance(p) > distance(ring[far]) ? j : far), 0)] = true;
    }
    const start = junction.indexOf(true);
    const keep = new Uint8Array(n);
    let from = start;
    do {
      let to = (from + 1) % n;
      while (!junction[to]) to = (to + 1) % n;
      const index = [];
      for (let j = from; ; j = (j + 1) % n) {
        index.push(j);
        if (j === to && index.length > 1) break;
      }
      // The same stretch seen from its neighbour runs the other way: simplify it in key order.
      const order = keyOf(i, from) <= keyOf(i, to) ? index : [...index].reverse();
      const mask = keepMask(
        order.map((j) => ring[j]),
        tolerance,
      );
      order.forEach((j, k) => {
        if (mask[k]) keep[j] = 1;
      });
      from = to;
    } while (from !== start);
    return ring.filter((_, j) => keep[j]);
  });
}

/** Shoelace area of a closed ring. */
export function area(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [a, b] = [ring[i], ring[(i + 1) % ring.length]];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum / 2);
}

/** A closed ring as a compact SVG path: absolute start, then relative whole-unit steps. */
export function ringPath(ring) {
  const rounded = ring.map(([x, y]) => [Math.round(x), Math.round(y)]);
  const steps = [];
  for (let i = 1; i < rounded.length; i++) {
    const [dx, dy] = [rounded[i][0] - rounded[i - 1][0], rounded[i][1] - rounded[i - 1][1]];
    if (dx !== 0 || dy !== 0) steps.push(`${dx}${dy < 0 ? '' : ' '}${dy}`);
  }
  const [x, y] = rounded[0];
  return `M${x} ${y}l${steps.join(' ').replace(/ -/g, '-')}z`;
}

/** Whether p lies inside the closed ring (even–odd rule). */
function inside(p, ring) {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i], ring[j]];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0])
      hit = !hit;
  }
  return hit;
}

/** Distance from p to the nearest edge of the ring. */
function edgeDistance(p, ring) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ring.length; i++)
    best = Math.min(best, segmentDistance(p, ring[i], ring[(i + 1) % ring.length]));
  return best;
}

/**
 * The point of the ring farthest from its edges and from the circles to keep clear of (its "pole
 * of inaccessibility"), where a label has the most room: a grid search, refined twice around the
 * best cell; whole units.
 */
export function labelPoint(ring, circles = []) {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  let [cx, cy] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  let span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2;
  let best = { p: [cx, cy], d: -1 };
  for (let round = 0; round < 3; round++) {
    for (let i = -20; i <= 20; i++) {
      for (let j = -20; j <= 20; j++) {
        const p = [cx + (i * span) / 20, cy + (j * span) / 20];
        if (!inside(p, ring)) continue;
        const d = Math.min(
          edgeDistance(p, ring),
          ...circles.map((c) => Math.hypot(p[0] - c.x, p[1] - c.y) - c.r),
        );
        if (d > best.d) best = { p, d };
      }
    }
    [cx, cy] = best.p;
    span /= 8;
  }
  return best.p.map((v) => Math.round(v));
}
