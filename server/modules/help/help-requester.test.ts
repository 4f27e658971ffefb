import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { freshDatabase } from '../../../test/helpers/database.js';
import { question, setUpDesk } from '../../../test/helpers/help-desk.js';
import type { DatabaseHandle } from '../../db/database.js';
import { onHelpEvent } from './help.events.js';
import { openThread, readRequesterFile, replyAsRequester, submitHelpRequest } from './help.service.js';
import { isHelpDeskReady } from './help-keys.service.js';
import { TRIES_BEFORE_LOCK, UNKNOWN_CODES_PER_WINDOW, unknownCodesWindow } from './help-requester.service.js';
import { countHit } from './rate-windows.repo.js';
import { formatDigits } from './receipt.js';

let handle: DatabaseHandle;
before(async () => {
  handle = await freshDatabase();
});
after(() => handle.close());

const file = (name: string, text: string) => ({
  name,
  mediaType: 'text/plain',
  bytes: new TextEncoder().encode(text),
});

describe('the requester with a receipt', () => {
  test('before help-desk init a submission is refused with help_desk_not_ready (503) and nothing is stored', async () => {
    await assert.rejects(
      submitHelpRequest(handle.db, question('hello')),
      (e: any) => e.code === 'help_desk_not_ready' && e.status === 503,
    );
    const rows = await handle.db.selectFrom('help_requests').select('id').execute();
    assert.equal(rows.length, 0);
    assert.equal(await isHelpDeskReady(handle.db), false);
    await setUpDesk(handle.db);
    assert.equal(await isHelpDeskReady(handle.db), true);
  });

  test('submits, reads the thread back with the receipt typed loosely, writes back, reads a file', async () => {
    const events: unknown[] = [];
    const stop = onHelpEvent((e) => {
      events.push(e);
    });
    const receipt = await submitHelpRequest(
      handle.db,
      question('Мне угрожают', { files: [file('a.txt', 'first file')] }),
    );
    stop();
    assert.deepEqual(events, [{ type: 'help.arrived', requestId: receipt.id }]);
    const typed = {
      code: formatDigits(receipt.code).replaceAll(' ', '-'),
      passphrase: ` ${formatDigits(receipt.passphrase)} `,
    };
    const thread = await openThread(handle.db, typed);
    assert.equal(thread.kind, 'question');
    assert.equal(thread.status, 'new');
    assert.equal(thread.messages.length, 1);
    assert.equal(thread.messages[0]?.body.fields?.question, 'Мне угрожают');
    assert.equal(thread.messages[0]?.staffName, undefined);
    const info = thread.messages[0]?.files[0];
    assert.equal(info?.name, 'a.txt');
    const opened = await readRequesterFile(handle.db, receipt, info?.id as string);
    assert.equal(new TextDecoder().decode(opened.bytes), 'first file');
    await assert.rejects(readRequesterFile(handle.db, receipt, '00000000-0000-0000-0000-000000000000'), {
      code: 'file_not_found',
    });
    await assert.rejects(readRequesterFile(handle.db, receipt, 'not-a-uuid'), { code: 'file_not_found' });

    await replyAsRequester(handle.db, receipt, 'Ещё подробности', [file('b.txt', 'second')]);
    const again = await openThread(handle.db, receipt);
    assert.deepEqual(
      again.messages.map((m) => m.body.text ?? m.body.fields?.question),
      ['Мне угрожают', 'Ещё подробности'],
    );
    await assert.rejects(
      replyAsRequester(handle.db, receipt, '   ', []),
      (e: any) => e.details[0].path === 'text',
    );

    const actions = await handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor', 'changes'])
      .where('entity_id', '=', receipt.id)
      .execute();
    assert.deepEqual(actions.map((a) => a.action).sort(), ['help.arrived', 'help.replied']);
    assert.ok(actions.every((a) => a.actor === 'public'));
    assert.ok(!JSON.stringify(actions).includes('угрожают'));
  });

  test('a receipt from another request, a wrong passphrase and a wrong code give one answer', async () => {
    const mine = await submitHelpRequest(handle.db, question('mine'));
    const theirs = await submitHelpRequest(handle.db, question('theirs'));
    const wrong = [
      { code: mine.code, passphrase: theirs.passphrase },
      { code: '0000000000000000', passphrase: mine.passphrase },
      { code: 'abc', passphrase: mine.passphrase },
    ];
    for (const receipt of wrong) {
      await assert.rejects(
        openThread(handle.db, receipt),
        (e: any) => e.code === 'receipt_not_found' && e.status === 404 && e.details.length === 0,
      );
    }
    const thread = await openThread(handle.db, theirs);
    assert.equal(thread.messages[0]?.body.fields?.question, 'theirs');
  });

  test(`${TRIES_BEFORE_LOCK} wrong passphrases lock the request, even against the right one, and the lock grows`, async () => {
    const receipt = await submitHelpRequest(handle.db, question('locked'));
    const wrong = { code: receipt.code, passphrase: '1111111111111111' };
    for (let i = 1; i < TRIES_BEFORE_LOCK; i++)
      await assert.rejects(openThread(handle.db, wrong), { code: 'receipt_not_found' });
    await assert.rejects(
      openThread(handle.db, wrong),
      (e: any) => e.code === 'receipt_throttled' && e.status === 429,
    );
    await assert.rejects(openThread(handle.db, receipt), { code: 'receipt_throttled' });
    const row = await handle.db
      .selectFrom('help_requests')
      .select(['failed_tries', 'locked_until'])
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.failed_tries, TRIES_BEFORE_LOCK);
    const firstLock = (row.locked_until as Date).getTime() - Date.now();
    assert.ok(firstLock > 30_000 && firstLock <= 60_000, String(firstLock));
    const later = new Date((row.locked_until as Date).getTime() + 1000);
    await assert.rejects(openThread(handle.db, wrong, later), { code: 'receipt_throttled' });
    const grown = await handle.db
      .selectFrom('help_requests')
      .select('locked_until')
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    assert.ok((grown.locked_until as Date).getTime() - later.getTime() > 100_000);
    const afterLock = new Date((grown.locked_until as Date).getTime() + 1000);
    assert.equal((await openThread(handle.db, receipt, afterLock)).messages.length, 1);
    const reset = await handle.db
      .selectFrom('help_requests')
      .select('failed_tries')
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    assert.equal(reset.failed_tries, 0);
  });

  test('wrong passphrases tried in parallel each count', async () => {
    const receipt = await submitHelpRequest(handle.db, question('parallel'));
    const wrong = { code: receipt.code, passphrase: '2222222222222222' };
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => openThread(handle.db, wrong)));
    assert.ok(results.every((r) => r.status === 'rejected'));
    const row = await handle.db
      .selectFrom('help_requests')
      .select(['failed_tries', 'locked_until'])
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.failed_tries, 8);
    assert.ok(row.locked_until && row.locked_until > new Date());
  });

  test('unknown codes count in one global window; when it is full everyone waits, then it reopens', async () => {
    const receipt = await submitHelpRequest(handle.db, question('window'));
    const now = new Date();
    const window = unknownCodesWindow(now);
    const before = await handle.db
      .selectFrom('help_rate_windows')
      .select('hits')
      .where('bucket', '=', window.bucket)
      .executeTakeFirst();
    await assert.rejects(
      openThread(handle.db, { code: '9999888877776666', passphrase: receipt.passphrase }, now),
      { code: 'receipt_not_found' },
    );
    const counted = await handle.db
      .selectFrom('help_rate_windows')
      .select('hits')
      .where('bucket', '=', window.bucket)
      .executeTakeFirstOrThrow();
    assert.equal(counted.hits, (before?.hits ?? 0) + 1);
    await countHit(handle.db, window.bucket, window.expiresAt, UNKNOWN_CODES_PER_WINDOW);
    await assert.rejects(openThread(handle.db, receipt, now), { code: 'receipt_throttled' });
    await assert.rejects(
      openThread(handle.db, { code: '9999888877776666', passphrase: receipt.passphrase }, now),
      { code: 'receipt_throttled' },
    );
    assert.equal((await openThread(handle.db, receipt, window.expiresAt)).messages.length, 1);
    const buckets = await handle.db.selectFrom('help_rate_windows').select('bucket').execute();
    assert.ok(
      buckets.every((b) => /^receipt-unknown:\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(b.bucket)),
      'no address in a bucket',
    );
  });
});
