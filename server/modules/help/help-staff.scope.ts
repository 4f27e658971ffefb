import type { Db } from '../../db/database.js';
import { authorize, can, type Principal } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import * as repo from './help.repo.js';
import type { Opener } from './help.seal.js';
import type { DeskKey, HelpRequestSummary } from './help.types.js';
import { isUuid } from './help-requester.service.js';

/** How a staff entry finds a request: authorised, through the one reader scope, or 404. */
export const missing = (id: string) =>
  new AppError('help_request_not_found', `Help request ${id} does not exist`);

export function readerOf(who: Principal): { actor: string; reader: repo.HelpReader } {
  const actor = authorize(who, 'help.work');
  const all = who.kind !== 'account' || can(who, 'help.all');
  const accountId = who.kind === 'account' ? who.id : null;
  return { actor, reader: all || !accountId ? { all: true, accountId } : { all: false, accountId } };
}

export type SummaryRow = NonNullable<Awaited<ReturnType<typeof repo.visibleRequest>>>;

export function present(row: SummaryRow): HelpRequestSummary {
  return {
    id: row.id,
    kind: row.kind,
    category: row.category,
    status: row.status,
    lane: row.lane,
    language: row.language,
    createdAt: row.created_at,
    lastRequesterAt: row.last_requester_at,
    lastStaffAt: row.last_staff_at,
    assignedTo: row.assigned_to ? { id: row.assigned_to, displayName: row.assigned_name ?? '' } : null,
    incidentId: row.incident_id,
    version: row.version,
  };
}

export async function find(db: Db, reader: repo.HelpReader, id: string): Promise<SummaryRow> {
  const row = isUuid(id) ? await repo.visibleRequest(db, reader, id) : undefined;
  if (!row) throw missing(id);
  return row;
}

export const deskOpener = (deskKey: DeskKey): Opener => ({
  by: 'desk',
  pair: { publicKey: deskKey.publicKey, privateKey: deskKey.privateKey },
});

/** A desk key that does not open what it should: never content, only that this session cannot read. */
export const locked = () =>
  new AppError('help_desk_locked', 'This session’s help desk key does not open this request');
