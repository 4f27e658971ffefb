import { randomUUID } from 'node:crypto';
import {
  decrypt,
  encrypt,
  forget,
  fromUtf8,
  type KeyPair,
  newContentKey,
  openSealed,
  SealBroken,
  sealTo,
  utf8,
} from './help.crypto.js';
import type { FileInfo, HelpFile, MessageBody } from './help.types.js';

/**
 * One message as it is stored: its body and its files' names, types and sizes in one ciphertext
 * under a key of its own, that key sealed to the desk and (unless it is a note) to the requester.
 * Each file is encrypted under the same message key with a nonce of its own, name and type inside.
 */
export interface SealedMessage {
  id: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  keyForDesk: Uint8Array;
  keyForRequester: Uint8Array | null;
  files: { id: string; nonce: Uint8Array; ciphertext: Uint8Array }[];
}

interface Payload {
  body: MessageBody;
  files: FileInfo[];
}

/** What opens a message: the desk's key pair, or the requester's. */
export type Opener = { by: 'desk'; pair: KeyPair } | { by: 'requester'; pair: KeyPair };

export interface StoredKeys {
  key_for_desk: Uint8Array;
  key_for_requester: Uint8Array | null;
}

function encodeFile(file: HelpFile): Uint8Array {
  const header = utf8(JSON.stringify({ name: file.name, mediaType: file.mediaType }));
  const out = new Uint8Array(4 + header.length + file.bytes.length);
  new DataView(out.buffer).setUint32(0, header.length);
  out.set(header, 4);
  out.set(file.bytes, 4 + header.length);
  return out;
}

/** Parses opened JSON; a parse error would quote the plaintext, so it becomes SealBroken instead. */
function parseOpened<T>(plain: Uint8Array): T {
  try {
    return JSON.parse(fromUtf8(plain)) as T;
  } catch {
    throw new SealBroken();
  }
}

function decodeFile(plain: Uint8Array): HelpFile {
  const length = new DataView(plain.buffer, plain.byteOffset, plain.byteLength).getUint32(0);
  const header = parseOpened<{ name: string; mediaType: string }>(plain.subarray(4, 4 + length));
  return { name: header.name, mediaType: header.mediaType, bytes: plain.slice(4 + length) };
}

export async function sealMessage(
  body: MessageBody,
  files: HelpFile[],
  deskPublicKey: Uint8Array,
  requesterPublicKey: Uint8Array | null,
): Promise<SealedMessage> {
  const key = await newContentKey();
  try {
    const infos = files.map((f) => ({
      id: randomUUID(),
      name: f.name,
      mediaType: f.mediaType,
      size: f.bytes.length,
    }));
    const payload: Payload = { body, files: infos };
    const sealed = await encrypt(key, utf8(JSON.stringify(payload)));
    const fileRows = [];
    for (const [i, info] of infos.entries()) {
      fileRows.push({ id: info.id, ...(await encrypt(key, encodeFile(files[i] as HelpFile))) });
    }
    return {
      id: randomUUID(),
      ...sealed,
      keyForDesk: await sealTo(deskPublicKey, key),
      keyForRequester: requesterPublicKey ? await sealTo(requesterPublicKey, key) : null,
      files: fileRows,
    };
  } finally {
    forget(key);
  }
}

/** The message's own key, opened by the desk or the requester (who cannot open a note's). */
export async function openContentKey(keys: StoredKeys, opener: Opener): Promise<Uint8Array> {
  if (opener.by === 'desk') return openSealed(keys.key_for_desk, opener.pair);
  if (!keys.key_for_requester) throw new SealBroken();
  return openSealed(keys.key_for_requester, opener.pair);
}

export async function openMessage(
  row: StoredKeys & { nonce: Uint8Array; ciphertext: Uint8Array },
  opener: Opener,
): Promise<Payload> {
  const key = await openContentKey(row, opener);
  try {
    const payload = parseOpened<Payload>(await decrypt(key, row.nonce, row.ciphertext));
    return { body: payload.body ?? {}, files: payload.files ?? [] };
  } finally {
    forget(key);
  }
}

export async function openFile(
  keys: StoredKeys,
  file: { nonce: Uint8Array; ciphertext: Uint8Array },
  opener: Opener,
): Promise<HelpFile> {
  const key = await openContentKey(keys, opener);
  try {
    return decodeFile(await decrypt(key, file.nonce, file.ciphertext));
  } finally {
    forget(key);
  }
}
