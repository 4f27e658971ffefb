import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { HelpRequestsTable } from '../../db/schema.help.js';
import type { Database } from '../../db/schema.js';
import type { SealedMessage } from './help.seal.js';
import type { HelpListFilter } from './help.types.js';

/**
 * Which requests a staff reader may see at all — THE access rule of the queue, written once:
 * with `help.all` every request; otherwise those not marked spam that nobody holds or that the
 * reader holds. Lists, counts, reads and writes all pass through it.
 */
export type HelpReader = { all: true; accountId: string | null } | { all: false; accountId: string };

export function readerScope(reader: HelpReader) {
  return (eb: ExpressionBuilder<Database, 'help_requests'>) =>
    reader.all
      ? eb.val(true)
      : eb.and([
          eb('help_requests.status', '!=', 'spam'),
          eb.or([
            eb('help_requests.assigned_to', 'is', null),
            eb('help_requests.assigned_to', '=', reader.accountId),
          ]),
        ]);
}

export async function insertRequest(db: Db, values: Insertable<HelpRequestsTable>): Promise<string> {
  const row = await db.insertInto('help_requests').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A message and its files, as sealed by help.seal.ts. */
export async function insertMessage(
  db: Db,
  values: {
    requestId: string;
    author: 'requester' | 'answer' | 'note';
    accountId: string | null;
    keyVersion: number;
    at: Date;
  },
  sealed: SealedMessage,
): Promise<void> {
  await db
    .insertInto('help_messages')
    .values({
      id: sealed.id,
      request_id: values.requestId,
      author: values.author,
      account_id: values.accountId,
      key_version: values.keyVersion,
      nonce: sealed.nonce,
      ciphertext: sealed.ciphertext,
      key_for_desk: sealed.keyForDesk,
      key_for_requester: sealed.keyForRequester,
      created_at: values.at,
    })
    .execute();
  if (sealed.files.length === 0) return;
  await db
    .insertInto('help_files')
    .values(
      sealed.files.map((f) => ({
        id: f.id,
        message_id: sealed.id,
        nonce: f.nonce,
        ciphertext: f.ciphertext,
        created_at: values.at,
      })),
    )
    .execute();
}

export const requestByLookup = (db: Db, lookup: string) =>
  db.selectFrom('help_requests').selectAll().where('receipt_lookup', '=', lookup).executeTakeFirst();

/** One more wrong passphrase, counted atomically (parallel guesses each count); the new count. */
export async function countFailedTry(db: Db, id: string): Promise<number> {
  const row = await db
    .updateTable('help_requests')
    .set({ failed_tries: sql`failed_tries + 1` })
    .where('id', '=', id)
    .returning('failed_tries')
    .executeTakeFirstOrThrow();
  return row.failed_tries;
}

export async function setLockedUntil(db: Db, id: string, lockedUntil: Date): Promise<void> {
  await db.updateTable('help_requests').set({ locked_until: lockedUntil }).where('id', '=', id).execute();
}

export async function setFailedTries(
  db: Db,
  id: string,
  failedTries: number,
  lockedUntil: Date | null,
): Promise<void> {
  await db
    .updateTable('help_requests')
    .set({ failed_tries: failedTries, locked_until: lockedUntil })
    .where('id', '=', id)
    .execute();
}

/** A request's messages, oldest first; for the requester without internal notes. */
export function messagesOf(db: Db, requestId: string, forRequester: boolean) {
  let query = db
    .selectFrom('help_messages')
    .leftJoin('accounts', 'accounts.id', 'help_messages.account_id')
    .select([
      'help_messages.id',
      'help_messages.author',
      'help_messages.key_version',
      'help_messages.nonce',
      'help_messages.ciphertext',
      'help_messages.key_for_desk',
      'help_messages.key_for_requester',
      'help_messages.created_at',
      'accounts.display_name as staff_name',
    ])
    .where('help_messages.request_id', '=', requestId);
  if (forRequester) query = query.where('help_messages.author', '!=', 'note');
  return query.orderBy('help_messages.created_at').orderBy('help_messages.id').execute();
}

/** A file of a request, with its message's sealed keys. */
export const fileOfRequest = (db: Db, requestId: string, fileId: string) =>
  db
    .selectFrom('help_files')
    .innerJoin('help_messages', 'help_messages.id', 'help_files.message_id')
    .select([
      'help_files.nonce',
      'help_files.ciphertext',
      'help_messages.author',
      'help_messages.key_for_desk',
      'help_messages.key_for_requester',
    ])
    .where('help_messages.request_id', '=', requestId)
    .where('help_files.id', '=', fileId)
    .executeTakeFirst();

/** Changes a request if it is still at `version`; the changed row, or undefined when it moved on. */
export const updateRequest = (
  db: Db,
  id: string,
  version: number | null,
  values: Updateable<HelpRequestsTable>,
) => {
  let query = db
    .updateTable('help_requests')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id);
  if (version !== null) query = query.where('version', '=', version);
  return query.returning(['id', 'version', 'status', 'assigned_to']).executeTakeFirst();
};

