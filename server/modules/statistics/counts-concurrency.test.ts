import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { PERPETRATOR_EVENTS } from '../../../shared/accountability/codes.js';
import { type TestResponse, useTestApp } from '../../../test/helpers/app.js';
import { ENGINE } from '../../../test/helpers/database.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { countDifferences } from './count-check.repo.js';

/*
 * Hundreds of case writes and victims' role changes on a handful of incidents, many at once on
 * the PostgreSQL server (PGlite has one connection, so there they run one after another). The
 * kept counts must then equal a recount: every write locks its incidents before reading what
 * they counted as.
 */
const t = useTestApp();
const CONCURRENCY = ENGINE === 'postgres' ? 24 : 1;
const WRITES = 320;
const ROLES = ['journalist', 'blogger', 'editor', 'photographer', 'camera_operator'];
const STATUSES = ['identified', 'detained', 'charged', 'convicted', 'acquitted', 'released'];
const DAYS = ['2023-03-01', '2023-06-15', '2024-01-10', '2024-11-30', new Date().toISOString().slice(0, 10)];

interface Incident {
  id: string;
  proceedingId: string;
  involvementIds: string[];
}

const incidents: Incident[] = [];
const people: string[] = [];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

async function setUp(): Promise<void> {
  for (let p = 0; p < 3; p += 1) people.push((await t.post('/api/v1/people', buildPerson())).body.id);
  for (let i = 0; i < 6; i += 1) {
    // Each incident has two of the three victims, so a role change moves several incidents.
    const victims = [people[i % 3], people[(i + 1) % 3]].map((personId, k) => ({ key: `v${k}`, personId }));
    const violations = victims.map((v) => ({ typeCode: 'assault', victim: v.key }));
    const created = await t.post('/api/v1/incidents', buildIncident({ victims, violations }));
    assert.equal(created.status, 201, created.text);
    const opened = await t.post(`/api/v1/incidents/${created.body.id}/proceedings`, {
      kind: 'against_perpetrators',
      authority: 'Police',
    });
    assert.equal(opened.status, 201, opened.text);
    incidents.push({ id: created.body.id, proceedingId: opened.body.proceedings[0].id, involvementIds: [] });
  }
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** One write: an involvement, a legal-status change, a proceeding event or a role change. */
async function oneWrite(next: () => number): Promise<TestResponse> {
  const incident = pick(next, incidents);
  const kind = next();
  if (kind < 0.25 || incident.involvementIds.length === 0) {
    const res = await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
      actor: { type: 'police', name: 'Police department' },
      role: pick(next, ['executor', 'organiser', 'instigator'] as const),
      status: pick(next, STATUSES),
      statusOn: pick(next, DAYS),
    });
    const added = res.body?.involvements?.at(-1)?.id;
    if (res.status === 201 && added) incident.involvementIds.push(added);
    return res;
  }
  if (kind < 0.5) {
    return t.post(`/api/v1/involvements/${pick(next, incident.involvementIds)}/status`, {
      status: pick(next, STATUSES),
      on: pick(next, DAYS),
    });
  }
  if (kind < 0.85) {
    return t.post(`/api/v1/proceedings/${incident.proceedingId}/events`, {
      type: pick(next, PERPETRATOR_EVENTS),
      on: pick(next, DAYS),
    });
  }
  const personId = pick(next, people);
  const person = (await t.get(`/api/v1/people/${personId}`)).body;
  const roles = [pick(next, ROLES), pick(next, ROLES)];
  return t.put(`/api/v1/people/${personId}`, {
    ...buildPerson({ roles }),
    name: person.name,
    version: person.version,
  });
}

describe(`kept counts under ${CONCURRENCY} concurrent writers (${ENGINE})`, () => {
  before(setUp);

  test(`${WRITES} case writes and role changes leave every cell equal to a recount`, async () => {
    const next = random(9);
    const statuses = new Map<number, number>();
    let started = 0;
    const worker = async () => {
      while (started < WRITES) {
        started += 1;
        const res = await oneWrite(next);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const summary = JSON.stringify(Object.fromEntries(statuses));
    // Only a stale person version may be refused (another role change came first).
    assert.deepEqual(
      [...statuses.keys()].filter((s) => ![200, 201, 409].includes(s)),
      [],
      summary,
    );
    assert.ok((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0) > WRITES / 2, summary);
    const differences = await countDifferences(t.db);
    const worst = Math.max(0, ...differences.map((d) => Math.abs(d.kept - d.recounted)));
    assert.equal(differences.length, 0, `${differences.length} cells off, max difference ${worst}`);
  });
});
