#!/usr/bin/env node
// Builds server/web/map/kazakhstan-outline.json, the outline the public map draws: Kazakhstan
// (ISO 3166-1 numeric 398) from Natural Earth's 1:10m Admin 0 countries (public domain), as the
// npm package world-atlas 2.0.2 redistributes them, projected with the map's own projection and
// simplified. Run `npm run map:build` (it compiles the projection first); `--stdout` prints the
// file instead of writing it, which the drift test compares with the committed bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { ALBERS_KAZAKHSTAN, albers, fitFrame } from '../dist/shared/geo/projection.js';

const OUT = new URL('../server/web/map/kazakhstan-outline.json', import.meta.url);
const WIDTH = 1000;
// Room around the country for region symbols near the border.
const MARGIN = 30;
// Douglas–Peucker tolerance and the smallest island kept, in viewBox units (1 unit ≈ 3 km).
const TOLERANCE = 0.6;
const MIN_AREA = 6;

/** Distance from p to the segment a–b. */
function segmentDistance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker: the points of a line that keep it within `tolerance` of the original. */
function simplify(points, tolerance) {
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
  return points.filter((_, i) => keep[i]);
}

/** Shoelace area of a ring. */
function area(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(sum / 2);
}

/** A ring as a compact SVG path: absolute start, then relative integer steps. */
function ringPath(ring) {
  const rounded = ring.map(([x, y]) => [Math.round(x), Math.round(y)]);
  const steps = [];
  for (let i = 1; i < rounded.length - 1; i++) {
    const [dx, dy] = [rounded[i][0] - rounded[i - 1][0], rounded[i][1] - rounded[i - 1][1]];
    if (dx !== 0 || dy !== 0) steps.push(`${dx}${dy < 0 ? '' : ' '}${dy}`);
  }
  const [x, y] = rounded[0];
  return `M${x} ${y}l${steps.join(' ').replace(/ -/g, '-')}z`;
}

/** The outline file's text. */
export function buildOutline() {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  const geometries = topology.objects.countries.geometries.filter((g) => g.id === '398');
  if (geometries.length !== 1) throw new Error('Kazakhstan (398) not found in countries-10m.json');
  const shape = feature(topology, geometries[0]).geometry;
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  // Outer rings only: the one hole is the Baikonur lease area, which the packaged data assigns to
  // Russia but which is Kazakhstan's territory (Kyzylorda Region) leased until 2050.
  const rings = polygons.map((polygon) => polygon[0].map(([lon, lat]) => albers(lon, lat)));
  const frame = fitFrame(rings.flat(), WIDTH, MARGIN);
  const rounded = {
    scale: Number(frame.scale.toFixed(4)),
    left: Number(frame.left.toFixed(4)),
    top: Number(frame.top.toFixed(4)),
    width: frame.width,
    height: frame.height,
  };
  const paths = rings
    .map((ring) => ring.map(([x, y]) => [x * rounded.scale + rounded.left, rounded.top - y * rounded.scale]))
    .filter((ring) => area(ring) >= MIN_AREA)
    .map((ring) => ringPath(simplify(ring, TOLERANCE)));
  const outline = {
    name: 'Kazakhstan',
    source:
      'Natural Earth 1:10m Cultural Vectors, Admin 0 – Countries, version 4.1.0, as redistributed in the npm package world-atlas 2.0.2 (countries-10m.json, feature 398)',
    licence:
      'Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/); the world-atlas packaging is under the ISC licence',
    changes: `Projected (Albers equal-area conic, standard parallels ${ALBERS_KAZAKHSTAN.standardParallels.join('° and ')}° N, central meridian ${ALBERS_KAZAKHSTAN.centralMeridian}° E), the Baikonur lease area filled in, simplified (Douglas–Peucker, ${TOLERANCE} units), islands under ${MIN_AREA} square units left out, rounded to whole units`,
    generator: 'scripts/build-map.mjs (npm run map:build)',
    projection: ALBERS_KAZAKHSTAN,
    frame: rounded,
    viewBox: `0 0 ${rounded.width} ${rounded.height}`,
    path: paths.join(''),
  };
  return `${JSON.stringify(outline, null, 2)}\n`;
}

if (import.meta.url === new URL(process.argv[1] ?? '', 'file://').href) {
  const text = buildOutline();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    writeFileSync(OUT, text);
    console.log(`${OUT.pathname}: ${Buffer.byteLength(text)} bytes`);
  }
}
