/** A point in viewBox units. */
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  width: number;
  height: number;
}

const ROUNDS = 300;

/** One round of pushing overlapping circles apart; whether any had to move. */
function separate(at: Point[], min: number): boolean {
  let moved = false;
  for (let i = 0; i < at.length; i++) {
    for (let j = i + 1; j < at.length; j++) {
      const [a, b] = [at[i] as Point, at[j] as Point];
      let [dx, dy] = [b.x - a.x, b.y - a.y];
      let d = Math.hypot(dx, dy);
      if (d >= min) continue;
      if (d === 0) [dx, dy, d] = [1, 0, 1];
      const push = (min - d) / 2 + 0.01;
      a.x -= (dx / d) * push;
      a.y -= (dy / d) * push;
      b.x += (dx / d) * push;
      b.y += (dy / d) * push;
      moved = true;
    }
  }
  return moved;
}

/**
 * Moves circles of `radius` apart until none overlaps (with `gap` between them), each staying as
 * close to its true place as it can and inside the box. Deterministic: the same places give the
 * same layout.
 */
export function spreadCircles(places: Point[], radius: number, gap: number, box: Box): Point[] {
  const at = places.map((p) => ({ ...p }));
  for (let round = 0; round < ROUNDS; round++) {
    const moved = separate(at, 2 * radius + gap);
    for (const [i, p] of at.entries()) {
      const home = places[i] as Point;
      // A weak pull home keeps the spread no larger than the overlaps need.
      if (moved) {
        p.x += (home.x - p.x) * 0.02;
        p.y += (home.y - p.y) * 0.02;
      }
      p.x = Math.min(box.width - radius, Math.max(radius, p.x));
      p.y = Math.min(box.height - radius, Math.max(radius, p.y));
    }
    if (!moved) break;
  }
  return at.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
}
