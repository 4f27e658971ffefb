import { KAZAKHSTAN_PLACES } from '../../../shared/gazetteer/kazakhstan.js';
import { toViewBox } from '../../../shared/geo/projection.js';
import type { Labels, Language } from '../../../shared/languages.js';
import { type CountClass, countClasses, shadeOf } from './classes.js';
import shapes from './kazakhstan-regions.json' with { type: 'json' };
import type { PlacedLabel, Point } from './labels.js';
import { mapLabels } from './map.labels.js';

/** The bundled region shapes: SVG paths, viewBox and frame, with their source and licence. */
export const SHAPES = shapes;

/** The 20 first-level units of the gazetteer, each with its administrative centre in viewBox units. */
export const UNITS = KAZAKHSTAN_PLACES.filter((p) => p.kind === 'region').map((p) => {
  const [x, y] = toViewBox(p.lon, p.lat, SHAPES.frame);
  return { code: p.code, names: p.names, centre: { x: Math.round(x), y: Math.round(y) } };
});

const DRAWN = new Set(SHAPES.areas.flatMap((a) => a.units));
/** The units drawn as markers: the three cities of republican significance, too small for a shape. */
export const CITY_CODES = UNITS.filter((u) => !DRAWN.has(u.code)).map((u) => u.code);

/** A shade of the palette, 0 (none) to 4, or null: withheld, drawn apart and in no class. */
export type Shade = number | null;

/** One unit in the table beneath the map. */
export interface MapRegion {
  code: string;
  name: string;
  /** null when withheld from the public. */
  count: number | null;
  selected: boolean;
}

/** One shape: a region, or the pre-2022 region two units share (`units` has both, `split` is true). */
export interface MapArea {
  id: string;
  path: string;
  units: MapRegion[];
  /** The sum over `units`, or null if any of them is withheld. */
  count: number | null;
  shade: Shade;
  split: boolean;
  label: Point;
}

/** A city of republican significance, drawn as a marker over the shapes. */
export interface MapCity extends MapRegion {
  shade: Shade;
  at: Point;
}

export interface MapModel {
  regions: MapRegion[];
  areas: MapArea[];
  cities: MapCity[];
  classes: CountClass[];
  /** The labels for wide screens (names and counts) and for phones (counts only). */
  labels: { wide: (PlacedLabel | null)[]; narrow: (PlacedLabel | null)[] };
  /** Incidents matching the filters whose region is none of the 20 (or not recorded); null if a count is withheld. */
  unplaced: number | null;
}

const sum = (counts: (number | null)[]) =>
  counts.some((c) => c === null) ? null : counts.reduce<number>((s, c) => s + (c ?? 0), 0);

/**
 * The map for the region counts of the filtered public incidents (a count of null is withheld):
 * every unit with its count (zero when absent), each shape shaded by the sum of the units it
 * stands for and each city by its own count, in classes computed over what is drawn and
 * published only — so a withheld count shows in no colour, no class break and no sum.
 */
export function regionMap(
  counts: { value: string; count: number | null }[],
  total: number,
  selected: string[],
  places: Map<string, Labels>,
  lang: Language,
): MapModel {
  const byCode = new Map(counts.map((c) => [c.value, c.count]));
  const regions = UNITS.map((u) => ({
    code: u.code,
    name: places.get(u.code)?.[lang] ?? u.names[lang],
    count: byCode.has(u.code) ? (byCode.get(u.code) as number | null) : 0,
    selected: selected.includes(u.code),
  })).sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.name.localeCompare(b.name, lang));
  const row = new Map(regions.map((r) => [r.code, r]));
  const areas = SHAPES.areas.map((a) => {
    const units = a.units.map((code) => row.get(code) as MapRegion);
    const [x, y] = a.label as [number, number];
    return {
      id: a.id,
      path: a.path,
      units,
      count: sum(units.map((u) => u.count)),
      split: units.length > 1,
      label: { x, y },
    };
  });
  const cities = CITY_CODES.map((code) => ({
    ...(row.get(code) as MapRegion),
    at: (UNITS.find((u) => u.code === code) as (typeof UNITS)[number]).centre,
  }));
  const drawn = [...areas.map((a) => a.count), ...cities.map((c) => c.count)];
  const classes = countClasses(drawn.filter((c): c is number => c !== null));
  const shade = (count: number | null): Shade => (count === null ? null : shadeOf(count, classes));
  const shadedAreas = areas.map((a) => ({ ...a, shade: shade(a.count) }));
  const shadedCities = cities.map((c) => ({ ...c, shade: shade(c.count) }));
  const placed = sum(regions.map((r) => r.count));
  return {
    regions,
    areas: shadedAreas,
    cities: shadedCities,
    classes,
    labels: mapLabels(shadedAreas, shadedCities, UNITS, lang),
    unplaced: placed === null ? null : Math.max(0, total - placed),
  };
}
