import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app does it: SHA-1, six digits, 30-second steps. */
const PERIOD = 30;

const totp = (secret: string, label = 'Qorgau') =>
  new TOTP({
    issuer: 'Qorgau',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export const totpUri = (secret: string, username: string): string => totp(secret, username).toString();

/**
 * The time step a code belongs to, or null. One step either side is accepted for clock drift;
 * a step at or before `lastStep` is refused, so an overheard code cannot be replayed.
 */
export function acceptTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The code an authenticator shows at a moment: for tests and the command line. */
export const totpCode = (secret: string, now = Date.now()): string =>
  totp(secret).generate({ timestamp: now });
