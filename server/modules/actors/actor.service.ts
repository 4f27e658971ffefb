import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { checkReferences } from '../../http/references.js';
import { recordAudit } from '../audit/audit.repo.js';
import { refreshIncidentsOfActor } from '../cases/accountability.service.js';
import { readerScope } from '../incidents/incident.gate.js';
import { findPerson } from '../people/person.repo.js';
import { presentActor } from './actor.presenter.js';
import * as repo from './actor.repo.js';
import type { ActorInput, ActorView } from './actor.schema.js';

async function toValues(trx: Db, input: ActorInput, path: string): Promise<repo.ActorValues> {
  await checkReferences(trx, { vocabulary: { actor_type: [{ path: `${path}type`, code: input.type }] } });
  if (input.personId && !(await findPerson(trx, input.personId))) {
    throw new AppError('unknown_code', 'The person does not exist', [
      { path: `${path}personId`, code: 'unknown_id' },
    ]);
  }
  return {
    actor_type: input.type,
    name: input.name,
    names: JSON.stringify(input.names),
    level: input.level,
    person_id: input.personId,
    notes: input.notes,
  };
}

/** Records who may have done it: an institution, a group, or a person. */
export function createActor(db: Db, who: Principal, input: ActorInput, path = ''): Promise<ActorView> {
  const actor = authorize(who, 'cases.write');
  return inTransaction(db, async (trx) => {
    const row = await repo.insertActor(trx, await toValues(trx, input, path));
    const view = presentActor(row);
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'actor',
      entityId: row.id,
      before: null,
      after: view,
    });
    return view;
  });
}

/** Updates an actor; incidents they are involved in follow (actor-type filters). */
export function updateActor(db: Db, who: Principal, id: string, input: ActorInput): Promise<ActorView> {
  const actor = authorize(who, 'cases.write');
  return inTransaction(db, async (trx) => {
    const existing = await repo.findActor(trx, id, readerScope(who, 'write'));
    if (!existing) throw notFound('actor_not_found', 'Actor', id);
    if (input.version === undefined) {
      throw new AppError('validation_failed', 'Send the version you read', [
        { path: 'version', code: 'required' },
      ]);
    }
    const row = await repo.updateActor(trx, id, input.version, await toValues(trx, input, ''));
    if (!row) throw versionConflict(existing.version);
    const view = presentActor(row);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'actor',
      entityId: id,
      before: presentActor(existing),
      after: view,
    });
    await refreshIncidentsOfActor(trx, id);
    return view;
  });
}

/** Actors, as this internal reader may see them: not those involved only in incidents hidden from them. */
export function listActorsFor(db: Db, who: Principal) {
  authorize(who, 'records.read');
  return repo.listActors(db, readerScope(who));
}

/** One actor, unless it is involved only in incidents hidden from the caller (then 404). */
export async function readActor(db: Db, who: Principal, id: string) {
  const row = await repo.findActor(db, id, readerScope(who));
  if (!row) throw notFound('actor_not_found', 'Actor', id);
  return row;
}
