import type { Kysely } from 'kysely';
import type { ChainProblem } from '../../../shared/audit/actions.js';
import type { Database } from '../../db/schema.js';
import {
  type ChainLink,
  chainBefore,
  firstSuspectLink,
  GENESIS_HASH,
  inSnapshot,
  readChainHead,
  saveVerification,
} from './audit-chain.repo.js';

export interface ChainBreak {
  /** The event where the chain breaks (for a cut end, the last event that is left). */
  eventId: number | null;
  seq: number;
  problem: ChainProblem;
  message: string;
}

export interface ChainReport {
  events: number;
  lastHash: string;
  broken: ChainBreak | null;
}

/** The first thing wrong with `link`, coming after an event with sequence `seq` and hash `hash`. */
function checkLink(link: ChainLink, prev: { seq: number; hash: string }, headSeq: number): ChainBreak | null {
  const at = { eventId: link.id, seq: link.seq };
  if (link.seq > headSeq) {
    return {
      ...at,
      problem: 'event_beyond_head',
      message: `event ${link.id} (#${link.seq}) lies beyond the chain head (#${headSeq}): it was inserted outside the chain`,
    };
  }
  if (link.seq !== prev.seq + 1) {
    const gap = link.seq - prev.seq - 1;
    return {
      ...at,
      problem: 'events_missing',
      message: `${gap} event(s) before event ${link.id} (#${link.seq}) are missing: removed from the log`,
    };
  }
  if (link.prevHash !== prev.hash) {
    return {
      ...at,
      problem: 'link_broken',
      message: `event ${link.id} (#${link.seq}) does not follow the event before it: one of them was replaced or forged`,
    };
  }
  if (link.recomputed !== link.hash) {
    return {
      ...at,
      problem: 'event_changed',
      message: `event ${link.id} (#${link.seq}) no longer matches its hash: its content (actor, time, action, record or changes) was changed after it was written`,
    };
  }
  return null;
}

function checkEnd(
  last: { id: number; seq: number; hash: string } | null,
  head: { lastSeq: number; lastHash: string },
): ChainBreak | null {
  const seq = last?.seq ?? 0;
  if (seq < head.lastSeq) {
    return {
      eventId: last?.id ?? null,
      seq,
      problem: 'events_missing_at_end',
      message: `the chain ends at #${seq} but its head says #${head.lastSeq}: the last ${head.lastSeq - seq} event(s) were removed`,
    };
  }
  if ((last?.hash ?? GENESIS_HASH) !== head.lastHash) {
    return {
      eventId: last?.id ?? null,
      seq,
      problem: 'head_mismatch',
      message: `the last event${last ? ` ${last.id}` : ''} (#${seq}) is not the one the chain head names: it was replaced`,
    };
  }
  return null;
}

/**
 * Walks the whole chain in order and stops at the first broken link. Reads one snapshot, so
 * events written meanwhile neither count nor look forged.
 */
export function verifyAuditChain(db: Kysely<Database>): Promise<ChainReport> {
  return inSnapshot(db, async (trx) => {
    const head = await readChainHead(trx);
    const suspect = await firstSuspectLink(trx, head.lastSeq);
    const before = await chainBefore(trx, suspect?.seq ?? null);
    const lastHash = before.last?.hash ?? GENESIS_HASH;
    if (suspect) {
      const prev = { seq: suspect.prevSeq, hash: suspect.prevStoredHash };
      const broken = checkLink(suspect, prev, head.lastSeq);
      if (broken) return { events: before.events, lastHash, broken };
    }
    return { events: before.events, lastHash, broken: checkEnd(before.last, head) };
  });
}

/** Verifies the chain and keeps the result, which history pages show until the next run. */
export async function verifyAndRecord(db: Kysely<Database>): Promise<ChainReport> {
  const report = await verifyAuditChain(db);
  await saveVerification(db, {
    events: report.events,
    intact: report.broken === null,
    brokenEventId: report.broken?.eventId ?? null,
    problem: report.broken?.problem ?? null,
  });
  return report;
}

/** The command line's account of a verification. */
export function describeReport(report: ChainReport, seconds: number): string {
  const time = `${seconds.toFixed(1)} s`;
  if (report.broken) {
    return `Audit log: BROKEN: ${report.broken.message}.\n${report.events.toLocaleString('en')} event(s) before it are intact (checked in ${time}).`;
  }
  return [
    `Audit log: intact, ${report.events.toLocaleString('en')} event(s) checked in ${time}.`,
    `Last hash: ${report.lastHash}`,
    'Keep the last hash somewhere else: a later run that no longer reaches it shows the whole log was rewritten.',
  ].join('\n');
}
