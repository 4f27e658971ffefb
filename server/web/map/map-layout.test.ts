import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KAZAKHSTAN_PLACES } from '../../../shared/gazetteer/kazakhstan.js';
import { formatNumber } from '../../../shared/i18n/index.js';
import { LANGUAGES } from '../../../shared/languages.js';
import { countClasses, shadeOf } from './classes.js';
import {
  boxAt,
  layoutLabels,
  nameLines,
  overlaps,
  type PlacedLabel,
  type Point,
  type Rect,
} from './labels.js';
import { CITY_CODES, type MapModel, regionMap, SHAPES, UNITS } from './map.data.js';
import { NARROW, WIDE } from './map.sizes.js';

const { width, height } = SHAPES.frame;

/** The rings of a path written by scripts/build-map.mjs: `M x y l dx dy … z`, repeated. */
function rings(path: string): Point[][] {
  return [...path.matchAll(/M(-?\d+) (-?\d+)l([^z]*)z/g)].map((m) => {
    let [x, y] = [Number(m[1]), Number(m[2])];
    const ring = [{ x, y }];
    const steps = [...(m[3] ?? '').matchAll(/-?\d+/g)].map((n) => Number(n[0]));
    for (let i = 0; i + 1 < steps.length; i += 2) {
      x += steps[i] as number;
      y += steps[i + 1] as number;
      ring.push({ x, y });
    }
    return ring;
  });
}

const inside = (p: Point, ring: Point[]) => {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i] as Point, ring[j] as Point];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) hit = !hit;
  }
  return hit;
};
const shapeOf = (code: string) => SHAPES.areas.find((a) => a.units.includes(code));
const insideShape = (p: Point, code: string) => rings(shapeOf(code)?.path ?? '').some((r) => inside(p, r));

describe('the region shapes', () => {
  test('every first-level unit has a shape, or is one of the three cities drawn as a marker', () => {
    const regions = KAZAKHSTAN_PLACES.filter((p) => p.kind === 'region').map((p) => p.code);
    assert.equal(regions.length, 20);
    assert.deepEqual([...CITY_CODES].sort(), ['KZ-ALA', 'KZ-AST', 'KZ-SHY']);
    const drawn = SHAPES.areas.flatMap((a) => a.units);
    assert.deepEqual([...drawn, ...CITY_CODES].sort(), [...regions].sort(), 'each unit drawn exactly once');
    for (const a of SHAPES.areas) assert.match(a.path, /^(M\d+ \d+l[-\d ]+z)+$/, a.id);
  });

  test('the three regions formed in 2022 share the shape of the region they came from, with no border drawn', () => {
    const pairs = SHAPES.areas.filter((a) => a.units.length > 1).map((a) => a.units);
    assert.deepEqual(pairs, [
      ['KZ-ALM', 'KZ-33'],
      ['KZ-VOS', 'KZ-10'],
      ['KZ-KAR', 'KZ-62'],
    ]);
  });

  test("every unit's administrative centre lies inside the shape it is drawn in (the codes match)", () => {
    for (const u of UNITS) {
      const region = CITY_CODES.includes(u.code)
        ? { 'KZ-ALA': 'KZ-ALM', 'KZ-AST': 'KZ-AKM', 'KZ-SHY': 'KZ-YUZ' }[u.code]
        : u.code;
      assert.ok(insideShape(u.centre, region as string), `${u.code} at ${u.centre.x},${u.centre.y}`);
      // And in no other shape.
      const others = SHAPES.areas.filter((a) => !a.units.includes(region as string));
      assert.ok(!others.some((a) => rings(a.path).some((r) => inside(u.centre, r))), u.code);
    }
    for (const a of SHAPES.areas)
      assert.ok(insideShape({ x: a.label[0] ?? 0, y: a.label[1] ?? 0 }, a.id), a.id);
  });
});

const SKEWED = [
  { value: 'KZ-ALA', count: 1240 },
  { value: 'KZ-AST', count: 325 },
  { value: 'KZ-SHY', count: 88 },
  { value: 'KZ-ALM', count: 16 },
  { value: 'KZ-33', count: 2 },
  { value: 'KZ-10', count: 7 },
  { value: 'KZ-62', count: 1 },
  { value: 'KZ-ZHA', count: 1 },
];

