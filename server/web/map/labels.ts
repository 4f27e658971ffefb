import type { Box, Point } from './layout.js';

/** Where a name is written: the first line's baseline, which end of the text sits there, the lines. */
export interface LabelPlace extends Point {
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// Average advance of a glyph in system sans-serif fonts, in ems; generous so names never touch.
const EM_WIDTH = 0.6;
// Line height of a two-line name, in ems.
export const LINE_HEIGHT = 1.1;

/** The name on one line, then split in two at the space that makes the longer line shortest. */
export function nameLines(name: string): string[][] {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [[name]];
  const best = spaces.reduce((a, b) =>
    Math.max(b, name.length - b - 1) < Math.max(a, name.length - a - 1) ? b : a,
  );
  return [[name], [name.slice(0, best), name.slice(best + 1)]];
}

function rectOf(place: LabelPlace, size: number): Rect {
  const width = Math.max(...place.lines.map((l) => l.length)) * size * EM_WIDTH;
  const { x, y, anchor } = place;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // The first baseline is at y; text rises about 0.8 em above a baseline and descends 0.25 em.
  const bottom = y + (place.lines.length - 1) * LINE_HEIGHT * size + 0.25 * size;
  return { left, right: left + width, top: y - 0.8 * size, bottom };
}

/** Distance from a rectangle to a point (0 inside). */
function distance(r: Rect, c: Point): number {
  return Math.hypot(
    c.x - Math.max(r.left, Math.min(c.x, r.right)),
    c.y - Math.max(r.top, Math.min(c.y, r.bottom)),
  );
}

/** Whether two rectangles come closer than `gap`. */
const near = (a: Rect, b: Rect, gap: number) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/**
 * Places for a name of `lines` beside a circle: right, left, below, above, then below and above
 * but starting or ending under the circle's centre.
 */
function candidates(c: Point, radius: number, size: number, lines: string[]): LabelPlace[] {
  const side = radius + 4;
  const height = (lines.length - 1) * LINE_HEIGHT * size;
  const [middle, under, over] = [
    c.y + 0.3 * size - height / 2,
    c.y + side + 0.8 * size,
    c.y - side - 0.25 * size - height,
  ];
  return [
    { x: c.x + side, y: middle, anchor: 'start', lines },
    { x: c.x - side, y: middle, anchor: 'end', lines },
    { x: c.x, y: under, anchor: 'middle', lines },
    { x: c.x, y: over, anchor: 'middle', lines },
    ...[under, over].flatMap((y): LabelPlace[] => [
      { x: c.x - radius / 2, y, anchor: 'start', lines },
      { x: c.x + radius / 2, y, anchor: 'end', lines },
    ]),
  ];
}

/** One greedy pass over `order` (indexes into circles); the places by circle. */
function greedy(
  circles: (Point & { name: string })[],
  order: number[],
  radius: number,
  size: number,
  box: Box,
): (LabelPlace | null)[] {
  const placed: Rect[] = [];
  const fits = (r: Rect, own: Point) =>
    r.left >= 0 &&
    r.top >= 0 &&
    r.right <= box.width &&
    r.bottom <= box.height &&
    circles.every((o) => distance(r, o) >= radius + 2 && (o === own || distance(r, o) > distance(r, own))) &&
    placed.every((p) => !near(p, r, size / 2));
  const result: (LabelPlace | null)[] = circles.map(() => null);
  for (const i of order) {
    const c = circles[i] as Point & { name: string };
    search: for (const lines of nameLines(c.name)) {
      for (const place of candidates(c, radius, size, lines)) {
        const r = rectOf(place, size);
        if (!fits(r, c)) continue;
        placed.push(r);
        result[i] = { ...place, x: Math.round(place.x), y: Math.round(place.y) };
        break search;
      }
    }
  }
  return result;
}

/**
 * Places a name beside each circle, on one line or else two, where it stays in the box, touches
 * no circle and no name already placed, and is nearer its own circle than any other (so it cannot
 * be read as a neighbour's). Circles come in order of importance; if some name fits nowhere, a
 * second pass places the left-out names first and is kept if it leaves out fewer. A name still
 * left out gets null: the symbol's accessible name and the table beneath the map carry it.
 */
export function placeLabels(
  circles: (Point & { name: string })[],
  radius: number,
  size: number,
  box: Box,
): (LabelPlace | null)[] {
  const order = circles.map((_, i) => i);
  const first = greedy(circles, order, radius, size, box);
  const missing = order.filter((i) => first[i] === null);
  if (missing.length === 0) return first;
  const second = greedy(circles, [...missing, ...order.filter((i) => first[i] !== null)], radius, size, box);
  const left = (r: (LabelPlace | null)[]) => r.filter((p) => p === null).length;
  return left(second) < left(first) ? second : first;
}
