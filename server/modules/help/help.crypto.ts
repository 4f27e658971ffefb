import { hkdfSync } from 'node:crypto';
import { type Algorithm, hashRaw } from '@node-rs/argon2';
import sodium from 'libsodium-wrappers';

/**
 * The help desk's cryptography, all of it from libsodium (sealed boxes: X25519 + XSalsa20-Poly1305;
 * secretbox: XSalsa20-Poly1305) and Argon2id (@node-rs/argon2). Nothing here is a primitive of
 * our own: only how the library's pieces are put together. Opening anything that was changed,
 * or with the wrong key, throws `SealBroken` — callers turn it into their own answer.
 */

export class SealBroken extends Error {
  constructor() {
    super('help desk: a sealed value could not be opened');
    this.name = 'SealBroken';
  }
}

let loaded: Promise<void> | null = null;
/** libsodium compiles its WebAssembly once; every function below waits for it. */
export function cryptoReady(): Promise<void> {
  loaded ??= sodium.ready;
  return loaded;
}

export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export async function newKeyPair(): Promise<KeyPair> {
  await cryptoReady();
  const pair = sodium.crypto_box_keypair();
  return { publicKey: pair.publicKey, privateKey: pair.privateKey };
}

/** A fresh 32-byte key for one message (and its files). */
export async function newContentKey(): Promise<Uint8Array> {
  await cryptoReady();
  return sodium.crypto_secretbox_keygen();
}

export async function randomBytes(length: number): Promise<Uint8Array> {
  await cryptoReady();
  return sodium.randombytes_buf(length);
}

/** Seals bytes (a content key, a private key) so only the holder of the pair's private key opens them. */
export async function sealTo(publicKey: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  await cryptoReady();
  return sodium.crypto_box_seal(message, publicKey);
}

export async function openSealed(sealed: Uint8Array, pair: KeyPair): Promise<Uint8Array> {
  await cryptoReady();
  try {
    return sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey);
  } catch {
    throw new SealBroken();
  }
}

/** Encrypts with a secret key: nonce and ciphertext apart (for the columns that keep them apart). */
export async function encrypt(
  key: Uint8Array,
  plain: Uint8Array,
): Promise<{ nonce: Uint8Array; ciphertext: Uint8Array }> {
  await cryptoReady();
  const nonce = sodium.randombytes_buf(sodium.crypto_secretbox_NONCEBYTES);
  return { nonce, ciphertext: sodium.crypto_secretbox_easy(plain, nonce, key) };
}

export async function decrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array> {
  await cryptoReady();
  try {
    return sodium.crypto_secretbox_open_easy(ciphertext, nonce, key);
  } catch {
    throw new SealBroken();
  }
}

/** Wraps a key under another: nonce and ciphertext in one value (one column). */
export async function wrapKey(wrappingKey: Uint8Array, key: Uint8Array): Promise<Uint8Array> {
  const { nonce, ciphertext } = await encrypt(wrappingKey, key);
  const out = new Uint8Array(nonce.length + ciphertext.length);
  out.set(nonce);
  out.set(ciphertext, nonce.length);
  return out;
}

export async function unwrapKey(wrappingKey: Uint8Array, wrapped: Uint8Array): Promise<Uint8Array> {
  await cryptoReady();
  const n = sodium.crypto_secretbox_NONCEBYTES;
  if (wrapped.length <= n) throw new SealBroken();
  return decrypt(wrappingKey, wrapped.subarray(0, n), wrapped.subarray(n));
}

/**
 * Argon2id as RFC 9106's second recommended choice (64 MiB, three passes), with one lane so that
 * a burst of requests cannot take every core: about 40 ms per derivation on the reference server
 * (bench/help-crypto.ts measures it). Used for every secret a person types: the receipt code
 * (lookup), the receipt passphrase, a staff password and the recovery key.
 */
export const ARGON2_OPTIONS = {
  algorithm: 2 as Algorithm, // Argon2id; the package's enum is const and absent at run time.
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 1,
  outputLen: 32,
};
export const SALT_BYTES = 16;

/** A 32-byte key derived from something a person types and a salt. */
export async function deriveKey(secret: string, salt: Uint8Array): Promise<Uint8Array> {
  if (salt.length < 8) throw new Error('help desk: a salt needs at least 8 bytes');
  return new Uint8Array(await hashRaw(secret, { ...ARGON2_OPTIONS, salt: Buffer.from(salt) }));
}

/**
 * The app-wide salt of receipt lookups. Fixed, so the same code always finds the same request;
 * the code itself carries the entropy (16 random digits), and the lookup value opens nothing.
 */
const LOOKUP_SALT = new TextEncoder().encode('qorgau.help.receipt-lookup.v1');

/** The value stored to find a request by its receipt code (hex), never the code itself. */
export async function receiptLookup(normalisedCode: string): Promise<string> {
  return Buffer.from(await deriveKey(`code:${normalisedCode}`, LOOKUP_SALT)).toString('hex');
}

/** The key that wraps a session's copy of the desk key, from the cookie token the database never holds. */
export function sessionWrappingKey(cookieToken: string): Uint8Array {
  return new Uint8Array(
    hkdfSync('sha256', cookieToken, 'qorgau.help.session', 'desk key for one session', 32),
  );
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
export const utf8 = (text: string) => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array) => decoder.decode(bytes);

/** Wipes a key held in memory once it is no longer needed (best effort in a garbage-collected runtime). */
export function forget(key: Uint8Array | null | undefined): void {
  if (key) key.fill(0);
}
