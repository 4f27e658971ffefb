import { formatNumber } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import shapes from './kazakhstan-regions.json' with { type: 'json' };
import {
  type Circle,
  type LabelSpec,
  layoutLabels,
  nameLines,
  type PlacedLabel,
  type Point,
} from './labels.js';
import type { MapArea, MapCity } from './map.data.js';
import { NARROW, WIDE } from './map.sizes.js';

// Names longer than this go on two lines.
const MAX_LINE = 18;

/** A count as the map writes it; a withheld one as a dash (the legend says what it means). */
export const countText = (lang: Language, count: number | null) =>
  count === null ? '–' : formatNumber(lang, count);

/**
 * The wide layout: the cities first (least room), then the units sharing a pre-2022 shape (each
 * at its own administrative centre, since no border between them is drawn), then the rest at
 * their shape's label point.
 */
function wide(areas: MapArea[], cities: MapCity[], centres: Map<string, Point>, lang: Language) {
  const spec = (name: string, count: number | null, anchor: Point, beside?: number): LabelSpec => ({
    anchor,
    lines: nameLines(name, MAX_LINE),
    count: countText(lang, count),
    size: WIDE.size,
    beside,
  });
  const specs = [
    ...cities.map((c) => spec(c.name, c.count, c.at, WIDE.cityRadius)),
    ...areas
      .filter((a) => a.split)
      .flatMap((a) => a.units.map((u) => spec(u.name, u.count, centres.get(u.code) as Point))),
    ...areas.filter((a) => !a.split).map((a) => spec(a.units[0]?.name ?? '', a.count, a.label)),
  ];
  const markers: Circle[] = cities.map((c) => ({ ...c.at, r: WIDE.cityRadius }));
  return layoutLabels(specs, markers, shapes.frame);
}

/** The narrow layout: one count per shape, clear of the city markers (which hold their own count). */
function narrow(areas: MapArea[], cities: MapCity[], lang: Language) {
  const specs = areas.map(
    (a): LabelSpec => ({ anchor: a.label, lines: [], count: countText(lang, a.count), size: NARROW.size }),
  );
  const markers: Circle[] = cities.map((c) => ({ ...c.at, r: NARROW.cityRadius }));
  return layoutLabels(specs, markers, shapes.frame);
}

/**
 * Both layouts, with each label's unit or shape in order: wide has the cities, then the split
 * units, then the other shapes (see `wide`); narrow has one per shape, in `areas` order.
 */
export function mapLabels(
  areas: MapArea[],
  cities: MapCity[],
  units: { code: string; centre: Point }[],
  lang: Language,
): { wide: (PlacedLabel | null)[]; narrow: (PlacedLabel | null)[] } {
  const centres = new Map(units.map((u) => [u.code, u.centre]));
  return { wide: wide(areas, cities, centres, lang), narrow: narrow(areas, cities, lang) };
}
