import { KAZAKHSTAN_PLACES } from '../../../shared/gazetteer/kazakhstan.js';
import { toViewBox } from '../../../shared/geo/projection.js';
import type { Labels, Language } from '../../../shared/languages.js';
import { type CountClass, countClasses, shadeOf } from './classes.js';
import outline from './kazakhstan-outline.json' with { type: 'json' };
import { type LabelPlace, placeLabels } from './labels.js';
import { type Point, spreadCircles } from './layout.js';

/**
 * Symbol radius in viewBox units, large enough for a legible count on a phone; on wide screens
 * the stylesheet (web/site.css) draws symbols with WIDE_RADIUS and shows the names (NAME_SIZE
 * high), which are placed for that radius.
 */
export const SYMBOL_RADIUS = 34;
export const WIDE_RADIUS = 20;
export const NAME_SIZE = 13;

/** The bundled country outline: SVG path and viewBox, with its source and licence. */
export const OUTLINE = outline;

/**
 * The 20 first-level units of the gazetteer, their centres, and their symbols: each moved aside
 * just enough not to overlap its neighbours (Almaty and Konaev are 70 km apart), never so far
 * that it no longer covers its centre (a test keeps that true), so no leader lines are needed.
 */
export const REGIONS = (() => {
  const units = KAZAKHSTAN_PLACES.filter((p) => p.kind === 'region');
  const centres = units.map((p) => {
    const [x, y] = toViewBox(p.lon, p.lat, OUTLINE.frame);
    return { x, y };
  });
  const symbols = spreadCircles(centres, SYMBOL_RADIUS, 4, OUTLINE.frame);
  return units.map((p, i) => ({
    code: p.code,
    names: p.names,
    centre: centres[i] as Point,
    symbol: symbols[i] as Point,
  }));
})();

/** One region on the map and in the table beneath it. */
export interface MapRegion {
  code: string;
  name: string;
  count: number;
  shade: number;
  selected: boolean;
  symbol: Point;
  label: LabelPlace | null;
}

export interface MapModel {
  regions: MapRegion[];
  classes: CountClass[];
  /** Incidents matching the filters whose region is none of the 20 (or not recorded). */
  unplaced: number;
}

/**
 * The map for the region counts of the filtered public incidents: every unit with its count
 * (zero when absent), shade, symbol and label; `selected` are the regions the reader filtered on.
 */
export function regionMap(
  counts: { value: string; count: number }[],
  total: number,
  selected: string[],
  places: Map<string, Labels>,
  lang: Language,
): MapModel {
  const byCode = new Map(counts.map((c) => [c.value, c.count]));
  const classes = countClasses(REGIONS.map((r) => byCode.get(r.code) ?? 0));
  const rows = REGIONS.map((r) => {
    const count = byCode.get(r.code) ?? 0;
    return {
      code: r.code,
      name: places.get(r.code)?.[lang] ?? r.names[lang],
      count,
      shade: shadeOf(count, classes),
      selected: selected.includes(r.code),
      symbol: r.symbol,
    };
  }).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang));
  const labels = placeLabels(
    rows.map((r) => ({ ...r.symbol, name: r.name })),
    WIDE_RADIUS,
    NAME_SIZE,
    OUTLINE.frame,
  );
  const placed = rows.reduce((sum, r) => sum + r.count, 0);
  return {
    regions: rows.map((r, i) => ({ ...r, label: labels[i] ?? null })),
    classes,
    unplaced: Math.max(0, total - placed),
  };
}
