import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { AppError } from '../../http/errors.js';

/**
 * argon2id with OWASP's recommended minimum: 19 MiB of memory, two passes, one lane. The
 * package's `Algorithm` is a const enum, which does not exist at run time: 2 is Argon2id.
 */
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Checked against when the username does not exist (or its account is locked or disabled), so
// every refusal takes one argon2 verification. Hashed at start, so the first refusal is no slower.
let dummy: Promise<string> | null = null;
export function verifyNothing(password: string): Promise<boolean> {
  dummy ??= hashPassword('no account has this password');
  return dummy.then((stored) => verifyPassword(stored, password)).then(() => false);
}
/** Prepares the dummy hash before the first sign-in (the server calls it at start). */
export function prepareDummyHash(): void {
  dummy ??= hashPassword('no account has this password');
}

/** Length is what matters (NIST SP 800-63B): at least 12 characters, not the username. */
export function checkPasswordRules(password: string, username: string, path = 'password'): void {
  const code =
    password.length < MIN_PASSWORD_LENGTH
      ? 'too_short'
      : password.length > MAX_PASSWORD_LENGTH
        ? 'too_long'
        : password.toLowerCase().includes(username.toLowerCase())
          ? 'contains_username'
          : new Set(password).size < 4
            ? 'too_simple'
            : null;
  if (code) {
    throw new AppError('weak_password', `The password must have at least ${MIN_PASSWORD_LENGTH} characters`, [
      { path, code },
    ]);
  }
}
