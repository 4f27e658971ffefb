import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KAZAKHSTAN_PLACES } from '../../../shared/gazetteer/kazakhstan.js';
import { LANGUAGES } from '../../../shared/languages.js';
import { countClasses, shadeOf } from './classes.js';
import { nameLines, placeLabels } from './labels.js';
import { spreadCircles } from './layout.js';
import { OUTLINE, REGIONS, regionMap, SYMBOL_RADIUS } from './map.data.js';

const { width, height } = OUTLINE.frame;
const byCode = new Map(REGIONS.map((r) => [r.code, r]));
const centre = (code: string) => {
  const place = KAZAKHSTAN_PLACES.find((p) => p.code === code);
  const region = byCode.get(place?.parent === 'KZ' ? code : (place?.parent ?? ''));
  assert.ok(region, code);
  return region.centre;
};

describe('the map of regions', () => {
  test('every first-level unit is on the map, its centre inside the viewBox and in its true order', () => {
    assert.equal(REGIONS.length, 20);
    for (const r of REGIONS) {
      assert.ok(r.centre.x > 0 && r.centre.x < width && r.centre.y > 0 && r.centre.y < height, r.code);
    }
    // Aktau is Mangystau's centre, Pavlodar Pavlodar Region's.
    assert.ok(centre('KZ-MAN').x < centre('KZ-AST').x, 'Aktau lies west of Astana');
    assert.ok(centre('KZ-ALA').y > centre('KZ-PAV').y, 'Almaty lies south of (below) Pavlodar');
    assert.ok(centre('KZ-ZAP').x < centre('KZ-AKT').x, 'Oral lies west of Aktobe');
    assert.ok(centre('KZ-VOS').x > centre('KZ-10').x, 'Oskemen lies east of Semey');
    assert.ok(centre('KZ-SEV').y < centre('KZ-AKM').y, 'Petropavl lies north of Kokshetau');
  });

  test('symbols never overlap, stay in the viewBox and still cover their own centre', () => {
    for (const [i, a] of REGIONS.entries()) {
      const { x, y } = a.symbol;
      assert.ok(x >= SYMBOL_RADIUS && x <= width - SYMBOL_RADIUS, a.code);
      assert.ok(y >= SYMBOL_RADIUS && y <= height - SYMBOL_RADIUS, a.code);
      const moved = Math.hypot(x - a.centre.x, y - a.centre.y);
      assert.ok(moved < SYMBOL_RADIUS, `${a.code} moved ${moved.toFixed(1)} from its centre`);
      for (const b of REGIONS.slice(i + 1)) {
        const apart = Math.hypot(x - b.symbol.x, y - b.symbol.y);
        assert.ok(apart >= 2 * SYMBOL_RADIUS, `${a.code} and ${b.code} are ${apart.toFixed(1)} apart`);
      }
    }
    // Almaty city and Konaev (Almaty Region's centre) are 70 km apart: both moved, side by side.
    const [city, region] = [byCode.get('KZ-ALA'), byCode.get('KZ-ALM')];
    assert.ok(city && region && city.symbol.y > region.symbol.y, 'Almaty stays south of Konaev');
  });

  test('spreading keeps circles that do not touch where they are and separates those that do', () => {
    const box = { width: 200, height: 100 };
    assert.deepEqual(
      spreadCircles(
        [
          { x: 20, y: 20 },
          { x: 150, y: 50 },
        ],
        10,
        2,
        box,
      ),
      [
        { x: 20, y: 20 },
        { x: 150, y: 50 },
      ],
    );
    const [a, b] = spreadCircles(
      [
        { x: 100, y: 50 },
        { x: 100, y: 50 },
      ],
      10,
      2,
      box,
    );
    assert.ok(a && b && Math.hypot(a.x - b.x, a.y - b.y) >= 21, 'two circles on one spot end up apart');
  });

  test('every region gets its name beside its symbol in kk, ru and en', () => {
    const skewed = [
      { value: 'KZ-ALA', count: 40 },
      { value: 'KZ-AST', count: 25 },
      { value: 'KZ-ALM', count: 6 },
      { value: 'KZ-ZHA', count: 1 },
    ];
    for (const counts of [[], skewed]) {
      for (const lang of LANGUAGES) {
        const map = regionMap(counts, 0, [], new Map(), lang);
        const missing = map.regions.filter((r) => !r.label).map((r) => r.name);
        assert.deepEqual(missing, [], `${lang}: no room for ${missing.join(', ')}`);
      }
    }
  });

  test('a name goes where there is room, on two lines if need be, or nowhere', () => {
    const box = { width: 300, height: 100 };
    const [right] = placeLabels([{ x: 280, y: 50, name: 'Astana' }], 10, 10, box);
    assert.equal(right?.anchor, 'end', 'a circle at the right edge has its name on the left');
    const [split] = placeLabels([{ x: 150, y: 50, name: 'North Kazakhstan Region' }], 10, 10, {
      width: 300,
      height: 32,
    });
    assert.equal(split, null, 'no room at all');
    assert.deepEqual(nameLines('Восточно-Казахстанская область'), [
      ['Восточно-Казахстанская область'],
      ['Восточно-Казахстанская', 'область'],
    ]);
    assert.deepEqual(nameLines('North Kazakhstan Region')[1], ['North Kazakhstan', 'Region']);
    assert.deepEqual(nameLines('Astana'), [['Astana']]);
  });

  test('counts fall into up to four classes, contiguous from 1; zero is apart', () => {
    assert.deepEqual(countClasses([0, 0]), []);
    assert.deepEqual(countClasses([0, 3, 3]), [{ from: 1, to: 3, shade: 4 }]);
    assert.deepEqual(countClasses([0, 1, 2, 5]), [
      { from: 1, to: 1, shade: 1 },
      { from: 2, to: 2, shade: 3 },
      { from: 3, to: 5, shade: 4 },
    ]);
    const skewed = [1, 1, 1, 1, 2, 2, 3, 4, 6, 9, 12, 40, 120];
    const classes = countClasses(skewed);
    assert.equal(classes.length, 4);
    assert.equal(classes[0]?.from, 1);
    assert.equal(classes.at(-1)?.to, 120);
    for (const [i, c] of classes.entries()) if (i > 0) assert.equal(c.from, (classes[i - 1]?.to ?? 0) + 1);
    assert.equal(shadeOf(0, classes), 0);
    assert.equal(shadeOf(1, classes), 1);
    assert.equal(shadeOf(120, classes), 4);
  });

  test('the model: zero for regions without incidents, the rest counted as not on the map', () => {
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
    assert.equal(map.regions.find((r) => r.code === 'KZ-62')?.shade, 0);
  });
});
