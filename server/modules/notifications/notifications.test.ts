import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Role } from '../../../shared/access/permissions.js';
import { t as text } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { ENGINE, freshDatabase } from '../../../test/helpers/database.js';
import { report } from '../../../test/helpers/help-workspace.js';
import { startTestSmtp, type TestSmtp } from '../../../test/helpers/smtp.js';
import type { DatabaseHandle } from '../../db/database.js';
import { type Principal, systemPrincipal } from '../../http/auth.js';
import { startBackgroundWork } from '../../jobs/background.js';
import { AccountInput } from '../accounts/account.schema.js';
import { createAccount, updateAccount } from '../accounts/account.service.js';
import { changeOwnNotificationSettings } from '../accounts/notification-settings.service.js';
import { emitHelpEvent } from '../help/help.events.js';
import { assignHelpRequest, submitHelpRequest } from '../help/help.service.js';
import { initHelpDesk } from '../help/help-keys.service.js';

/*
 * Help-desk events (from the desk's own use cases, and sent directly where the desk would refuse
 * the move) through the job queue to a real SMTP server on 127.0.0.1, on this run's engine:
 * who gets a mail, in which language, that it carries nothing of the request, and that a refused
 * mail arrives later.
 */
const PUBLIC_URL = 'https://qorgau.example.org';
/** The window of one "waiting" mail per person, short for the test (five minutes in service). */
const WINDOW = 2;
let handle: DatabaseHandle;
let smtp: TestSmtp;
let stop: (() => Promise<void>) | null = null;
let n = 0;

interface Staff {
  id: string;
  email: string;
  language: Language;
}

async function staff(role: Role, language: Language, choices: { arrived: boolean; assigned: boolean }) {
  n += 1;
  const input = AccountInput.parse({ username: `mailee${n}`, displayName: `Mailee ${n}`, role, language });
  const { account } = await createAccount(
    handle.db,
    systemPrincipal('test'),
    input,
    'a long enough passphrase',
  );
  const email = `mailee${n}@example.org`;
  const self: Principal = { kind: 'account', id: account.id, username: account.username, role, scopes: null };
  if (role === 'viewer') {
    // The service refuses someone without help.work; the row is set as if they once had it.
    await handle.db
      .updateTable('accounts')
      .set({ notification_email: email, notify_help_arrived: true, notify_help_assigned: true })
      .where('id', '=', account.id)
      .execute();
  } else {
    await changeOwnNotificationSettings(handle.db, self, account.id, {
      email,
      helpArrived: choices.arrived,
      helpAssigned: choices.assigned,
    });
  }
  return { id: account.id, email, language, version: account.version } as Staff & { version: number };
}

