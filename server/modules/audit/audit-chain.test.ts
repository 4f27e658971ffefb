import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import { asDatabaseOwner, auditRow, restoreAuditRow } from '../../../test/helpers/audit.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { verifyAndRecord, verifyAuditChain } from './audit.verify.js';
import { readChainHead } from './audit-chain.repo.js';

const t = useTestApp();

/** A person with a created and an updated event; returns the person and both event ids. */
async function personWithHistory() {
  const person = (await t.post('/api/v1/people', buildPerson({ name: 'Dana Chained' }))).body;
  await t.put(`/api/v1/people/${person.id}`, { ...buildPerson({ name: 'Dana Rechained' }), version: 1 });
  const history = await t.get(`/api/v1/people/${person.id}/history`);
  const [created, updated] = history.body.items.map((e: { id: number }) => e.id) as [number, number];
  return { id: person.id as string, created, updated };
}

async function historyOf(personId: string) {
  return (await t.get(`/api/v1/people/${personId}/history`)).body;
}

async function assertIntact() {
  const report = await verifyAuditChain(t.db);
  assert.equal(report.broken, null, report.broken?.message);
  assert.equal(report.events, await countRows(t.db, 'audit_events'));
}

describe('the audit log is append-only', () => {
  test('UPDATE, DELETE and TRUNCATE are refused, and nothing changes', async () => {
    const { created } = await personWithHistory();
    const before = await auditRow(t.db, created);
    const refused = /append-only/;
    await assert.rejects(
      sql`UPDATE audit_events SET actor = 'x' WHERE id = ${created}`.execute(t.db),
      refused,
    );
    await assert.rejects(sql`DELETE FROM audit_events WHERE id = ${created}`.execute(t.db), refused);
    await assert.rejects(sql`TRUNCATE audit_events`.execute(t.db), refused);
    await assert.rejects(sql`DELETE FROM audit_chain_head`.execute(t.db), refused);
    assert.deepEqual(await auditRow(t.db, created), before);
    await assertIntact();
  });
});

describe('every write is chained, and verify-audit walks the chain', () => {
  test('events carry a gapless sequence and the hash of the one before; the chain verifies', async () => {
    await t.post('/api/v1/incidents', buildIncident());
    const rows = await t.db
      .selectFrom('audit_events')
      .select(['seq', 'prev_hash', 'hash'])
      .orderBy('seq')
      .execute();
    assert.ok(rows.length >= 2);
    rows.forEach((r, i) => {
      assert.equal(Number(r.seq), i + 1);
      assert.equal(r.prev_hash, i === 0 ? '0'.repeat(64) : rows[i - 1]?.hash);
      assert.match(r.hash, /^[0-9a-f]{64}$/);
    });
    const head = await readChainHead(t.db);
    assert.deepEqual(head, { lastSeq: rows.length, lastHash: rows.at(-1)?.hash });
    await assertIntact();
  });

  test('concurrent writers take turns on the chain head: no fork, no gap', async () => {
    const writes = Array.from({ length: 24 }, (_, i) =>
      t.post('/api/v1/people', buildPerson({ name: `P${i}` })),
    );
    assert.ok((await Promise.all(writes)).every((r) => r.status === 201));
    await assertIntact();
  });
});

