#!/usr/bin/env node
// Runs the compiled test suite once per database engine: always on embedded PGlite, and on the
// PostgreSQL server at TEST_DATABASE_URL when it is set. In CI (CI=true) the server run is
// mandatory: a missing TEST_DATABASE_URL fails instead of being skipped.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

const only = process.argv.slice(2);
const files = only.length ? only : findTests('dist').sort();
const engines = ['pglite'];
if (process.env.TEST_DATABASE_URL) engines.push('postgres');
else if (process.env.CI === 'true') {
  console.error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL-server suite is mandatory in CI.');
  process.exit(1);
}

let failed = false;
for (const engine of engines) {
  console.log(`\n=== Test suite on ${engine} ===\n`);
  const result = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
    { stdio: 'inherit', env: { ...process.env, QORGAU_TEST_ENGINE: engine } },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
