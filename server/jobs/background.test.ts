import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ENGINE, freshDatabase } from '../../test/helpers/database.js';
import type { DatabaseHandle } from '../db/database.js';
import { systemPrincipal } from '../http/auth.js';
import { AccountInput } from '../modules/accounts/account.schema.js';
import { createAccount } from '../modules/accounts/account.service.js';
import { emitHelpEvent } from '../modules/help/help.events.js';
import { MAIL_QUEUE } from '../modules/notifications/notifications.js';
import { startBackgroundWork } from './background.js';

/* What `serve` starts beside HTTP, without SMTP: the job queue, and no mail queued at all. */
let handle: DatabaseHandle;
let stop: (() => Promise<void>) | null = null;
const lines: string[] = [];

before(async () => {
  handle = await freshDatabase();
  stop = await startBackgroundWork(null, handle, { log: (line) => lines.push(line) });
});

after(async () => {
  await stop?.();
  await handle?.close();
});

test(`${ENGINE}: without QORGAU_SMTP_URL a help-desk event queues no mail`, async () => {
  const input = AccountInput.parse({ username: 'keen', displayName: 'Keen', role: 'lawyer', language: 'ru' });
  const { account } = await createAccount(
    handle.db,
    systemPrincipal('test'),
    input,
    'a long enough passphrase',
  );
  await handle.db
    .updateTable('accounts')
    .set({ notification_email: 'keen@example.org', notify_help_arrived: true, notify_help_assigned: true })
    .where('id', '=', account.id)
    .execute();
  await emitHelpEvent({ type: 'help.arrived', requestId: '00000000-0000-4000-8000-000000000000' });
  await emitHelpEvent({
    type: 'help.assigned',
    requestId: '00000000-0000-4000-8000-000000000000',
    accountId: account.id,
  });
  const { rows } = await handle.jobSql.executeSql(
    'SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1',
    [MAIL_QUEUE],
  );
  assert.deepEqual(rows, [{ n: 0 }]);
  assert.ok(lines.some((line) => line.startsWith('Mail is off')));
  // The queue itself runs (it will carry other jobs): its schema is there.
  const version = await handle.jobSql.executeSql('SELECT version FROM pgboss.version');
  assert.equal(version.rows.length, 1);
});
