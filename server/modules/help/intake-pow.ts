import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Db } from '../../db/database.js';
import type { HelpLane } from '../../db/schema.help.js';
import { serverSecret } from './intake-guard.repo.js';
import type { IntakeLimits } from './intake-limits.js';

/*
 * The proof of work (ALTCHA, v2, SHA-256): the form carries a signed challenge bound to its token;
 * web/help.js finds the counter with the browser's own SHA-256 and sends it back. A valid solution
 * moves the request to the trusted lane; a form sent without one (no JavaScript) is still taken,
 * in the moderated lane.
 */

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

async function secrets(db: Db): Promise<{ challenge: string; key: string }> {
  const [challenge, key] = await Promise.all([
    serverSecret(db, 'pow_challenge'),
    serverSecret(db, 'pow_key'),
  ]);
  return { challenge: hex(challenge), key: hex(key) };
}

/** A challenge for the form whose token carries `nonce`, as the JSON the page embeds. */
export async function powChallenge(
  db: Db,
  nonce: string,
  limits: IntakeLimits,
  expiresAt: Date,
): Promise<string> {
  const { challenge, key } = await secrets(db);
  const made = await createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(limits.powMinCounter, limits.powMaxCounter),
    deriveKey,
    data: { t: nonce },
    expiresAt,
    hmacSignatureSecret: challenge,
    hmacKeySignatureSecret: key,
  });
  return JSON.stringify(made);
}

interface Posted {
  challenge: { parameters: { data?: { t?: unknown } } };
  solution: { counter: number; derivedKey: string };
}

function parsePosted(field: string | undefined): Posted | null {
  if (!field || field.length > 4096) return null;
  try {
    const value = JSON.parse(field) as Posted;
    if (typeof value?.challenge?.parameters !== 'object' || typeof value?.solution !== 'object') return null;
    return value;
  } catch {
    return null;
  }
}

/** 'trusted' when the posted solution solves a challenge this server made for this form. */
export async function laneOf(db: Db, field: string | undefined, nonce: string): Promise<HelpLane> {
  const posted = parsePosted(field);
  if (!posted || posted.challenge.parameters.data?.t !== nonce) return 'moderated';
  const { challenge, key } = await secrets(db);
  try {
    const result = await verifySolution({
      challenge: posted.challenge as Parameters<typeof verifySolution>[0]['challenge'],
      solution: posted.solution,
      deriveKey,
      hmacSignatureSecret: challenge,
      hmacKeySignatureSecret: key,
    });
    return result.verified ? 'trusted' : 'moderated';
  } catch {
    // A malformed challenge is no proof: the request still goes in, to the moderated lane.
    return 'moderated';
  }
}
