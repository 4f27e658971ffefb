#!/usr/bin/env node
// Compiles the TypeScript to dist/, or, with --if-stale, only when the build is missing or older
// than a source: a command-line task (npm run cli, npm start) should not wait for the compiler
// when nothing changed. "Older" is judged by modification times of every file and folder the
// compiler reads (a folder's time changes when a file in it is added, renamed or removed).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['server', 'shared', 'bench', 'test', 'tsconfig.json', 'package-lock.json'];
const STAMP = join('dist', '.built');

function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function builtAt() {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return 0;
  }
}

function compile() {
  // The stamp carries the time the compiler started: a source saved during the build leaves it stale.
  const startedAt = new Date();
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  mkdirSync('dist', { recursive: true });
  writeFileSync(STAMP, `${startedAt.toISOString()}\n`);
  utimesSync(STAMP, startedAt, startedAt);
}

if (process.argv.includes('--if-stale')) {
  if (Math.max(...SOURCES.map(newest)) >= builtAt()) {
    console.error('Compiling: the sources changed since the last build.');
    compile();
  }
} else {
  compile();
}
