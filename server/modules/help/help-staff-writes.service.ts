import { type Db, inTransaction } from '../../db/database.js';
import type { Principal } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { gateIncident } from '../incidents/incident.gate.js';
import { SealBroken } from './help.crypto.js';
import * as repo from './help.repo.js';
import { openMessage, sealMessage } from './help.seal.js';
import type { DeskKey, HelpFile, MessageBody } from './help.types.js';
import { checkText, deskPublicKey, holdDesk } from './help-requester.service.js';
import { deskOpener, find, locked, readerOf } from './help-staff.scope.js';

/** Staff writes that add a sealed message, or link a request to an incident. */

/** An internal note, sealed to the desk only: the requester's key never opens it. */
export async function addHelpNote(
  db: Db,
  who: Principal,
  id: string,
  text: string,
  now = new Date(),
): Promise<void> {
  const { actor, reader } = readerOf(who);
  checkText(text, []);
  const request = await find(db, reader, id);
  const desk = await deskPublicKey(db);
  const sealed = await sealMessage({ text }, [], desk.publicKey, null);
  await inTransaction(db, async (trx) => {
    await find(trx, reader, id);
    await holdDesk(trx, desk.version);
    await repo.insertMessage(
      trx,
      {
        requestId: request.id,
        author: 'note',
        accountId: actorAccount(who),
        keyVersion: desk.version,
        at: now,
      },
      sealed,
    );
    await recordAudit(trx, {
      actor,
      action: 'help.noted',
      entityType: 'help_request',
      entityId: request.id,
      before: null,
      after: null,
    });
  });
}

const actorAccount = (who: Principal) => (who.kind === 'account' ? who.id : null);

/** An answer the requester reads with the receipt; the request becomes answered. */
export async function answerHelpRequest(
  db: Db,
  who: Principal,
  id: string,
  text: string,
  files: HelpFile[],
  now = new Date(),
): Promise<void> {
  const { actor, reader } = readerOf(who);
  checkText(text, files);
  const request = await find(db, reader, id);
  if (request.status === 'spam') {
    throw new AppError('invalid_transition', 'A request marked as spam cannot be answered', [
      { path: 'status', code: 'spam' },
    ]);
  }
  const requesterKey = await repo.requesterPublicKey(db, request.id);
  const desk = await deskPublicKey(db);
  const sealed = await sealMessage({ text }, files, desk.publicKey, requesterKey);
  await inTransaction(db, async (trx) => {
    const current = await find(trx, reader, id);
    await holdDesk(trx, desk.version);
    await repo.insertMessage(
      trx,
      {
        requestId: request.id,
        author: 'answer',
        accountId: actorAccount(who),
        keyVersion: desk.version,
        at: now,
      },
      sealed,
    );
    await repo.updateRequest(trx, request.id, null, {
      status: 'answered',
      last_staff_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'help.answered',
      entityType: 'help_request',
      entityId: request.id,
      before: { status: current.status },
      after: { status: 'answered' },
    });
  });
}

/** The report's first message, to pre-fill the incident editor (nothing is saved). */
export async function draftFromHelpRequest(
  db: Db,
  who: Principal,
  id: string,
  deskKey: DeskKey,
): Promise<{ body: MessageBody; createdAt: Date; language: string }> {
  const { reader } = readerOf(who);
  const request = await find(db, reader, id);
  const first = (await repo.messagesOf(db, request.id, true)).find((m) => m.author === 'requester');
  if (!first) throw new AppError('help_request_not_found', `Help request ${id} has no message`);
  try {
    const { body } = await openMessage(first, deskOpener(deskKey));
    return { body, createdAt: request.created_at, language: request.language };
  } catch (err) {
    throw err instanceof SealBroken ? locked() : err;
  }
}

/** Links a request to the incident made from it; the incident must be one the caller can see. */
export async function linkHelpIncident(
  db: Db,
  who: Principal,
  id: string,
  incidentId: string,
): Promise<void> {
  const { actor, reader } = readerOf(who);
  const incident = await gateIncident(db, who, incidentId);
  await inTransaction(db, async (trx) => {
    const request = await find(trx, reader, id);
    // A report someone has made an incident of is being worked on, not waiting.
    const status = request.status === 'new' ? 'in_progress' : request.status;
    await repo.updateRequest(trx, request.id, null, {
      incident_id: incident.id,
      status,
      updated_at: new Date(),
    });
    await recordAudit(trx, {
      actor,
      action: 'help.incident_linked',
      entityType: 'help_request',
      entityId: request.id,
      before: { incidentId: request.incident_id, status: request.status },
      after: { incidentId: incident.id, status },
    });
  });
}
