import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { useTestApp } from '../../test/helpers/app.js';

const t = useTestApp();

test('the served description is OpenAPI 3.1 and matches the committed docs/openapi.json', async () => {
  const res = await t.get('/api/v1/openapi.json', 'public');
  assert.equal(res.status, 200);
  assert.equal(res.body.openapi, '3.1.0');
  const committed = JSON.parse(readFileSync(resolve(process.cwd(), 'docs/openapi.json'), 'utf8'));
  assert.deepEqual(res.body, committed, 'docs/openapi.json is stale: run `npm run openapi` and commit it');
});

test('every route the app serves is described, with its request and response schemas', async () => {
  const doc = (await t.get('/api/v1/openapi.json', 'public')).body;
  // Every method and path the app routes under /api/v1, as Hono registered them.
  const served = t.app.routes
    .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL' && !r.path.endsWith('openapi.json'))
    .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`);
  const expected = [...new Set(served)];
  assert.ok(expected.length > 30, `only ${expected.length} routes found`);
  const described = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`),
  );
  assert.deepEqual(described.sort(), expected.sort());
  const incidentInput = doc.components.schemas.IncidentInput;
  assert.equal(incidentInput.additionalProperties, false);
  assert.ok(incidentInput.required.includes('title'));
  assert.ok(doc.paths['/api/v1/incidents'].get.parameters.some((p: { name: string }) => p.name === 'q'));
  assert.ok(doc.paths['/api/v1/incidents'].post.responses['422']);
  assert.ok(doc.components.schemas.Error);
});
