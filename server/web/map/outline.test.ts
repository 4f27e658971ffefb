import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const FILE = resolve(process.cwd(), 'server/web/map/kazakhstan-outline.json');

test('the committed outline is what scripts/build-map.mjs makes from world-atlas', () => {
  const built = spawnSync(process.execPath, ['scripts/build-map.mjs', '--stdout'], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const committed = readFileSync(FILE, 'utf8');
  assert.ok(
    built.stdout === committed,
    'kazakhstan-outline.json is stale: run `npm run map:build` and commit it',
  );
});

test('the outline is small and says where it comes from', () => {
  const bytes = readFileSync(FILE);
  assert.ok(bytes.length < 15_000, `${bytes.length} bytes`);
  const outline = JSON.parse(bytes.toString('utf8'));
  assert.match(outline.source, /Natural Earth.*4\.1\.0.*world-atlas 2\.0\.2/);
  assert.match(outline.licence, /public domain/);
  assert.match(outline.path, /^M\d+ \d+l[-\d ]+z/);
  assert.equal(outline.viewBox, `0 0 ${outline.frame.width} ${outline.frame.height}`);
});
