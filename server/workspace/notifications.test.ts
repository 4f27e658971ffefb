import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { t as text } from '../../shared/i18n/index.js';
import { countRows, useTestApp } from '../../test/helpers/app.js';
import { browser, signedIn } from '../../test/helpers/workspace.js';
import { buildApp } from '../app.js';
import type { Principal } from '../http/auth.js';
import { changeOwnNotificationSettings } from '../modules/accounts/notification-settings.service.js';

/* One's own e-mail notifications on the account page: who sees them, what is saved, what is refused. */
const t = useTestApp({ mailEnabled: true });
const PAGE = '/en/workspace/password';
const ACTION = '/en/workspace/notifications';

async function settingsOf(id: string) {
  return t.db
    .selectFrom('accounts')
    .select(['notification_email', 'notify_help_arrived', 'notify_help_assigned', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe('notification settings in the workspace', () => {
  test('a lawyer sees the section; a viewer does not, and may not post it', async () => {
    const lawyer = await signedIn(t, 'lawyer');
    const page = (await lawyer.get(PAGE)).html;
    assert.match(page, /id="notifications"/);
    assert.ok(page.includes(text('en', 'nt.arrived')));
    assert.ok(!page.includes('data-mail-off'), 'mail is on in this app');

    const viewer = await signedIn(t, 'viewer');
    const viewerPage = (await viewer.get(PAGE)).html;
    assert.doesNotMatch(viewerPage, /id="notifications"/);
    const before = await settingsOf(viewer.accountId);
    const res = await viewer.post(ACTION, {
      _csrf: viewer.csrf(viewerPage),
      email: 'viewer@example.org',
      helpArrived: 'true',
    });
    assert.equal(res.status, 403);
    assert.deepEqual(await settingsOf(viewer.accountId), before);
  });

  test('saving: the address and the choices stored, audited without the address', async () => {
    const monitor = await signedIn(t, 'monitor');
    const audits = await countRows(t.db, 'audit_events');
    const res = await monitor.submit(PAGE, ACTION, {
      email: '  Monitor.One@Example.org ',
      helpArrived: 'true',
    });
    assert.equal(res.status, 303);
    assert.equal(res.location, `${PAGE}?done=notifications#notifications`);
    const row = await settingsOf(monitor.accountId);
    assert.equal(row.notification_email, 'Monitor.One@Example.org');
    assert.equal(row.notify_help_arrived, true);
    assert.equal(row.notify_help_assigned, false);
    assert.equal(await countRows(t.db, 'audit_events'), audits + 1);
    const event = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', monitor.accountId)
      .where('action', '=', 'account.notifications_changed')
      .executeTakeFirstOrThrow();
    assert.equal(event.actor, monitor.accountId);
    assert.ok(
      !JSON.stringify(event.changes).toLowerCase().includes('monitor.one'),
      'no address in the audit',
    );
    const page = (await monitor.get(`${PAGE}?done=notifications`)).html;
    assert.match(page, /value="Monitor.One@Example.org"/);
    assert.match(page, /name="helpArrived" value="true" checked/);
  });

  test('refused: an address that is not one, or a choice without an address; nothing changes', async () => {
    const lawyer = await signedIn(t, 'lawyer');
    const before = await settingsOf(lawyer.accountId);
    const audits = await countRows(t.db, 'audit_events');
    const bad = await lawyer.submit(PAGE, ACTION, { email: 'not an address<script>', helpAssigned: 'true' });
    assert.equal(bad.status, 422);
    assert.ok(bad.html.includes(text('en', 'nt.badEmail')));
    assert.ok(!bad.html.includes('<script>'), 'what was typed comes back escaped');
    const none = await lawyer.submit(PAGE, ACTION, { email: '', helpArrived: 'true' });
    assert.equal(none.status, 422);
    assert.ok(none.html.includes(text('en', 'nt.needsEmail')));
    const long = await lawyer.submit(PAGE, ACTION, { email: `${'a'.repeat(250)}@example.org` });
    assert.equal(long.status, 422);
    const forged = await lawyer.post(ACTION, { _csrf: 'forged', email: 'x@example.org' });
    assert.equal(forged.status, 403);
    assert.deepEqual(await settingsOf(lawyer.accountId), before);
    assert.equal(await countRows(t.db, 'audit_events'), audits);
  });

  test("no one changes another person's settings, not even an administrator", async () => {
    const lawyer = await signedIn(t, 'lawyer');
    const before = await settingsOf(lawyer.accountId);
    const admin: Principal = {
      kind: 'account',
      id: t.accounts.administrator,
      username: 'test-administrator',
      role: 'administrator',
      scopes: null,
    };
    await assert.rejects(
      changeOwnNotificationSettings(t.db, admin, lawyer.accountId, {
        email: 'admin@example.org',
        helpArrived: true,
        helpAssigned: true,
      }),
      { code: 'forbidden' },
    );
    assert.deepEqual(await settingsOf(lawyer.accountId), before);
  });

  test('in Kazakh, and saying that mail is off when the server has no SMTP', async () => {
    const off = buildApp({ db: t.db, files: { dir: t.filesDir }, mailEnabled: false });
    const lawyer = await signedIn(t, 'lawyer');
    const b = Object.assign(browser({ ...t, app: off }), {});
    for (const [k, v] of lawyer.jar) b.jar.set(k, v);
    const page = (await b.get('/kk/workspace/password')).html;
    assert.match(page, /data-mail-off/);
    for (const key of ['nt.title', 'nt.mailOff', 'nt.arrived', 'nt.assigned'] as const) {
      assert.ok(page.includes(text('kk', key)), key);
    }
  });
});
