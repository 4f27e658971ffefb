import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/*
 * SQL lives in repositories (`*.repo.ts`) and in `server/db/` only: services, routes, pages and
 * helpers call repository functions, so every rule a query keeps (what is public, what a reader
 * may see, when a case has stalled) stays in one place. Tests may query the database directly.
 */
const root = join(fileURLToPath(import.meta.url), '..', '..', '..', 'server');

/** What betrays a query: Kysely's builders, the `sql` tag, running a builder, importing Kysely's values. */
const QUERY = [
  /\.selectFrom\(/,
  /\.insertInto\(/,
  /\.updateTable\(/,
  /\.deleteFrom\(/,
  /\bsql(<[^>]*>)?`/,
  /\.execute(TakeFirst(OrThrow)?)?\(/,
  /^import \{(?! *type )[^}]*\} from 'kysely'/m,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const allowed = (file: string) =>
  file.endsWith('.repo.ts') || file.startsWith('db/') || /\.test\.tsx?$/.test(file);

test('no SQL outside repositories and server/db/', () => {
  const offenders = sources(root)
    .map((path) => relative(root, path))
    .filter((file) => !allowed(file))
    .flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return QUERY.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern.source}`);
    });
  assert.deepEqual(offenders, []);
});

test('the check sees SQL where it is', () => {
  const repo = readFileSync(join(root, 'modules/incidents/incident-scope.repo.ts'), 'utf8');
  assert.ok(QUERY.some((pattern) => pattern.test(repo)));
});