/** Every placed box of a layout, with the markers it must keep clear of. */
function assertClear(
  labels: (PlacedLabel | null)[],
  markers: { at: Point; r: number; own?: number }[],
  what: string,
) {
  const boxes = labels.map((l, i) => {
    assert.ok(l, `${what}: label ${i} found no place`);
    return l.box;
  });
  for (const [i, a] of boxes.entries()) {
    assert.ok(
      a.left >= 0 && a.top >= 0 && a.right <= width && a.bottom <= height,
      `${what}: ${i} off the map`,
    );
    for (const [j, b] of boxes.entries())
      if (j > i) assert.ok(!overlaps(a, b), `${what}: ${i} and ${j} overlap`);
    for (const m of markers) {
      const nearest = {
        x: Math.max(a.left, Math.min(m.at.x, a.right)),
        y: Math.max(a.top, Math.min(m.at.y, a.bottom)),
      };
      assert.ok(Math.hypot(nearest.x - m.at.x, nearest.y - m.at.y) >= m.r, `${what}: ${i} covers a marker`);
    }
  }
}

const markersOf = (model: MapModel, r: number) => model.cities.map((c) => ({ at: c.at, r }));

describe('the labels', () => {
  test('no two labels overlap, none covers a city, all fit, at both widths, in kk, ru and en', () => {
    for (const counts of [[], SKEWED]) {
      for (const lang of LANGUAGES) {
        const model = regionMap(counts, 0, [], new Map(), lang);
        assert.equal(model.labels.wide.length, 20, 'one wide label per unit');
        assert.equal(model.labels.narrow.length, 14, 'one narrow label per shape');
        assertClear(model.labels.wide, markersOf(model, WIDE.cityRadius), `${lang} wide`);
        assertClear(model.labels.narrow, markersOf(model, NARROW.cityRadius), `${lang} narrow`);
      }
    }
  });

  test('the wide labels name every unit with its count; the narrow ones give each shape the count of its colour', () => {
    const model = regionMap(SKEWED, 0, [], new Map(), 'ru');
    const written = model.labels.wide.map((l) => `${l?.lines.join(' ')} ${l?.count}`);
    assert.ok(written.includes(`Алматы ${formatNumber('ru', 1240)}`), written.join(' | '));
    assert.ok(written.includes('Абайская область 7'));
    assert.ok(written.includes('Восточно-Казахстанская область 0'));
    const east = model.areas.findIndex((a) => a.id === 'KZ-VOS');
    assert.equal(model.labels.narrow[east]?.count, '7', 'East Kazakhstan and Abai: 0 + 7');
  });

  test('labels whose anchors crowd each other: one moves away with a leader line; the same input gives the same layout', () => {
    const frame = { width: 300, height: 200 };
    const specs = ['First', 'Second', 'Third', 'Fourth'].map((name, i) => ({
      anchor: { x: 140 + i * 8, y: 100 },
      lines: [name, 'Region'],
      count: String(i),
      size: 10,
    }));
    const placed = layoutLabels(specs, [], frame);
    for (const [i, l] of placed.entries()) {
      assert.ok(l, `label ${i} placed`);
      for (const other of placed.slice(i + 1)) assert.ok(other && !overlaps(l.box, other.box));
      const a = specs[i]?.anchor as Point;
      // Within 0.6 em of its anchor a label reads as its own; farther, it needs a leader line.
      const near = Math.hypot(
        a.x - Math.max(l.box.left, Math.min(a.x, l.box.right)),
        a.y - Math.max(l.box.top, Math.min(a.y, l.box.bottom)),
      );
      assert.ok(near <= 6 || l.leader, `label ${i} sits at its anchor or points back to it`);
      if (l.leader) assert.deepEqual(l.leader[0], a);
    }
    assert.ok(
      placed.some((l) => l?.leader),
      'four labels on one spot: some had to move away',
    );
    assert.deepEqual(layoutLabels(specs, [], frame), placed);
    const [beside] = layoutLabels(
      [{ anchor: { x: 150, y: 100 }, lines: ['City'], count: '3', size: 10, beside: 8 }],
      [{ x: 150, y: 100, r: 8 }],
      frame,
    );
    const box = beside?.box as Rect;
    assert.ok(
      box.left >= 158 || box.right <= 142 || box.top >= 108 || box.bottom <= 92,
      'beside, not over, its marker',
    );
    assert.deepEqual(boxAt({ x: 0, y: 0 }, ['ab'], 10).top, -5.75);
  });

  test('long names go on two lines, split where the longer line is shortest', () => {
    assert.deepEqual(nameLines('Восточно-Казахстанская область', 18), ['Восточно-Казахстанская', 'область']);
    assert.deepEqual(nameLines('North Kazakhstan Region', 18), ['North Kazakhstan', 'Region']);
    assert.deepEqual(nameLines('Astana', 18), ['Astana']);
  });
});

