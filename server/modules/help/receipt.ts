import { randomInt } from 'node:crypto';
import type { Receipt } from './help.types.js';

/**
 * A receipt is two numbers of 16 random digits: the code finds the request, the passphrase
 * unlocks it. Digits, because they are the same in Kazakh, Russian and English, need no keyboard
 * layout (a borrowed phone or Tor Browser may lack the Kazakh one), and are easy to write down or
 * read out. 16 digits hold 53 bits each.
 */
export const RECEIPT_DIGITS = 16;

function randomDigits(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(randomInt(10));
  return out;
}

export function generateReceipt(): Receipt {
  return { code: randomDigits(RECEIPT_DIGITS), passphrase: randomDigits(RECEIPT_DIGITS) };
}

/** "1234567812345678" → "1234 5678 1234 5678", as the receipt page prints it. */
export function formatDigits(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * What a person typed, as the digits alone: spaces, hyphens and non-breaking spaces dropped,
 * full-width and Arabic-Indic digits are not accepted (null), nor a wrong count.
 */
export function normaliseDigits(typed: string): string | null {
  const digits = typed.replace(/[\s\u00a0\u2010-\u2015-]/g, '');
  return /^\d{16}$/.test(digits) && digits.length === RECEIPT_DIGITS ? digits : null;
}

/** Both halves normalised, or null when either is not 16 digits. */
export function normaliseReceipt(receipt: Receipt): Receipt | null {
  const code = normaliseDigits(receipt.code ?? '');
  const passphrase = normaliseDigits(receipt.passphrase ?? '');
  return code && passphrase ? { code, passphrase } : null;
}
