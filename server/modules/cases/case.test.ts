import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';

const t = useTestApp();

let incident: { id: string; reference: string; violations: { id: string }[]; sources: { id: string }[] };

describe('the accountability story of an incident', () => {
  before(async () => {
    incident = (await t.post('/api/v1/incidents', buildIncident({ title: { en: 'Editor threatened' } })))
      .body;
  });

  test('a new incident has no case: unknown', async () => {
    const res = await t.get(`/api/v1/incidents/${incident.id}/case`);
    assert.equal(res.status, 200);
    assert.equal(res.body.accountability.status, 'unknown');
    assert.deepEqual(res.body.proceedings, []);
    assert.equal((await t.get(`/api/v1/incidents/${incident.id}`)).body.accountability.status, 'unknown');
  });

  test('executors detained, those who ordered it unknown: pending, then stalled into impunity', async () => {
    const executors = await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
      violationId: incident.violations[0]?.id,
      actor: { type: 'private_individual', name: 'Unnamed attackers' },
      role: 'executor',
      headcount: 18,
      status: 'detained',
      statusOn: '2023-02-21',
      sourceId: incident.sources[0]?.id,
    });
    assert.equal(executors.status, 201, executors.text);
    await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
      actor: { type: 'unidentified' },
      role: 'organiser',
    });
    const opened = await t.post(`/api/v1/incidents/${incident.id}/proceedings`, {
      kind: 'against_perpetrators',
      authority: 'Police',
      article: 'Art. 293 (hooliganism)',
    });
    assert.equal(opened.status, 201);
    const proceedingId = opened.body.proceedings[0].id;
    const today = new Date().toISOString().slice(0, 10);
    const event = await t.post(`/api/v1/proceedings/${proceedingId}/events`, {
      type: 'case_opened',
      on: today,
    });
    assert.equal(event.status, 201, event.text);
    assert.equal(event.body.accountability.status, 'pending');
    assert.equal(event.body.accountability.openForDays, 0);
    assert.equal(event.body.involvements[0].legalStatus, 'detained');
    assert.equal(event.body.involvements[0].headcount, 18);
    // Correct the date to an old one: the case has not moved for years.
    const eventId = event.body.proceedings[0].events[0].id;
    const corrected = await t.put(`/api/v1/proceeding-events/${eventId}`, {
      type: 'case_opened',
      on: '2023-02',
      version: 1,
    });
    assert.equal(corrected.status, 200, corrected.text);
    assert.deepEqual(
      [corrected.body.accountability.status, corrected.body.accountability.reason],
      ['impunity', 'stalled'],
    );
    assert.equal(corrected.body.proceedings[0].events[0].on, '2023-02');
    // Filters see it too.
    const list = await t.get(
      '/api/v1/incidents?accountability=impunity&involvementRole=organiser&actorType=unidentified',
    );
    assert.deepEqual(
      list.body.items.map((i: { id: string }) => i.id),
      [incident.id],
    );
    assert.equal((await t.get('/api/v1/incidents?openForDays=365')).body.total, 1);
    assert.equal((await t.get('/api/v1/incidents?openForDays=10000')).body.total, 0);
  });

  test('a conviction of the executors alone is partial; the organiser convicted too is justice', async () => {
    const caseDoc = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body;
    const [executors, organiser] = caseDoc.involvements;
    const convicted = await t.post(`/api/v1/involvements/${executors.id}/status`, {
      status: 'convicted',
      on: '2024-03-01',
    });
    assert.deepEqual(
      [convicted.body.accountability.status, convicted.body.accountability.reason],
      ['partial', 'organisers_not_convicted'],
    );
    const both = await t.post(`/api/v1/involvements/${organiser.id}/status`, {
      status: 'convicted',
      on: '2024-06-01',
    });
    assert.equal(both.body.accountability.status, 'justice');
    assert.deepEqual(
      both.body.involvements[1].events.map((e: { status: string }) => e.status),
      ['unidentified', 'convicted'],
    );
  });

  test('retracting the conviction puts the status back, and the event stays in the log, marked', async () => {
    const caseDoc = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body;
    const proceedingId = caseDoc.proceedings[0].id;
    const verdict = await t.post(`/api/v1/proceedings/${proceedingId}/events`, {
      type: 'convicted',
      on: '2024-06-01',
      sentence: '5 years',
    });
    const verdictId = verdict.body.proceedings[0].events[1].id;
    const retracted = await t.post(`/api/v1/proceeding-events/${verdictId}/retract`, {
      reason: 'entered on the wrong case',
      version: 1,
    });
    assert.equal(retracted.status, 200, retracted.text);
    const events = retracted.body.proceedings[0].events;
    assert.equal(events.length, 2);
    assert.equal(events[1].retracted.reason, 'entered on the wrong case');
    const again = await t.post(`/api/v1/proceeding-events/${verdictId}/retract`, {
      reason: 'twice',
      version: 2,
    });
    assert.equal(again.status, 409);
    const publicCase = await t.get(`/api/v1/incidents/${incident.id}/case`, 'public');
    assert.equal(publicCase.body.proceedings[0].events.length, 1, 'the public does not see retracted events');
  });

  test('an override needs a reason, wins over the derived status, and can be removed', async () => {
    const noReason = await t.put(`/api/v1/incidents/${incident.id}/accountability-override`, {
      status: 'impunity',
    });
    assert.equal(noReason.status, 422);
    assert.deepEqual(
      noReason.body.error.details.map((d: { path: string }) => d.path),
      ['reason'],
    );
    const set = await t.put(`/api/v1/incidents/${incident.id}/accountability-override`, {
      status: 'impunity',
      reason: 'The convictions were overturned on appeal, reported by the lawyer on 2024-09-01',
    });
    assert.deepEqual(
      [set.body.accountability.status, set.body.accountability.reason],
      ['impunity', 'override'],
    );
    assert.equal(set.body.accountability.derived.status, 'justice');
    assert.equal((await t.get(`/api/v1/incidents/${incident.id}`)).body.accountability.status, 'impunity');
    const removed = await t.put(`/api/v1/incidents/${incident.id}/accountability-override`, { status: null });
    assert.equal(removed.body.accountability.status, 'justice');
    assert.equal(removed.body.accountability.override, null);
  });

  test('every change to the case is in the incident’s history', async () => {
    const history = (await t.get(`/api/v1/incidents/${incident.id}/history`)).body.items;
    const caseEntries = history.filter((e: { entity: string }) => e.entity === 'case');
    assert.ok(caseEntries.length >= 9, `${caseEntries.length} case entries`);
    const correction = caseEntries.find(
      (e: { changes: { path: string; before: unknown; after: unknown }[] }) =>
        e.changes.some((c) => c.path === 'proceedings.0.events.0.on' && c.after === '2023-02'),
    );
    assert.ok(correction, 'the corrected date and what it was before are kept');
  });

  test('the public case names institutions but not individuals, and drops notes', async () => {
    await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
      actor: { type: 'police', name: 'Kokshetau city police', level: 'local' },
      role: 'failed_to_protect',
      note: 'internal: the duty officer refused to register the complaint',
    });
    const person = (await t.post('/api/v1/people', { name: 'Suspect Private Name', consentToName: false }))
      .body;
    await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
      actor: { type: 'private_individual', name: 'Suspect Private Name', personId: person.id },
      role: 'accomplice',
    });
    const res = await t.get(`/api/v1/incidents/${incident.id}/case`, 'public');
    assert.ok(res.text.includes('Kokshetau city police'));
    assert.ok(!res.text.includes('Suspect Private Name'));
    assert.ok(!res.text.includes('duty officer'));
    assert.ok(!res.text.includes('"note"'));
  });

  test('bad input: wrong event for the kind, foreign source, unknown actor type, stale version — nothing written', async () => {
    const caseDoc = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body;
    const proceedingId = caseDoc.proceedings[0].id;
    const events = await countRows(t.db, 'proceeding_events');
    const audit = await countRows(t.db, 'audit_events');
    const wrongKind = await t.post(`/api/v1/proceedings/${proceedingId}/events`, {
      type: 'civil_suit_filed',
    });
    assert.equal(wrongKind.status, 422);
    const other = (await t.post('/api/v1/incidents', buildIncident())).body;
    const foreign = await t.post(`/api/v1/proceedings/${proceedingId}/events`, {
      type: 'charged',
      sourceId: other.sources[0].id,
    });
    assert.deepEqual(foreign.body.error.details, [{ path: 'sourceId', code: 'unknown_id' }]);
    const badActor = await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
      actor: { type: 'aliens' },
      role: 'executor',
    });
    assert.deepEqual(badActor.body.error.details, [{ path: 'actor.type', code: 'unknown_code' }]);
    const both = await t.post(`/api/v1/incidents/${incident.id}/involvements`, { role: 'executor' });
    assert.equal(both.status, 422);
    const stale = await t.put(`/api/v1/proceedings/${proceedingId}`, {
      kind: 'against_perpetrators',
      version: 99,
    });
    assert.equal(stale.status, 409);
    const badDate = await t.post(`/api/v1/proceedings/${proceedingId}/events`, {
      type: 'charged',
      on: '2023-02-30',
    });
    assert.equal(badDate.status, 422);
    assert.equal(await countRows(t.db, 'proceeding_events'), events);
    assert.equal(
      await countRows(t.db, 'audit_events'),
      audit + 2,
      'only the other incident and its victim were written',
    );
    assert.equal((await t.get('/api/v1/incidents/00000000-0000-4000-8000-000000000000/case')).status, 404);
    assert.equal(
      (
        await t.post(
          `/api/v1/incidents/${incident.id}/proceedings`,
          { kind: 'against_perpetrators' },
          'public',
        )
      ).status,
      401,
    );
  });
});