describe('classes and withheld counts', () => {
  test('counts fall into up to four classes, contiguous from 1; zero is apart', () => {
    assert.deepEqual(countClasses([0, 0]), []);
    assert.deepEqual(countClasses([0, 3, 3]), [{ from: 1, to: 3, shade: 4 }]);
    assert.deepEqual(countClasses([0, 1, 2, 5]), [
      { from: 1, to: 1, shade: 1 },
      { from: 2, to: 2, shade: 3 },
      { from: 3, to: 5, shade: 4 },
    ]);
    const classes = countClasses([1, 1, 1, 1, 2, 2, 3, 4, 6, 9, 12, 40, 120]);
    assert.equal(classes.length, 4);
    for (const [i, c] of classes.entries()) if (i > 0) assert.equal(c.from, (classes[i - 1]?.to ?? 0) + 1);
    assert.equal(shadeOf(0, classes), 0);
    assert.equal(shadeOf(120, classes), 4);
  });

  test('classes come from what is drawn: a shape two units share is shaded by their sum', () => {
    const model = regionMap(
      [
        { value: 'KZ-VOS', count: 3 },
        { value: 'KZ-10', count: 4 },
        { value: 'KZ-ATY', count: 7 },
        { value: 'KZ-ALA', count: 1 },
      ],
      15,
      ['KZ-AST'],
      new Map(),
      'en',
    );
    const area = (id: string) => model.areas.find((a) => a.id === id);
    assert.equal(area('KZ-VOS')?.count, 7);
    assert.equal(area('KZ-VOS')?.shade, area('KZ-ATY')?.shade, 'the pair and Atyrau both count 7');
    assert.equal(area('KZ-VOS')?.split, true);
    assert.equal(model.cities.find((c) => c.code === 'KZ-AST')?.selected, true);
    assert.equal(model.unplaced, 0);
  });

  test('a withheld count cannot be recovered: its shape shows no colour, no sum and no class break', () => {
    const withheld = regionMap(
      [
        { value: 'KZ-VOS', count: 5 },
        { value: 'KZ-10', count: null },
        { value: 'KZ-ATY', count: 9 },
        { value: 'KZ-ALA', count: 2 },
      ],
      30,
      [],
      new Map(),
      'en',
    );
    const east = withheld.areas.find((a) => a.id === 'KZ-VOS');
    assert.equal(east?.count, null, 'no sum of a published and a withheld count');
    assert.equal(east?.shade, null, 'drawn as withheld, whatever the other count');
    assert.equal(withheld.labels.narrow[withheld.areas.indexOf(east as never)]?.count, '–');
    assert.equal(withheld.regions.find((r) => r.code === 'KZ-10')?.count, null);
    assert.equal(withheld.unplaced, null, 'the total minus the placed would give it away');
    // The classes are those of the published counts alone, whatever the withheld one was.
    const without = regionMap(
      [
        { value: 'KZ-ATY', count: 9 },
        { value: 'KZ-ALA', count: 2 },
      ],
      30,
      [],
      new Map(),
      'en',
    );
    assert.deepEqual(withheld.classes, without.classes);
  });

  test('the model: every unit in the table, zero when absent, names from the places table', () => {
    const places = new Map([['KZ-ALA', { kk: 'Алматы', ru: 'Алматы', en: 'Almaty (edited)' }]]);
    const map = regionMap(
      [
        { value: 'KZ-ALA', count: 5 },
        { value: 'KZ-AST', count: 2 },
        { value: 'KG-C', count: 1 },
      ],
      10,
      ['KZ-AST'],
      places,
      'en',
    );
    assert.equal(map.regions.length, 20);
    assert.deepEqual(
      map.regions.slice(0, 3).map((r) => [r.code, r.name, r.count, r.selected]),
      [
        ['KZ-ALA', 'Almaty (edited)', 5, false],
        ['KZ-AST', 'Astana', 2, true],
        ['KZ-10', 'Abai Region', 0, false],
      ],
    );
    assert.equal(map.unplaced, 3, 'one abroad and two without a region');
    assert.equal(map.areas.find((a) => a.id === 'KZ-KAR')?.shade, 0);
  });
});
