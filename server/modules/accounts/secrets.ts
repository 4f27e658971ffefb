import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a cookie, link or token: 32 bytes, URL-safe. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/**
 * Session, API and recovery tokens are random with at least 60 bits of entropy, so a fast hash is
 * enough to keep a stolen database from being a stolen login; passwords use argon2id instead.
 */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
