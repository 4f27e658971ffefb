import { ROLE_PERMISSIONS } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { HELP_CATEGORIES, type HelpCategory, type HelpStatus } from '../../db/schema.help.js';
import type { Principal } from '../../http/auth.js';
import { AppError, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { SealBroken } from './help.crypto.js';
import { emitHelpEvent } from './help.events.js';
import * as repo from './help.repo.js';
import { openFile, openMessage } from './help.seal.js';
import type {
  DeskKey,
  HelpFile,
  HelpListFilter,
  HelpQueueCounts,
  HelpRequestDetail,
  HelpRequestSummary,
  ThreadMessage,
} from './help.types.js';
import { isUuid } from './help-requester.service.js';
import { deskOpener, find, locked, present, readerOf } from './help-staff.scope.js';

/*
 * The staff half of the help desk. Every entry authorises `help.work` first, then finds the
 * request through the one reader scope of help.repo.ts: what the reader may not see answers
 * exactly as what does not exist (help_request_not_found), for reads and writes alike.
 */

export async function listHelpRequests(
  db: Db,
  who: Principal,
  filter: HelpListFilter,
): Promise<HelpRequestSummary[]> {
  const { reader } = readerOf(who);
  return (await repo.listRequests(db, reader, filter)).map(present);
}

export async function helpQueueCounts(db: Db, who: Principal, now = new Date()): Promise<HelpQueueCounts> {
  const { reader } = readerOf(who);
  const counts: HelpQueueCounts = {
    waiting: 0,
    moderated: 0,
    byCategory: Object.fromEntries(HELP_CATEGORIES.map((c) => [c, 0])) as Record<HelpCategory, number>,
    byAge: { day: 0, week: 0, month: 0, older: 0 },
  };
  for (const row of await repo.waitingCounts(db, reader, now)) {
    const n = Number(row.n);
    counts.waiting += n;
    if (row.lane === 'moderated') counts.moderated += n;
    counts.byCategory[row.category] += n;
    counts.byAge[row.age as keyof HelpQueueCounts['byAge']] += n;
  }
  return counts;
}

/** One request; its messages (notes included) only when a desk key is given. */
export async function readHelpRequest(
  db: Db,
  who: Principal,
  id: string,
  deskKey: DeskKey | null,
): Promise<HelpRequestDetail> {
  const { reader } = readerOf(who);
  const row = await find(db, reader, id);
  if (!deskKey) return { ...present(row), messages: null };
  const messages: ThreadMessage[] = [];
  try {
    for (const m of await repo.messagesOf(db, row.id, false)) {
      const { body, files } = await openMessage(m, deskOpener(deskKey));
      messages.push({ id: m.id, author: m.author, at: m.created_at, body, files, staffName: m.staff_name });
    }
  } catch (err) {
    throw err instanceof SealBroken ? locked() : err;
  }
  return { ...present(row), messages };
}

export async function readStaffFile(
  db: Db,
  who: Principal,
  id: string,
  fileId: string,
  deskKey: DeskKey,
): Promise<HelpFile> {
  const { reader } = readerOf(who);
  const row = await find(db, reader, id);
  const file = isUuid(fileId) ? await repo.fileOfRequest(db, row.id, fileId) : undefined;
  if (!file) throw new AppError('file_not_found', 'This request has no such file');
  try {
    return await openFile(file, file, deskOpener(deskKey));
  } catch (err) {
    throw err instanceof SealBroken ? locked() : err;
  }
}

/** A versioned change of a request seen by the reader: conflict when it moved on, 404 when unseen. */
async function change(
  db: Db,
  reader: repo.HelpReader,
  id: string,
  version: number,
  values: Parameters<typeof repo.updateRequest>[3],
  audit: {
    actor: string;
    action: Parameters<typeof recordAudit>[1]['action'];
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const current = await find(trx, reader, id);
    if (current.version !== version) throw versionConflict(current.version);
    const changed = await repo.updateRequest(trx, current.id, version, { ...values, updated_at: new Date() });
    if (!changed) throw versionConflict(current.version);
    await recordAudit(trx, { ...audit, entityType: 'help_request', entityId: current.id });
  });
}

/** Gives the request to an active account whose role works the desk, or takes it off its holder (null). */
export async function assignHelpRequest(
  db: Db,
  who: Principal,
  id: string,
  accountId: string | null,
  version: number,
): Promise<void> {
  const { actor, reader } = readerOf(who);
  const current = await find(db, reader, id);
  if (accountId !== null) {
    const target = isUuid(accountId) ? await repo.assignableAccount(db, accountId) : undefined;
    if (!target || !ROLE_PERMISSIONS[target.role].has('help.work')) {
      throw new AppError(
        'validation_failed',
        'A request can be given only to someone who works the help desk',
        [{ path: 'accountId', code: 'not_help_staff' }],
      );
    }
  }
  await change(
    db,
    reader,
    id,
    version,
    { assigned_to: accountId },
    {
      actor,
      action: accountId ? 'help.assigned' : 'help.unassigned',
      before: { assignedTo: current.assigned_to },
      after: { assignedTo: accountId },
    },
  );
  if (accountId && accountId !== current.assigned_to) {
    await emitHelpEvent({ type: 'help.assigned', requestId: current.id, accountId });
  }
}

/**
 * The moves a request's status may make: worked on, answered, closed, or put aside as spam (and
 * back to new when it was not). An answer itself moves it to answered; the requester's reply
 * brings an answered or closed request back to in progress.
 */
export const HELP_MOVES: Readonly<Record<HelpStatus, readonly HelpStatus[]>> = {
  new: ['in_progress', 'closed', 'spam'],
  in_progress: ['answered', 'closed', 'spam'],
  answered: ['in_progress', 'closed'],
  closed: ['in_progress'],
  spam: ['new'],
};

export async function setHelpStatus(
  db: Db,
  who: Principal,
  id: string,
  status: HelpStatus,
  version: number,
): Promise<void> {
  const { actor, reader } = readerOf(who);
  const current = await find(db, reader, id);
  if (!HELP_MOVES[current.status].includes(status)) {
    throw new AppError('invalid_transition', `A request that is ${current.status} cannot become ${status}`, [
      { path: 'status', code: 'not_allowed' },
    ]);
  }
  await change(
    db,
    reader,
    id,
    version,
    { status },
    {
      actor,
      action: 'help.status_changed',
      before: { status: current.status },
      after: { status },
    },
  );
}

export async function setHelpCategory(
  db: Db,
  who: Principal,
  id: string,
  category: HelpCategory,
  version: number,
): Promise<void> {
  const { actor, reader } = readerOf(who);
  if (!(HELP_CATEGORIES as readonly string[]).includes(category)) {
    throw new AppError('validation_failed', 'Unknown category', [{ path: 'category', code: 'unknown' }]);
  }
  const current = await find(db, reader, id);
  await change(
    db,
    reader,
    id,
    version,
    { category },
    {
      actor,
      action: 'help.category_changed',
      before: { category: current.category },
      after: { category },
    },
  );
}

export {
  addHelpNote,
  answerHelpRequest,
  draftFromHelpRequest,
  linkHelpIncident,
} from './help-staff-writes.service.js';