describe('tampering is detected and named', () => {
  test('a changed actor', async () => {
    const { id, created } = await personWithHistory();
    const original = await auditRow(t.db, created);
    await asDatabaseOwner(t.db, (trx) =>
      sql`UPDATE audit_events SET actor = 'someone-else' WHERE id = ${created}`.execute(trx),
    );
    const report = await verifyAuditChain(t.db);
    assert.equal(report.broken?.eventId, created);
    assert.equal(report.broken?.problem, 'event_changed');
    assert.match(report.broken?.message ?? '', new RegExp(`event ${created} `));
    const history = await historyOf(id);
    assert.equal(history.integrity.intact, false);
    assert.deepEqual(history.integrity.brokenEvents, [created]);
    await asDatabaseOwner(t.db, (trx) =>
      sql`UPDATE audit_events SET actor = ${original.actor} WHERE id = ${created}`.execute(trx),
    );
    await assertIntact();
  });

  test('a changed time', async () => {
    const { id, updated } = await personWithHistory();
    const original = await auditRow(t.db, updated);
    await asDatabaseOwner(t.db, (trx) =>
      sql`UPDATE audit_events SET occurred_at = occurred_at - interval '3 days' WHERE id = ${updated}`.execute(
        trx,
      ),
    );
    const report = await verifyAuditChain(t.db);
    assert.deepEqual([report.broken?.eventId, report.broken?.problem], [updated, 'event_changed']);
    assert.deepEqual((await historyOf(id)).integrity.brokenEvents, [updated]);
    await asDatabaseOwner(t.db, (trx) =>
      sql`UPDATE audit_events SET occurred_at = ${original.at_text}::timestamptz WHERE id = ${updated}`.execute(
        trx,
      ),
    );
    await assertIntact();
  });

  test('a forged event inserted at the end, even with a correctly computed hash', async () => {
    const { id } = await personWithHistory();
    const forged = await asDatabaseOwner(t.db, async (trx) => {
      const result = await sql<{ id: number }>`
        INSERT INTO audit_events (actor, action, entity_type, entity_id, changes, seq, prev_hash, hash)
        SELECT 'system:forger', 'person.updated', 'person', ${id}, '[]'::jsonb, last_seq + 1, last_hash, ''
        FROM audit_chain_head RETURNING id`.execute(trx);
      const forgedId = Number(result.rows[0]?.id);
      await sql`UPDATE audit_events SET hash = audit_event_hash(prev_hash, audit_events) WHERE id = ${forgedId}`.execute(
        trx,
      );
      return forgedId;
    });
    const report = await verifyAuditChain(t.db);
    assert.deepEqual([report.broken?.eventId, report.broken?.problem], [forged, 'event_beyond_head']);
    const history = await historyOf(id);
    assert.equal(history.items.at(-1).id, forged);
    assert.equal(history.items.at(-1).intact, false);
    assert.equal(history.integrity.intact, false);
    await asDatabaseOwner(t.db, (trx) => sql`DELETE FROM audit_events WHERE id = ${forged}`.execute(trx));
    await assertIntact();
  });

  test('a forged event with a made-up hash, the chain head moved to it', async () => {
    const { id } = await personWithHistory();
    const head = await readChainHead(t.db);
    const forged = await asDatabaseOwner(t.db, async (trx) => {
      const result = await sql<{ id: number }>`
        INSERT INTO audit_events (actor, action, entity_type, entity_id, changes, seq, prev_hash, hash)
        VALUES ('system:forger', 'person.deleted', 'person', ${id}, '[]'::jsonb, ${head.lastSeq + 1},
          ${head.lastHash}, ${'f'.repeat(64)}) RETURNING id`.execute(trx);
      await sql`UPDATE audit_chain_head SET last_seq = last_seq + 1, last_hash = ${'f'.repeat(64)}`.execute(
        trx,
      );
      return Number(result.rows[0]?.id);
    });
    const report = await verifyAuditChain(t.db);
    assert.deepEqual([report.broken?.eventId, report.broken?.problem], [forged, 'event_changed']);
    await asDatabaseOwner(t.db, async (trx) => {
      await sql`DELETE FROM audit_events WHERE id = ${forged}`.execute(trx);
      await sql`UPDATE audit_chain_head SET last_seq = ${head.lastSeq}, last_hash = ${head.lastHash}`.execute(
        trx,
      );
    });
    await assertIntact();
  });

  test('a deleted event, in the middle and at the end', async () => {
    const { id, created, updated } = await personWithHistory();
    const first = await auditRow(t.db, created);
    await asDatabaseOwner(t.db, (trx) => sql`DELETE FROM audit_events WHERE id = ${created}`.execute(trx));
    const report = await verifyAuditChain(t.db);
    // The break shows at the event that follows the one removed.
    const next = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('seq', '=', Number(first.seq) + 1)
      .executeTakeFirstOrThrow();
    assert.deepEqual([report.broken?.eventId, report.broken?.problem], [Number(next.id), 'events_missing']);
    assert.equal(report.events, Number(first.seq) - 1, 'the events before it are intact');
    assert.equal((await historyOf(id)).integrity.intact, false);
    await asDatabaseOwner(t.db, (trx) => restoreAuditRow(trx, first));
    await assertIntact();

    const last = await auditRow(t.db, updated);
    assert.equal(Number(last.seq), (await readChainHead(t.db)).lastSeq);
    await asDatabaseOwner(t.db, (trx) => sql`DELETE FROM audit_events WHERE id = ${updated}`.execute(trx));
    const cut = await verifyAuditChain(t.db);
    assert.equal(cut.broken?.problem, 'events_missing_at_end');
    assert.match(cut.broken?.message ?? '', /the last 1 event\(s\) were removed/);
    await asDatabaseOwner(t.db, (trx) => restoreAuditRow(trx, last));
    await assertIntact();
  });

  test('a full verification that found a break is shown on every history until the next one', async () => {
    const { id, created } = await personWithHistory();
    const original = await auditRow(t.db, created);
    await asDatabaseOwner(t.db, (trx) =>
      sql`UPDATE audit_events SET action = 'person.deleted' WHERE id = ${created}`.execute(trx),
    );
    await verifyAndRecord(t.db);
    await asDatabaseOwner(t.db, (trx) =>
      sql`UPDATE audit_events SET action = ${original.action} WHERE id = ${created}`.execute(trx),
    );
    // Another record's history: its own events are intact, but the log as a whole was not.
    const other = await personWithHistory();
    const history = await historyOf(other.id);
    assert.deepEqual(history.integrity.brokenEvents, []);
    assert.equal(history.integrity.intact, false);
    assert.deepEqual(
      [history.integrity.lastVerification.brokenEventId, history.integrity.lastVerification.problem],
      [created, 'event_changed'],
    );
    const again = await verifyAndRecord(t.db);
    assert.equal(again.broken, null);
    assert.equal((await historyOf(id)).integrity.intact, true);
  });
});
