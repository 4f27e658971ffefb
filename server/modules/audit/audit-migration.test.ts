import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { freshDatabase } from '../../../test/helpers/database.js';
import { MIGRATIONS, migrateToLatest } from '../../db/migrator.js';
import { listAudit, recordAudit } from './audit.repo.js';
import { verifyAuditChain } from './audit.verify.js';

test('the migration names the actions of older events and chains them in the order they were recorded', async () => {
  const { '0007_audit_chain': chain, ...before } = MIGRATIONS;
  assert.ok(chain);
  const handle = await freshDatabase({ migrate: false });
  try {
    await migrateToLatest(handle.db, before);
    await sql`INSERT INTO audit_events (occurred_at, actor, action, entity_type, entity_id, changes) VALUES
      ('2024-01-02 03:04:05.123456+00', 'system:demo', 'create', 'incident', 'i1', '[{"path": "", "before": null, "after": {"a": 1.50}}]'),
      ('2024-01-02 03:04:06+00', 'acc-1', 'update', 'incident', 'i1', '[{"path": "title.en", "before": "A", "after": "B"}]'),
      ('2024-01-02 03:04:07+00', 'acc-1', 'update', 'api_token', 't1', '[]'),
      ('2024-01-02 03:04:08+00', 'acc-1', 'create', 'vocabulary_term', 'v1', '[]'),
      ('2024-01-02 03:04:09+00', 'acc-1', 'delete', 'evidence', 'i1', '[]'),
      ('2024-01-02 03:04:10+00', 'acc-1', 'delete', 'incident', 'i1', '[]')`.execute(handle.db);
    await migrateToLatest(handle.db);
    const rows = await handle.db.selectFrom('audit_events').select(['action', 'seq']).orderBy('id').execute();
    assert.deepEqual(
      rows.map((r) => [r.action, Number(r.seq)]),
      [
        ['incident.created', 1],
        ['incident.updated', 2],
        ['token.revoked', 3],
        ['term.created', 4],
        ['evidence.removed', 5],
        ['incident.deleted', 6],
      ],
    );
    let report = await verifyAuditChain(handle.db);
    assert.equal(report.broken, null, report.broken?.message);
    assert.equal(report.events, 6);
    // The runtime continues the chain the migration built, with the same hash function.
    await recordAudit(handle.db, {
      actor: 'acc-2',
      action: 'incident.created',
      entityType: 'incident',
      entityId: 'i2',
      before: null,
      after: { title: 'Новый' },
    });
    report = await verifyAuditChain(handle.db);
    assert.equal(report.broken, null, report.broken?.message);
    assert.equal(report.events, 7);
    assert.ok((await listAudit(handle.db, 'incident', 'i1')).every((e) => e.intact));
  } finally {
    await handle.close();
  }
});
