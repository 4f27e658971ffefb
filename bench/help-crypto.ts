import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { AccountInput } from '../server/modules/accounts/account.schema.js';
import { createAccount } from '../server/modules/accounts/account.service.js';
import { logIn } from '../server/modules/accounts/login.service.js';
import { sha256 } from '../server/modules/accounts/secrets.js';
import { ARGON2_OPTIONS, deriveKey, newKeyPair, randomBytes } from '../server/modules/help/help.crypto.js';
import { openFile, openMessage, sealMessage } from '../server/modules/help/help.seal.js';
import { openThread, submitHelpRequest } from '../server/modules/help/help.service.js';
import { grantDeskAccess, unlockWithRecoveryKey } from '../server/modules/help/help-access.service.js';
import {
  deskKeyForSession,
  initHelpDesk,
  openDeskAtSignIn,
} from '../server/modules/help/help-keys.service.js';
import { measure } from './measure.js';

/*
 * What the help desk's cryptography costs: one Argon2id derivation; a staff sign-in with and
 * without the desk (the difference is the desk's share: one derivation and two opened boxes);
 * a receipt opened (two derivations and the thread), right and wrong; sealing and opening a
 * message, and a file's throughput. In-memory PGlite, one process.
 */

const PASSWORD = 'correct horse battery staple';
const line = (l: { name: string; runs: number; p50: number; p95: number }) =>
  console.log(
    `${l.name.padEnd(52)} median ${String(l.p50).padStart(7)} ms   p95 ${String(l.p95).padStart(7)} ms   (${l.runs} runs)`,
  );

async function main() {
  console.log(
    `Argon2id: ${ARGON2_OPTIONS.memoryCost / 1024} MiB, t=${ARGON2_OPTIONS.timeCost}, p=${ARGON2_OPTIONS.parallelism}\n`,
  );
  const salt = await randomBytes(16);
  line(
    await measure('one Argon2id derivation', 40, () => deriveKey('1234567812345678', salt).then(() => {}), 3),
  );

  const handle = await openDatabase({ dataDir: null });
  await migrateToLatest(handle.db);
  const { recoveryKey } = await initHelpDesk(handle.db);
  const system = { kind: 'system', id: 'system:bench' } as const;
  const make = async (username: string, role: 'administrator' | 'viewer' | 'lawyer') =>
    (
      await createAccount(
        handle.db,
        system,
        AccountInput.parse({ username, displayName: username, role }),
        PASSWORD,
      )
    ).account;
  const admin = await make('bench-admin', 'administrator');
  const lawyer = await make('bench-lawyer', 'lawyer');
  const viewer = await make('bench-viewer', 'viewer');
  const signIn = (username: string) =>
    logIn(handle.db, { username, password: PASSWORD, address: '127.0.0.1', userAgent: null });
  const first = await signIn(admin.username);
  const session = { tokenHash: sha256(first.token), token: first.token };
  const adminWho = {
    kind: 'account',
    id: admin.id,
    username: admin.username,
    role: 'administrator',
    scopes: null,
  } as const;
  await unlockWithRecoveryKey(handle.db, adminWho, recoveryKey, session);
  const deskKey = await deskKeyForSession(handle.db, session.tokenHash, session.token);
  await signIn(lawyer.username);
  if (!deskKey) throw new Error('no desk key');
  await grantDeskAccess(handle.db, adminWho, lawyer.id, deskKey);

  const plain = await measure(
    'sign-in, a role without the desk (viewer)',
    40,
    () => signIn(viewer.username).then(() => {}),
    3,
  );
  const desk = await measure(
    'sign-in with the desk key opened (lawyer)',
    40,
    () => signIn(lawyer.username).then(() => {}),
    3,
  );
  line(plain);
  line(desk);
  console.log(
    `${'  → the desk’s share of a sign-in'.padEnd(52)} median ${String(Math.round((desk.p50 - plain.p50) * 10) / 10).padStart(7)} ms`,
  );

  const lawyerSession = await signIn(lawyer.username);
  const held = { tokenHash: sha256(lawyerSession.token), token: lawyerSession.token };
  line(
    await measure(
      'the desk step alone (derive, open the grant, wrap)',
      40,
      () => openDeskAtSignIn(handle.db, { id: lawyer.id, role: 'lawyer' }, PASSWORD, held),
      3,
    ),
  );
  line(
    await measure(
      'the desk key from a session (each page)',
      200,
      () => deskKeyForSession(handle.db, held.tokenHash, held.token).then(() => {}),
      10,
    ),
  );

  const body = { fields: { question: 'Вопрос '.repeat(300) }, contact: null };
  const receipts: { code: string; passphrase: string }[] = [];
  for (let i = 0; i < 10; i++) {
    receipts.push(
      await submitHelpRequest(handle.db, {
        kind: 'question',
        category: 'other',
        language: 'ru',
        lane: 'trusted',
        body,
        files: [],
      }),
    );
  }
  line(
    await measure(
      'submit a request (2 KB, no file)',
      30,
      () =>
        submitHelpRequest(handle.db, {
          kind: 'question',
          category: 'other',
          language: 'ru',
          lane: 'trusted',
          body,
          files: [],
        }).then(() => {}),
      3,
    ),
  );
  line(
    await measure(
      'open a thread with the right receipt',
      40,
      (i) => openThread(handle.db, receipts[Math.abs(i) % 10] as never).then(() => {}),
      3,
    ),
  );
  line(
    await measure(
      'a wrong code (same work, receipt_not_found)',
      40,
      (i) =>
        openThread(handle.db, { code: String(1e15 + Math.abs(i)), passphrase: '1234567812345678' }).then(
          () => undefined,
          () => undefined,
        ),
      3,
    ),
  );

  const pair = await newKeyPair();
  const started = performance.now();
  let sealed = 0;
  const sealedOnes = [];
  while (performance.now() - started < 2000) {
    sealedOnes.push(await sealMessage(body, [], deskKey.publicKey, pair.publicKey));
    sealed++;
  }
  console.log(`\nseal a 2 KB message (two sealed boxes): ${Math.round(sealed / 2)} per second`);
  const opener = {
    by: 'desk',
    pair: { publicKey: deskKey.publicKey, privateKey: deskKey.privateKey },
  } as const;
  const openStart = performance.now();
  for (const s of sealedOnes)
    await openMessage(
      {
        nonce: s.nonce,
        ciphertext: s.ciphertext,
        key_for_desk: s.keyForDesk,
        key_for_requester: s.keyForRequester,
      },
      opener,
    );
  console.log(
    `open a 2 KB message with the desk key: ${Math.round(sealedOnes.length / ((performance.now() - openStart) / 1000))} per second`,
  );
  const big = { name: 'video.mp4', mediaType: 'video/mp4', bytes: await randomBytes(8 << 20) };
  const t0 = performance.now();
  const withFile = await sealMessage({ text: 'x' }, [big], deskKey.publicKey, null);
  const t1 = performance.now();
  const f = withFile.files[0] as { nonce: Uint8Array; ciphertext: Uint8Array };
  await openFile({ key_for_desk: withFile.keyForDesk, key_for_requester: null }, f, opener);
  const t2 = performance.now();
  console.log(
    `an 8 MiB file: sealed at ${Math.round(8000 / (t1 - t0))} MiB/s, opened at ${Math.round(8000 / (t2 - t1))} MiB/s`,
  );
  await handle.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
