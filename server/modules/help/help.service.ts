import type { Db } from '../../db/database.js';
import type { HelpCategory, HelpStatus } from '../../db/schema.help.js';
import type { Principal } from '../../http/auth.js';
import type {
  DeskKey,
  HelpFile,
  HelpListFilter,
  HelpQueueCounts,
  HelpRequestDetail,
  HelpRequestSummary,
  MessageBody,
} from './help.types.js';

// The help desk's use cases. Public ones take a receipt; staff ones a Principal, authorised first
// ('help.work'; 'help.all' to see requests held by others, and spam). Each write is one
// transaction with its audit event (that a request arrived or changed, never its content), and
// emits its help event after the commit (help.events.ts).

const pending = (): never => {
  throw new Error('help desk: not built yet');
};

// The requester's half (the receipt) lives in help-requester.service.ts.
export {
  openThread,
  readRequesterFile,
  replyAsRequester,
  submitHelpRequest,
} from './help-requester.service.js';

export async function listHelpRequests(
  _db: Db,
  _who: Principal,
  _filter: HelpListFilter,
): Promise<HelpRequestSummary[]> {
  return pending();
}

export async function helpQueueCounts(_db: Db, _who: Principal): Promise<HelpQueueCounts> {
  return pending();
}

/** One request; its messages (notes included) only when deskKey is given. help_request_not_found otherwise. */
export async function readHelpRequest(
  _db: Db,
  _who: Principal,
  _id: string,
  _deskKey: DeskKey | null,
): Promise<HelpRequestDetail> {
  return pending();
}

export async function readStaffFile(
  _db: Db,
  _who: Principal,
  _id: string,
  _fileId: string,
  _deskKey: DeskKey,
): Promise<HelpFile> {
  return pending();
}

export async function assignHelpRequest(
  _db: Db,
  _who: Principal,
  _id: string,
  _accountId: string | null,
  _version: number,
): Promise<void> {
  return pending();
}

export async function setHelpStatus(
  _db: Db,
  _who: Principal,
  _id: string,
  _status: HelpStatus,
  _version: number,
): Promise<void> {
  return pending();
}

export async function setHelpCategory(
  _db: Db,
  _who: Principal,
  _id: string,
  _category: HelpCategory,
  _version: number,
): Promise<void> {
  return pending();
}

/** An internal note, sealed to the desk only. */
export async function addHelpNote(_db: Db, _who: Principal, _id: string, _text: string): Promise<void> {
  return pending();
}

/** An answer the requester reads with the receipt (status becomes answered). */
export async function answerHelpRequest(
  _db: Db,
  _who: Principal,
  _id: string,
  _text: string,
  _files: HelpFile[],
): Promise<void> {
  return pending();
}

/** The report's fields, to pre-fill the incident editor (nothing is saved). */
export async function draftFromHelpRequest(
  _db: Db,
  _who: Principal,
  _id: string,
  _deskKey: DeskKey,
): Promise<{ body: MessageBody; createdAt: Date; language: string }> {
  return pending();
}

/** Links a request to the incident made from it (the link is internal; the request stays private). */
export async function linkHelpIncident(
  _db: Db,
  _who: Principal,
  _id: string,
  _incidentId: string,
): Promise<void> {
  return pending();
}
