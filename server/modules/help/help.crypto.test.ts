import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  decrypt,
  deriveKey,
  encrypt,
  newContentKey,
  newKeyPair,
  openSealed,
  receiptLookup,
  SealBroken,
  sealTo,
  sessionWrappingKey,
  unwrapKey,
  utf8,
  wrapKey,
} from './help.crypto.js';
import { openFile, openMessage, sealMessage } from './help.seal.js';
import { generateRecoveryKey, normaliseRecoveryKey } from './help-keys.service.js';
import { formatDigits, generateReceipt, normaliseDigits, normaliseReceipt } from './receipt.js';

const flip = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at] = (copy[at] as number) ^ 1;
  return copy;
};

describe('help desk cryptography', () => {
  test('a sealed box opens with its pair only, and not once a byte changed', async () => {
    const pair = await newKeyPair();
    const other = await newKeyPair();
    const sealed = await sealTo(pair.publicKey, utf8('content key'));
    assert.deepEqual(await openSealed(sealed, pair), utf8('content key'));
    await assert.rejects(openSealed(sealed, other), SealBroken);
    for (const at of [0, 31, 40, sealed.length - 1])
      await assert.rejects(openSealed(flip(sealed, at), pair), SealBroken);
  });

  test('secretbox and wrapped keys refuse a changed byte, a wrong key and a truncated value', async () => {
    const key = await newContentKey();
    const { nonce, ciphertext } = await encrypt(key, utf8('body'));
    assert.deepEqual(await decrypt(key, nonce, ciphertext), utf8('body'));
    await assert.rejects(decrypt(key, flip(nonce, 0), ciphertext), SealBroken);
    await assert.rejects(decrypt(key, nonce, flip(ciphertext, 3)), SealBroken);
    await assert.rejects(decrypt(await newContentKey(), nonce, ciphertext), SealBroken);
    const wrapped = await wrapKey(key, utf8('private key'));
    assert.deepEqual(await unwrapKey(key, wrapped), utf8('private key'));
    await assert.rejects(unwrapKey(key, flip(wrapped, wrapped.length - 2)), SealBroken);
    await assert.rejects(unwrapKey(key, wrapped.subarray(0, 24)), SealBroken);
  });

  test('Argon2id derivations: deterministic per secret and salt, different otherwise', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await deriveKey('1234', salt);
    assert.equal(a.length, 32);
    assert.deepEqual(await deriveKey('1234', salt), a);
    assert.notDeepEqual(await deriveKey('1235', salt), a);
    assert.notDeepEqual(await deriveKey('1234', new Uint8Array(16).fill(8)), a);
    assert.equal(await receiptLookup('1111222233334444'), await receiptLookup('1111222233334444'));
    assert.notEqual(await receiptLookup('1111222233334444'), await receiptLookup('1111222233334445'));
    assert.match(await receiptLookup('1111222233334444'), /^[0-9a-f]{64}$/);
  });

  test('the session wrapping key depends on the cookie token alone', () => {
    assert.deepEqual(sessionWrappingKey('token-a'), sessionWrappingKey('token-a'));
    assert.notDeepEqual(sessionWrappingKey('token-a'), sessionWrappingKey('token-b'));
  });

  test('a message and its files open for the desk and the requester; a note for the desk only', async () => {
    const desk = await newKeyPair();
    const requester = await newKeyPair();
    const stranger = await newKeyPair();
    const file = { name: 'протокол.pdf', mediaType: 'application/pdf', bytes: utf8('%PDF-1.4 bytes') };
    const sealed = await sealMessage({ text: 'Меня задержали' }, [file], desk.publicKey, requester.publicKey);
    const row = {
      nonce: sealed.nonce,
      ciphertext: sealed.ciphertext,
      key_for_desk: sealed.keyForDesk,
      key_for_requester: sealed.keyForRequester,
    };
    for (const opener of [
      { by: 'desk', pair: desk },
      { by: 'requester', pair: requester },
    ] as const) {
      const opened = await openMessage(row, opener);
      assert.equal(opened.body.text, 'Меня задержали');
      assert.deepEqual(
        opened.files.map((f) => [f.id, f.name, f.size]),
        [[sealed.files[0]?.id, 'протокол.pdf', 14]],
      );
      assert.deepEqual(await openFile(row, sealed.files[0] as never, opener), file);
    }
    await assert.rejects(openMessage(row, { by: 'desk', pair: stranger }), SealBroken);
    await assert.rejects(
      openMessage({ ...row, ciphertext: flip(row.ciphertext, 5) }, { by: 'desk', pair: desk }),
      SealBroken,
    );
    const note = await sealMessage({ text: 'note' }, [], desk.publicKey, null);
    const noteRow = {
      nonce: note.nonce,
      ciphertext: note.ciphertext,
      key_for_desk: note.keyForDesk,
      key_for_requester: null,
    };
    assert.equal((await openMessage(noteRow, { by: 'desk', pair: desk })).body.text, 'note');
    await assert.rejects(openMessage(noteRow, { by: 'requester', pair: requester }), SealBroken);
  });
});

describe('receipts', () => {
  test('16 random digits each, printed in four groups of four', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const r = generateReceipt();
      assert.match(r.code, /^\d{16}$/);
      assert.match(r.passphrase, /^\d{16}$/);
      assert.notEqual(r.code, r.passphrase);
      seen.add(r.code);
    }
    assert.equal(seen.size, 200);
    assert.equal(formatDigits('1234567812345678'), '1234 5678 1234 5678');
  });

  test('typed with spaces, hyphens or none; other lengths and characters refused', () => {
    for (const typed of [
      '1234 5678 1234 5678',
      '1234-5678-1234-5678',
      ' 1234567812345678 ',
      '1234\u00a05678 1234–5678',
    ]) {
      assert.equal(normaliseDigits(typed), '1234567812345678', typed);
    }
    for (const typed of [
      '123456781234567',
      '12345678123456789',
      '1234 5678 1234 567x',
      '',
      '١٢٣٤٥٦٧٨١٢٣٤٥٦٧٨',
    ]) {
      assert.equal(normaliseDigits(typed), null, typed);
    }
    assert.equal(normaliseReceipt({ code: '1234 5678 1234 5678', passphrase: 'nope' }), null);
  });

  test('recovery keys: 32 characters of Crockford base32, typed loosely', () => {
    const key = generateRecoveryKey();
    assert.match(key, /^[0-9A-HJKMNP-TV-Z]{32}$/);
    assert.equal(normaliseRecoveryKey(`${key.slice(0, 4).toLowerCase()} - ${key.slice(4)}`), key);
    assert.equal(normaliseRecoveryKey('oIl0'), '0110');
  });
});
