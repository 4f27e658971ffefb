import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { useTestApp } from '../../../test/helpers/app.js';
import { asDatabaseOwner, auditRow } from '../../../test/helpers/audit.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { signedIn } from '../../../test/helpers/workspace.js';

const t = useTestApp();

const actions = async (incidentId: string) =>
  (await t.get(`/api/v1/incidents/${incidentId}/history`)).body.items.map(
    (e: { action: string }) => e.action,
  );

describe('every action has a name, in the API and on the history pages', () => {
  test('workflow, comments, grants, merging and case changes are recorded by name', async () => {
    const created = (
      await t.post('/api/v1/incidents', buildIncident({ verification: 'verified', visibility: 'restricted' }))
    ).body;
    const id = created.id as string;
    await t.post(`/api/v1/incidents/${id}/verification`, { to: 'published', version: 1 }, 'editor');
    await t.post(`/api/v1/incidents/${id}/verification`, { to: 'verified', version: 2 }, 'editor');
    await t.post(`/api/v1/incidents/${id}/comments`, { body: 'Checked with the editor.' });
    const granted = await t.post(`/api/v1/incidents/${id}/grants`, { role: 'lawyer' });
    assert.equal(granted.status, 201, granted.text);
    await t.delete(`/api/v1/incidents/${id}/grants/${granted.body.items[0].id}`);
    const opened = await t.post(`/api/v1/incidents/${id}/proceedings`, {
      kind: 'against_perpetrators',
      authority: 'Police',
    });
    assert.equal(opened.status, 201, opened.text);
    const step = await t.post(`/api/v1/proceedings/${opened.body.proceedings[0].id}/events`, {
      type: 'case_opened',
      on: '2024-01-10',
    });
    assert.equal(step.status, 201, step.text);
    const duplicate = (await t.post('/api/v1/incidents', buildIncident())).body;
    const merged = await t.post(
      `/api/v1/incidents/${duplicate.id}/merge`,
      { into: id, version: 1, reason: 'the same attack' },
      'editor',
    );
    assert.equal(merged.status, 200, merged.text);
    assert.deepEqual(await actions(id), [
      'incident.created',
      'incident.published',
      'incident.unpublished',
      'comment.added',
      'grant.added',
      'grant.revoked',
      'case.proceeding_added',
      'proceeding.event_added',
      'incident.duplicate_merged',
    ]);
    assert.deepEqual((await actions(duplicate.id)).at(-1), 'incident.merged');

    const viewer = await signedIn(t, 'viewer');
    const page = await viewer.get(`/ru/workspace/incidents/${created.reference}/history`);
    assert.equal(page.status, 200);
    for (const label of [
      'Записал(а) инцидент',
      'Опубликовал(а)',
      'Оставил(а) комментарий',
      'Открыл(а) доступ',
    ]) {
      assert.ok(page.html.includes(label), label);
    }
    assert.ok(!page.html.includes('data-audit-chain="broken"'), 'no warning while the chain holds');
  });

  test('a history page warns in its language when its events were rewritten', async () => {
    const person = (await t.post('/api/v1/people', buildPerson({ name: 'Asel Rewritten' }))).body;
    const [event] = (await t.get(`/api/v1/people/${person.id}/history`)).body.items;
    const original = await auditRow(t.db, event.id);
    await asDatabaseOwner(t.db, (trx) =>
      sql`UPDATE audit_events SET occurred_at = occurred_at + interval '1 hour' WHERE id = ${event.id}`.execute(
        trx,
      ),
    );
    const viewer = await signedIn(t, 'viewer');
    const warnings = {
      kk: 'Бұл тарих қайта жазылған болуы мүмкін.',
      ru: 'Эту историю, возможно, переписали.',
      en: 'This history may have been altered.',
    };
    for (const [lang, warning] of Object.entries(warnings)) {
      const page = await viewer.get(`/${lang}/workspace/history/person/${person.id}`);
      assert.ok(page.html.includes('data-audit-chain="broken"'), lang);
      assert.ok(page.html.includes(warning), lang);
      assert.ok(page.html.includes('data-intact="false"'), `${lang}: the event is marked`);
    }
    await asDatabaseOwner(t.db, (trx) =>
      sql`UPDATE audit_events SET occurred_at = ${original.at_text}::timestamptz WHERE id = ${event.id}`.execute(
        trx,
      ),
    );
    const healed = await viewer.get(`/en/workspace/history/person/${person.id}`);
    assert.ok(!healed.html.includes('data-audit-chain="broken"'));
    assert.ok(healed.html.includes('Added the person'));
  });

  test('account changes are named too: a password reset, a setting, a revoked token', async () => {
    const lastAction = async (entityType: string, entityId: string) =>
      (
        await t.db
          .selectFrom('audit_events')
          .select('action')
          .where('entity_type', '=', entityType)
          .where('entity_id', '=', entityId)
          .orderBy('seq', 'desc')
          .executeTakeFirstOrThrow()
      ).action;
    const reset = await t.post(`/api/v1/accounts/${t.accounts.lawyer}/password-reset`, {});
    assert.equal(reset.status, 200, reset.text);
    assert.equal(await lastAction('account', t.accounts.lawyer), 'account.password_reset');
    assert.equal((await t.put('/api/v1/settings/two-factor', { required: false })).status, 204);
    assert.equal(await lastAction('setting', 'two_factor_required'), 'setting.updated');
    const [token] = (await t.get('/api/v1/tokens', 'viewer')).body.items;
    assert.equal((await t.delete(`/api/v1/tokens/${token.id}`, 'viewer')).status, 200);
    assert.equal(await lastAction('api_token', token.id), 'token.revoked');
  });
});
