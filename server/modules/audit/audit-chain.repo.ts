import { sql } from 'kysely';
import type { ChainProblem } from '../../../shared/audit/actions.js';
import type { Db } from '../../db/database.js';

/** The hash the first event follows. */
export const GENESIS_HASH = '0'.repeat(64);

/** One event as the chain sees it: what is stored, and the hash its content gives now. */
export interface ChainLink {
  id: number;
  seq: number;
  prevHash: string;
  hash: string;
  recomputed: string;
}

/** The next events after `afterSeq`, in chain order, with their hashes recomputed by the database. */
export async function readChain(db: Db, afterSeq: number, limit: number): Promise<ChainLink[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select([
      'id',
      'seq',
      'prev_hash',
      'hash',
      sql<string>`audit_event_hash(audit_events.prev_hash, audit_events)`.as('recomputed'),
    ])
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    seq: Number(r.seq),
    prevHash: r.prev_hash,
    hash: r.hash,
    recomputed: r.recomputed,
  }));
}

/** Where the chain says it ends: the last event's sequence number and hash. */
export async function readChainHead(db: Db): Promise<{ lastSeq: number; lastHash: string }> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
}

/** What a full verification found, kept so that history pages can warn without walking the chain. */
export interface VerificationResult {
  events: number;
  intact: boolean;
  brokenEventId: number | null;
  problem: ChainProblem | null;
}

export async function saveVerification(db: Db, result: VerificationResult): Promise<void> {
  await db
    .insertInto('audit_verifications')
    .values({
      events: result.events,
      intact: result.intact,
      broken_event_id: result.brokenEventId,
      problem: result.problem,
    })
    .execute();
}

/** The latest full verification, or null when the chain was never verified. */
export async function latestVerification(db: Db): Promise<(VerificationResult & { at: string }) | null> {
  const row = await db
    .selectFrom('audit_verifications')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    at: new Date(row.checked_at).toISOString(),
    events: Number(row.events),
    intact: row.intact,
    brokenEventId: row.broken_event_id === null ? null : Number(row.broken_event_id),
    problem: row.problem as ChainProblem | null,
  };
}
