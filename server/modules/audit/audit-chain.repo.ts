import { type Kysely, sql, type Transaction } from 'kysely';
import type { ChainProblem } from '../../../shared/audit/actions.js';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';

/** Runs `work` on one snapshot of the database, so that the chain and its head agree. */
export function inSnapshot<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>) {
  return db.transaction().setIsolationLevel('repeatable read').execute(work);
}

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

/** A link with the event before it in the chain: its sequence number and stored hash. */
export interface SuspectLink extends ChainLink {
  prevSeq: number;
  prevStoredHash: string;
}

/**
 * The first event, in chain order, that does not hold: its hash no longer matches its content,
 * it does not follow the event before it, a sequence number is missing before it, or it lies
 * beyond the head. One pass in the database; only the suspect row leaves it.
 */
export async function firstSuspectLink(db: Db, headSeq: number): Promise<SuspectLink | null> {
  const result = await sql<{
    id: number;
    seq: number;
    prev_hash: string;
    hash: string;
    recomputed: string;
    prev_seq: number;
    prev_stored_hash: string;
  }>`
    SELECT * FROM (
      SELECT id, seq, prev_hash, hash, audit_event_hash(prev_hash, audit_events) AS recomputed,
        lag(seq, 1, 0::bigint) OVER chain AS prev_seq,
        lag(hash, 1, ${GENESIS_HASH}) OVER chain AS prev_stored_hash
      FROM audit_events WINDOW chain AS (ORDER BY seq)
    ) link
    WHERE seq > ${headSeq} OR seq <> prev_seq + 1 OR prev_hash <> prev_stored_hash OR recomputed <> hash
    ORDER BY seq LIMIT 1`.execute(db);
  const r = result.rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    seq: Number(r.seq),
    prevHash: r.prev_hash,
    hash: r.hash,
    recomputed: r.recomputed,
    prevSeq: Number(r.prev_seq),
    prevStoredHash: r.prev_stored_hash,
  };
}

/** How many events come before `seq` (all when null), and the last of them. */
export async function chainBefore(db: Db, seq: number | null) {
  let counted = db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n'));
  let last = db.selectFrom('audit_events').select(['id', 'seq', 'hash']).orderBy('seq', 'desc').limit(1);
  if (seq !== null) {
    counted = counted.where('seq', '<', seq);
    last = last.where('seq', '<', seq);
  }
  const count = await counted.executeTakeFirstOrThrow();
  const row = await last.executeTakeFirst();
  return {
    events: Number(count.n),
    last: row ? { id: Number(row.id), seq: Number(row.seq), hash: row.hash } : null,
  };
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