/** A request as the public form hands it over, through the help desk's own use case (sealed, audited). */
async function seedRequest(marker: string): Promise<string> {
  return (await submitHelpRequest(handle.db, report(marker))).id;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let kkLawyer: Staff;
let ruMonitor: Staff;
let enEditor: Staff;
let optedOut: Staff;
let disabledAdmin: Staff;
let viewer: Staff;
/** A request that came before anyone listened: its content holds this marker. */
const EARLIER = `MARKER-${randomBytes(6).toString('hex')}`;
let earlierId: string;

before(async () => {
  handle = await freshDatabase();
  smtp = await startTestSmtp();
  try {
    kkLawyer = await staff('lawyer', 'kk', { arrived: true, assigned: true });
    ruMonitor = await staff('monitor', 'ru', { arrived: true, assigned: false });
    enEditor = await staff('editor', 'en', { arrived: true, assigned: true });
    optedOut = await staff('lawyer', 'en', { arrived: false, assigned: false });
    const admin = await staff('administrator', 'en', { arrived: true, assigned: true });
    await updateAccount(handle.db, systemPrincipal('test'), admin.id, {
      displayName: 'Gone',
      role: 'administrator',
      language: 'en',
      disabled: true,
      version: admin.version + 1,
    });
    disabledAdmin = admin;
    viewer = await staff('viewer', 'en', { arrived: true, assigned: true });
    await initHelpDesk(handle.db);
    earlierId = await seedRequest(EARLIER);
    const mail = { smtpUrl: smtp.url, from: 'Qorgau <desk@example.org>', publicUrl: PUBLIC_URL };
    // Short retries for the test: 1 s, then about 2 s.
    stop = await startBackgroundWork(mail, handle, {
      log: () => undefined,
      queue: { pollingIntervalSeconds: 0.5 },
      mailRetry: { retryLimit: 3, retryDelaySeconds: 1, retryBackoff: true },
      arrivalWindowSeconds: WINDOW,
    });
  } catch (err) {
    await smtp.close();
    throw err;
  }
});

after(async () => {
  await stop?.();
  await smtp?.close();
  await handle?.close();
});

describe(`${ENGINE}: e-mail notifications through a real SMTP server`, () => {
  test('a new request: one mail to each who chose it, in their language, with nothing of the request', async () => {
    const marker = `MARKER-${randomBytes(6).toString('hex')}`;
    const requestId = await seedRequest(marker); // the desk tells of its arrival itself
    const mails = await smtp.waitFor(3);
    await pause(1500); // a poll or two more: nobody else gets one
    assert.equal(smtp.mails.length, 3);
    const byAddress = new Map(mails.map((m) => [m.to.join(','), m]));
    assert.deepEqual([...byAddress.keys()].sort(), [kkLawyer.email, ruMonitor.email, enEditor.email].sort());
    for (const person of [kkLawyer, ruMonitor, enEditor]) {
      const mail = byAddress.get(person.email) as (typeof mails)[number];
      assert.equal(mail.subject, text(person.language, 'nt.mail.arrived.subject'));
      assert.ok(mail.text.includes(text(person.language, 'nt.mail.arrived.body')));
      assert.ok(mail.text.includes(`${PUBLIC_URL}/${person.language}/workspace/help\n`));
      const words = [
        'Избили',
        'акимата',
        'witness',
        'attack',
        text(person.language, 'nt.mail.assigned.body'),
      ];
      for (const secret of [requestId, marker, earlierId, EARLIER, ...words]) {
        assert.ok(!mail.whole.includes(secret), `${secret} in the mail to ${person.language}`);
      }
    }
    assert.ok(
      !mails.some((m) =>
        [optedOut.email, disabledAdmin.email, viewer.email].some((e) =>
          [...m.to, m.whole].join(' ').includes(e),
        ),
      ),
    );
  });

  test('an assignment: a mail to the assignee who chose it, nothing to one who did not', async () => {
    await pause(WINDOW * 1000 + 500); // test 1's window is over: no "waiting" mail still to come
    smtp.mails.length = 0;
    const editor: Principal = {
      kind: 'account',
      id: enEditor.id,
      username: '',
      role: 'editor',
      scopes: null,
    };
    const versionOf = async () =>
      (
        await handle.db
          .selectFrom('help_requests')
          .select('version')
          .where('id', '=', earlierId)
          .executeTakeFirstOrThrow()
      ).version;
    // Through the desk: one who did not choose assignments, one who chose nothing, then one who did.
    for (const person of [ruMonitor, optedOut, kkLawyer]) {
      await assignHelpRequest(handle.db, editor, earlierId, person.id, await versionOf());
    }
    // The desk refuses a viewer or a disabled account; were it told so anyway, nothing is sent.
    for (const accountId of [disabledAdmin.id, viewer.id]) {
      await emitHelpEvent({ type: 'help.assigned', requestId: earlierId, accountId });
    }
    const [mail] = await smtp.waitFor(1);
    await pause(1500);
    assert.equal(smtp.mails.length, 1);
    assert.deepEqual(mail?.to, [kkLawyer.email]);
    assert.equal(mail?.subject, text('kk', 'nt.mail.assigned.subject'));
    for (const secret of [earlierId, EARLIER, 'Избили']) assert.ok(!mail?.whole.includes(secret));
  });

  test('a mail the server refuses at first arrives later', async () => {
    smtp.mails.length = 0;
    const refusedBefore = smtp.refused;
    smtp.refuseNext(1);
    const queuedAt = Date.now();
    await emitHelpEvent({ type: 'help.assigned', requestId: earlierId, accountId: enEditor.id });
    const [mail] = await smtp.waitFor(1, 30_000);
    assert.equal(smtp.refused - refusedBefore, 1, 'the first try was refused');
    assert.ok(Date.now() - queuedAt >= 1000, 'the retry waited for its delay');
    assert.deepEqual(mail?.to, [enEditor.email]);
    assert.equal(mail?.subject, text('en', 'nt.mail.assigned.subject'));
  });

  test('a mail queued for someone who opts out before it is sent is not sent', async () => {
    smtp.mails.length = 0;
    const refusedBefore = smtp.refused;
    smtp.refuseNext(1);
    await emitHelpEvent({ type: 'help.assigned', requestId: earlierId, accountId: enEditor.id });
    const deadline = Date.now() + 15_000;
    while (smtp.refused === refusedBefore) {
      if (Date.now() > deadline) throw new Error('the first try never reached the server');
      await pause(50);
    }
    const self: Principal = { kind: 'account', id: enEditor.id, username: '', role: 'editor', scopes: null };
    await changeOwnNotificationSettings(handle.db, self, enEditor.id, {
      email: enEditor.email,
      helpArrived: true,
      helpAssigned: false,
    });
    await pause(5000); // past the retry
    assert.equal(smtp.mails.length, 0);
  });

  test('a burst of 50 arrivals: one mail per person and window, not 50', async () => {
    smtp.mails.length = 0;
    const started = Date.now();
    const burst = Array.from({ length: 50 }, () =>
      emitHelpEvent({ type: 'help.arrived', requestId: earlierId }),
    );
    await Promise.all(burst);
    await smtp.waitFor(3);
    await pause(WINDOW * 1000 * 2 + 1500); // the next window's mail, if any, has come by now
    const last = Math.max(...smtp.mails.map((m) => m.at));
    // At most one job per person in each window from the burst's to the last mail's (pg-boss's slots
    // are aligned to the clock), and one more for a job worked just after its window ended.
    const windows = Math.floor(last / 1000 / WINDOW) - Math.floor(started / 1000 / WINDOW) + 1;
    const count = new Map<string, number>();
    for (const mail of smtp.mails) for (const to of mail.to) count.set(to, (count.get(to) ?? 0) + 1);
    assert.deepEqual([...count.keys()].sort(), [kkLawyer.email, ruMonitor.email, enEditor.email].sort());
    for (const [to, mails] of count) {
      assert.ok(mails <= windows + 1 && mails < 10, `${mails} mails to ${to} over ${windows} windows`);
    }
  });
});
