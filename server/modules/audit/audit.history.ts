import type { Db } from '../../db/database.js';
import { latestVerification } from './audit-chain.repo.js';

/** Whether a history shown can be trusted, and why not. */
export interface HistoryIntegrity {
  /** False when an event shown fails its own check or the last full verification found a break. */
  intact: boolean;
  /** Events shown whose hash or links to their neighbours in the chain do not hold. */
  brokenEvents: number[];
  lastVerification: Awaited<ReturnType<typeof latestVerification>>;
}

/**
 * What a history page needs to warn: the events shown are checked one by one (cheap at any size),
 * and the whole chain as the last `verify-audit` found it. Walking the whole chain per page view
 * would take seconds at a million events.
 */
export async function historyIntegrity(db: Db, items: { id: number; intact: boolean }[]) {
  const lastVerification = await latestVerification(db);
  const brokenEvents = items.filter((i) => !i.intact).map((i) => i.id);
  const intact = brokenEvents.length === 0 && (lastVerification?.intact ?? true);
  return { intact, brokenEvents, lastVerification } satisfies HistoryIntegrity;
}
