/** A point in viewBox units. */
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  width: number;
  height: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A marker the labels must keep clear of (a city's circle). */
export interface Circle extends Point {
  r: number;
}

/** What to write and where it belongs. `beside`: the radius of its own marker, which it must not cover. */
export interface LabelSpec {
  anchor: Point;
  lines: string[];
  /** Written in bold after the last line (or alone when there are no lines). */
  count: string;
  size: number;
  beside?: number;
}

/** A label's place: the box it fills (its centre is the text's), and a leader line when it had to move away. */
export interface PlacedLabel {
  lines: string[];
  count: string;
  size: number;
  box: Rect;
  leader: [Point, Point] | null;
}

// Average advance of a glyph in system sans-serif fonts (bold counts included), in ems; generous,
// so that the estimated box holds the rendered text (the browser test measures it).
const EM_WIDTH = 0.64;
/** Line height of a label of several lines, in ems. */
export const LINE_HEIGHT = 1.15;
// Room kept between labels, markers and leader lines, in ems.
const GAP = 0.3;
const DIRECTIONS = 16;
const MAX_RINGS = 40;

/** The lines as written: the count after the last line. */
export function written(lines: string[], count: string): string[] {
  return lines.length === 0 ? [count] : [...lines.slice(0, -1), `${lines.at(-1)} ${count}`];
}

/** The box of a label of `lines` centred on `c`. */
export function boxAt(c: Point, lines: string[], size: number): Rect {
  const width = Math.max(...lines.map((l) => l.length)) * size * EM_WIDTH + size * 0.3;
  const height = lines.length * LINE_HEIGHT * size;
  return { left: c.x - width / 2, right: c.x + width / 2, top: c.y - height / 2, bottom: c.y + height / 2 };
}

/** Whether two rectangles come closer than `gap`. */
export const overlaps = (a: Rect, b: Rect, gap = 0) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** The point of a rectangle nearest to p (p itself inside). */
function nearest(r: Rect, p: Point): Point {
  return { x: Math.max(r.left, Math.min(p.x, r.right)), y: Math.max(r.top, Math.min(p.y, r.bottom)) };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Whether the segment a–b passes through the rectangle grown by `gap` (sampled finely enough for labels). */
function crosses(a: Point, b: Point, r: Rect, gap: number): boolean {
  const steps = Math.max(2, Math.ceil(distance(a, b) / 2));
  for (let i = 0; i <= steps; i++) {
    const p = { x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps };
    if (p.x > r.left - gap && p.x < r.right + gap && p.y > r.top - gap && p.y < r.bottom + gap) return true;
  }
  return false;
}

/** Whether segments a–b and c–d cross. */
function intersects(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

/** Candidate centres: on the anchor, then on rings around it, each ring in the same order of directions. */
function* centres(spec: LabelSpec): Generator<Point> {
  const step = spec.size * 0.8;
  if (!spec.beside) yield spec.anchor;
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    for (let k = 0; k < DIRECTIONS; k++) {
      const angle = (2 * Math.PI * k) / DIRECTIONS;
      yield {
        x: spec.anchor.x + Math.cos(angle) * ring * step * 1.6,
        y: spec.anchor.y + Math.sin(angle) * ring * step,
      };
    }
  }
}

interface Placed {
  box: Rect;
  leader: [Point, Point] | null;
}

interface Obstacles {
  placed: Placed[];
  markers: Circle[];
  anchors: Point[];
  frame: Box;
}

/** Whether a box is in the frame, off other labels' anchors and clear of markers, labels and leader lines. */
function boxFits(box: Rect, spec: LabelSpec, o: Obstacles, gap: number): boolean {
  const own = spec.beside ?? 0;
  return (
    box.left >= 0 &&
    box.top >= 0 &&
    box.right <= o.frame.width &&
    box.bottom <= o.frame.height &&
    // Another label's anchor stays uncovered, so that label can sit there or draw its leader to it.
    !o.anchors.some((a) => distance(nearest(box, a), a) < gap) &&
    !o.markers.some((m) => distance(nearest(box, m), m) < m.r + gap) &&
    !(own && distance(nearest(box, spec.anchor), spec.anchor) < own + gap) &&
    !o.placed.some((p) => overlaps(p.box, box, gap)) &&
    !o.placed.some((p) => p.leader && crosses(p.leader[0], p.leader[1], box, gap))
  );
}

/** The leader line from the anchor (or its marker's edge) to the box, or null if it would cross anything. */
function leaderTo(box: Rect, spec: LabelSpec, o: Obstacles, gap: number): [Point, Point] | null {
  const own = spec.beside ?? 0;
  const end = nearest(box, spec.anchor);
  const length = distance(end, spec.anchor);
  const start = {
    x: spec.anchor.x + ((end.x - spec.anchor.x) * own) / length,
    y: spec.anchor.y + ((end.y - spec.anchor.y) * own) / length,
  };
  if (o.placed.some((p) => crosses(start, end, p.box, gap / 2))) return null;
  if (o.placed.some((p) => p.leader && intersects(start, end, p.leader[0], p.leader[1]))) return null;
  if (o.markers.some((m) => crosses(start, end, markerRect(m), 0))) return null;
  return [start, end];
}

/** The first place for `spec` that keeps clear of every label, leader line and marker already there. */
function place(spec: LabelSpec, o: Obstacles): Placed | null {
  const gap = spec.size * GAP;
  for (const c of centres(spec)) {
    const box = boxAt(c, written(spec.lines, spec.count), spec.size);
    if (!boxFits(box, spec, o, gap)) continue;
    // Beside its own marker, or over its own anchor, a label needs no leader line.
    if (distance(nearest(box, spec.anchor), spec.anchor) <= (spec.beside ?? 0) + spec.size * 0.6)
      return { box, leader: null };
    const leader = leaderTo(box, spec, o, gap);
    if (leader) return { box, leader };
  }
  return null;
}

const markerRect = (m: Circle): Rect => ({
  left: m.x - m.r,
  right: m.x + m.r,
  top: m.y - m.r,
  bottom: m.y + m.r,
});

/**
 * Places every label, in the order given (the most constrained first), where it stays in the
 * frame and keeps clear of the labels, leader lines and markers placed before it: over its
 * anchor (or beside its marker) if there is room, else on rings ever farther out, with a leader
 * line back to the anchor. Deterministic: the same labels give the same layout. A label that
 * fits nowhere gets null (the table beneath the map still carries it; a test keeps it from happening).
 */
export function layoutLabels(specs: LabelSpec[], markers: Circle[], frame: Box): (PlacedLabel | null)[] {
  const placed: Placed[] = [];
  return specs.map((spec) => {
    const others = markers.filter((m) => !(spec.beside && m.x === spec.anchor.x && m.y === spec.anchor.y));
    const anchors = specs.filter((s) => s !== spec && !s.beside).map((s) => s.anchor);
    const found = place(spec, { placed, markers: others, anchors, frame });
    if (!found) return null;
    placed.push(found);
    return { lines: spec.lines, count: spec.count, size: spec.size, ...found };
  });
}

/** The baseline of line `i` of a placed label. */
export function baseline(label: PlacedLabel, i: number): number {
  return label.box.top + label.size * (LINE_HEIGHT * i + (LINE_HEIGHT - 1) / 2 + 0.8);
}

/** The name on one line, or split in two at the space that makes the longer line shortest. */
export function nameLines(name: string, maxChars: number): string[] {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  if (name.length <= maxChars || spaces.length === 0) return [name];
  const best = spaces.reduce((a, b) =>
    Math.max(b, name.length - b - 1) < Math.max(a, name.length - a - 1) ? b : a,
  );
  return [name.slice(0, best), name.slice(best + 1)];
}
