import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { freshDatabase } from '../../../test/helpers/database.js';
import { newStaff, question, setUpDesk, signIn, withAccess } from '../../../test/helpers/help-desk.js';
import type { DatabaseHandle } from '../../db/database.js';
import { SealBroken } from './help.crypto.js';
import { openMessage } from './help.seal.js';
import {
  addHelpNote,
  answerHelpRequest,
  openThread,
  readHelpRequest,
  readStaffFile,
  submitHelpRequest,
} from './help.service.js';
import { revokeDeskAccess, unlockWithRecoveryKey } from './help-access.service.js';
import { deskKeyForSession } from './help-keys.service.js';
import { rotateHelpDesk } from './help-rotate.service.js';

let handle: DatabaseHandle;
before(async () => {
  handle = await freshDatabase();
});
after(() => handle.close());

test('rotation: everything resealed to the new key, the entitled keep access, the old key and recovery key open nothing', async () => {
  const { admin, recoveryKey } = await setUpDesk(handle.db);
  const lawyer = await withAccess(handle.db, admin, await newStaff(handle.db, 'lawyer'));
  const leaver = await withAccess(handle.db, admin, await newStaff(handle.db, 'monitor'));
  await revokeDeskAccess(handle.db, admin.who, leaver.id);
  const file = { name: 'f.txt', mediaType: 'text/plain', bytes: new TextEncoder().encode('file body') };
  const r = await submitHelpRequest(handle.db, question('before rotation', { files: [file] }));
  await addHelpNote(handle.db, lawyer.who, r.id, 'a note');
  await answerHelpRequest(handle.db, lawyer.who, r.id, 'an answer', []);
  const oldKey = lawyer.deskKey as NonNullable<typeof lawyer.deskKey>;

  await assert.rejects(rotateHelpDesk(handle.db, 'WRONG KEY'), { code: 'help_recovery_key_wrong' });
  const done = await rotateHelpDesk(handle.db, recoveryKey);
  assert.equal(done.version, 2);
  assert.equal(done.resealed, 3);
  assert.equal(done.granted, 2, 'the administrator and the lawyer; not the revoked monitor');

  assert.equal(
    await deskKeyForSession(handle.db, lawyer.tokenHash, lawyer.token),
    null,
    'sessions forget the old key',
  );
  const again = await signIn(handle.db, lawyer);
  assert.equal(again.deskKey?.version, 2);
  const detail = await readHelpRequest(handle.db, again.who, r.id, again.deskKey);
  assert.deepEqual(
    detail.messages?.map((m) => m.body.text ?? m.body.fields?.question),
    ['before rotation', 'a note', 'an answer'],
  );
  const fileId = detail.messages?.[0]?.files[0]?.id as string;
  assert.deepEqual(await readStaffFile(handle.db, again.who, r.id, fileId, again.deskKey as never), file);
  assert.equal(
    (await openThread(handle.db, r)).messages.length,
    2,
    'the requester’s receipt still opens the thread',
  );
  assert.equal((await signIn(handle.db, leaver)).deskKey, null);

  const rows = await handle.db
    .selectFrom('help_messages')
    .select(['nonce', 'ciphertext', 'key_for_desk', 'key_for_requester', 'key_version'])
    .execute();
  assert.ok(rows.every((m) => m.key_version === 2));
  for (const row of rows) {
    await assert.rejects(openMessage(row, { by: 'desk', pair: oldKey }), SealBroken);
  }
  await assert.rejects(unlockWithRecoveryKey(handle.db, admin.who, recoveryKey, admin), {
    code: 'help_recovery_key_wrong',
  });
  await unlockWithRecoveryKey(handle.db, admin.who, done.recoveryKey, admin);
  assert.equal((await deskKeyForSession(handle.db, admin.tokenHash, admin.token))?.version, 2);
  const old = await handle.db
    .selectFrom('help_desk_keys')
    .selectAll()
    .where('version', '=', 1)
    .executeTakeFirstOrThrow();
  assert.ok(old.retired_at);
  assert.equal(old.recovery_wrapped.length, 0, 'the old recovery wrapping is erased');
  await submitHelpRequest(handle.db, question('after'));
  const last = await handle.db
    .selectFrom('help_messages')
    .select('key_version')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  assert.equal(last.key_version, 2);
});