const summaryColumns = [
  'help_requests.id',
  'help_requests.kind',
  'help_requests.category',
  'help_requests.status',
  'help_requests.lane',
  'help_requests.language',
  'help_requests.created_at',
  'help_requests.last_requester_at',
  'help_requests.last_staff_at',
  'help_requests.assigned_to',
  'help_requests.incident_id',
  'help_requests.version',
  'accounts.display_name as assigned_name',
] as const;

function visible(db: Db, reader: HelpReader) {
  return db
    .selectFrom('help_requests')
    .leftJoin('accounts', 'accounts.id', 'help_requests.assigned_to')
    .where(readerScope(reader));
}

/** The queue as this reader may see it, newest activity first. */
export function listRequests(db: Db, reader: HelpReader, filter: HelpListFilter, limit = 500) {
  let query = visible(db, reader).select(summaryColumns);
  if (filter.status) query = query.where('help_requests.status', '=', filter.status);
  if (filter.category) query = query.where('help_requests.category', '=', filter.category);
  if (filter.lane) query = query.where('help_requests.lane', '=', filter.lane);
  if (filter.assigned === 'none') query = query.where('help_requests.assigned_to', 'is', null);
  if (filter.assigned === 'me') {
    // The system principal holds nothing: "mine" is empty for it.
    query = reader.accountId
      ? query.where('help_requests.assigned_to', '=', reader.accountId)
      : query.where(sql<boolean>`false`);
  }
  return query
    .orderBy('help_requests.last_requester_at', 'desc')
    .orderBy('help_requests.id')
    .limit(limit)
    .execute();
}

export const visibleRequest = (db: Db, reader: HelpReader, id: string) =>
  visible(db, reader).select(summaryColumns).where('help_requests.id', '=', id).executeTakeFirst();

/** What waits (new or in progress) by category, lane and age bucket, as this reader may see it. */
export function waitingCounts(db: Db, reader: HelpReader, now: Date) {
  const day = new Date(now.getTime() - 86_400_000);
  const week = new Date(now.getTime() - 7 * 86_400_000);
  const month = new Date(now.getTime() - 30 * 86_400_000);
  return db
    .selectFrom('help_requests')
    .where(readerScope(reader))
    .where('help_requests.status', 'in', ['new', 'in_progress'])
    .select((eb) => [
      'help_requests.category',
      'help_requests.lane',
      eb
        .case()
        .when('help_requests.created_at', '>', day)
        .then('day')
        .when('help_requests.created_at', '>', week)
        .then('week')
        .when('help_requests.created_at', '>', month)
        .then('month')
        .else('older')
        .end()
        .as('age'),
      eb.fn.countAll<string>().as('n'),
    ])
    .groupBy(['help_requests.category', 'help_requests.lane', 'age'])
    .execute();
}

/** Whether an account may be given requests: it exists, is active, and its role works the desk. */
export const assignableAccount = (db: Db, accountId: string) =>
  db
    .selectFrom('accounts')
    .select(['id', 'role', 'display_name'])
    .where('id', '=', accountId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();

/** Every message key of a desk key version, to reseal them under a new one. */
export const deskKeysOfMessages = (db: Db, version: number) =>
  db.selectFrom('help_messages').select(['id', 'key_for_desk']).where('key_version', '=', version).execute();

export async function resealForDesk(
  db: Db,
  id: string,
  keyForDesk: Uint8Array,
  version: number,
): Promise<void> {
  await db
    .updateTable('help_messages')
    .set({ key_for_desk: keyForDesk, key_version: version })
    .where('id', '=', id)
    .execute();
}

export async function requesterPublicKey(db: Db, id: string): Promise<Uint8Array> {
  const row = await db
    .selectFrom('help_requests')
    .select('requester_public_key')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.requester_public_key;
}
