import assert from 'node:assert/strict';
import { test } from 'node:test';
import { albers, fitFrame, toViewBox } from './projection.js';

const ASTANA = [71.4491, 51.1694] as const;
const AKTAU = [51.15, 43.65] as const;
const ALMATY = [76.945, 43.238] as const;
const PAVLODAR = [76.9674, 52.2873] as const;

test('the projection keeps east, west, north and south, centred on 67° E, 48° N', () => {
  assert.deepEqual(albers(67, 48), [0, 0]);
  const at = ([lon, lat]: readonly [number, number]) => albers(lon, lat);
  const [astana, aktau, almaty, pavlodar] = [at(ASTANA), at(AKTAU), at(ALMATY), at(PAVLODAR)];
  assert.ok(aktau[0] < astana[0], 'Aktau lies west of Astana');
  assert.ok(almaty[1] < pavlodar[1], 'Almaty lies south of Pavlodar');
  // Both lie on about 77° E; a conic projection's meridians converge towards the pole.
  assert.ok(almaty[0] > pavlodar[0], 'meridians east of the centre lean west going north');
});

test('the projection is equal-area: a one-degree cell keeps its area on the unit sphere', () => {
  for (const [lon, lat] of [
    [50, 41],
    [67, 48],
    [85, 55],
  ] as const) {
    // The cell's outline, finely sampled, so its curved parallels are followed.
    const ring: [number, number][] = [];
    for (let i = 0; i <= 20; i++) ring.push(albers(lon + i / 20, lat));
    for (let i = 20; i >= 0; i--) ring.push(albers(lon + i / 20, lat + 1));
    let twice = 0;
    for (let i = 0; i < ring.length; i++) {
      const [a, b] = [ring[i] as [number, number], ring[(i + 1) % ring.length] as [number, number]];
      twice += a[0] * b[1] - b[0] * a[1];
    }
    const rad = Math.PI / 180;
    const sphere = rad * (Math.sin((lat + 1) * rad) - Math.sin(lat * rad));
    assert.ok(Math.abs(Math.abs(twice / 2) / sphere - 1) < 1e-4, `cell at ${lon}, ${lat}`);
  }
});

test('a frame fits the points into the viewBox with the margin, north up', () => {
  const points = [ASTANA, AKTAU, ALMATY, PAVLODAR].map(([lon, lat]) => albers(lon, lat));
  const frame = fitFrame(points, 1000, 20);
  const at = ([lon, lat]: readonly [number, number]) => toViewBox(lon, lat, frame);
  const [astana, aktau, almaty, pavlodar] = [at(ASTANA), at(AKTAU), at(ALMATY), at(PAVLODAR)];
  assert.ok(Math.abs(aktau[0] - 20) < 1e-9, 'the westernmost point sits on the margin');
  for (const [x, y] of [astana, aktau, almaty, pavlodar]) {
    assert.ok(x >= 20 - 1e-9 && x <= 980 + 1e-9 && y >= 20 - 1e-9 && y <= frame.height - 20 + 1e-9);
  }
  assert.ok(almaty[1] > pavlodar[1], 'south is down');
});
