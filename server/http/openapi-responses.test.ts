import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { type TestResponse, useTestApp, type Who } from '../../test/helpers/app.js';
import { check, type Doc, type Schema } from '../../test/helpers/json-schema.js';
import { fillPath, type Seeded, seedEverything } from '../../test/helpers/seed-all.js';
import { loadDemoData } from '../demo/load.js';

// Real answers of every documented GET, on a database holding the demo records and one record
// of every kind, checked against the schema the OpenAPI document gives for them: the public's
// shape for a caller without a token, the internal one for a token. Output schemas forbid
// fields they do not name, so an internal field in a public answer fails here.
const t = useTestApp();
let doc: Doc & { paths: Record<string, Record<string, Operation>> };
let seeded: Seeded;

interface Operation {
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: Schema }>; 'x-public-schema'?: Schema }>;
}

/** The documented 200 answer of an operation for an audience, or null for a binary one. */
function documented(op: Operation, audience: 'public' | 'internal'): Schema | null {
  const ok = op.responses['200'];
  const json = ok?.content?.['application/json'];
  if (!ok || !json) return null;
  if (ok['x-public-schema']) {
    return audience === 'public' ? ok['x-public-schema'] : ((json.schema.anyOf as Schema[])[0] as Schema);
  }
  return json.schema;
}

// Query variants worth a second look: the list without facets and with filters applied.
const VARIANTS: Record<string, string[]> = {
  '/api/v1/incidents': ['', '?facets=false', '?type=assault&sort=date_asc&limit=2', '?q=journalist'],
  '/api/v1/interventions': ['', '?overdue=true'],
};

async function checked(path: string, as: Who, schema: Schema): Promise<TestResponse> {
  const res = await t.get(path, as);
  if (res.status === 200) {
    const problems = check(doc, schema, res.body);
    assert.deepEqual(problems.slice(0, 5), [], `${as} GET ${path} answers outside its documented shape`);
  }
  return res;
}

describe('the OpenAPI document against real answers', () => {
  before(async () => {
    await loadDemoData(t.db);
    seeded = await seedEverything(t);
    doc = (await t.get('/api/v1/openapi.json', 'public')).body;
  });

  /** Checks one GET operation's answers; returns how many were 200 and checked. */
  async function checkOperation(template: string, op: Operation, internalSchema: Schema): Promise<number> {
    const path = fillPath(seeded, template);
    const seen: number[] = [];
    let answers = 0;
    for (const variant of VARIANTS[template] ?? ['']) {
      seen.push((await checked(`${path}${variant}`, 'admin', internalSchema)).status);
      if (op.security) {
        assert.equal((await t.get(`${path}${variant}`, 'public')).status, 401, `public GET ${template}`);
        continue;
      }
      const publicAnswer = await checked(`${path}${variant}`, 'public', documented(op, 'public') as Schema);
      assert.ok(publicAnswer.status === 200 || publicAnswer.status === 404, `public GET ${template}`);
      answers += publicAnswer.status === 200 ? 1 : 0;
    }
    assert.ok(seen.includes(200), `GET ${template} as a token: ${seen.join(', ')}`);
    return answers + seen.filter((s) => s === 200).length;
  }

  test('every GET answers in the shape the OpenAPI document gives it, to the public and to a token', async () => {
    let operations = 0;
    let answers = 0;
    for (const [template, ops] of Object.entries(doc.paths)) {
      const internalSchema = ops.get ? documented(ops.get, 'internal') : null;
      if (!ops.get || !internalSchema) continue;
      operations += 1;
      answers += await checkOperation(template, ops.get, internalSchema);
    }
    assert.ok(operations >= 30, `only ${operations} GET operations found`);
    console.log(`response shapes: ${operations} GET operations, ${answers} answers checked`);
  });

  test('the public gets the public shapes, which name no internal field', () => {
    const schemas = doc.components.schemas;
    for (const name of [
      'PublicIncident',
      'PublicIncidentList',
      'PublicCase',
      'PublicPerson',
      'PublicIntervention',
    ]) {
      const text = JSON.stringify(schemas[name]);
      assert.ok(schemas[name], name);
      for (const field of ['internalNotes', '"visibility"', 'consentToName', '"gender"', 'createdBy']) {
        assert.ok(!text.includes(field), `${name} names ${field}`);
      }
    }
    const incident = doc.paths['/api/v1/incidents/{id}']?.get?.responses['200'];
    assert.equal(incident?.['x-public-schema']?.$ref, '#/components/schemas/PublicIncident');
  });

  test('the check can fail: an internal answer does not pass for the public shape', async () => {
    const internal = await t.get(`/api/v1/incidents/${seeded.incident.id}`, 'admin');
    const problems = check(doc, { $ref: '#/components/schemas/PublicIncident' }, internal.body);
    assert.ok(
      problems.some((p) => p.includes('internalNotes') || p.includes('visibility')),
      problems.join('; '),
    );
  });
});
