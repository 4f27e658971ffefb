import { type Db, inTransaction } from '../../db/database.js';
import { audienceOf, authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { checkReferences } from '../../http/references.js';
import { recordAudit } from '../audit/audit.repo.js';
import { refreshIncidentsOfVictim } from '../incidents/incident.derived.js';
import { readerScope } from '../incidents/incident.gate.js';
import { findOutlets } from '../outlets/outlet.repo.js';
import { presentPerson } from './person.presenter.js';
import * as repo from './person.repo.js';
import type { PersonInput, PersonView } from './person.schema.js';

async function toValues(trx: Db, input: PersonInput, path: string): Promise<repo.PersonValues> {
  await checkReferences(trx, {
    vocabulary: { victim_role: input.roles.map((code, i) => ({ path: `${path}roles.${i}`, code })) },
  });
  const outlets = new Set((await findOutlets(trx, input.outletIds)).map((o) => o.id));
  const unknown = input.outletIds.flatMap((id, i) =>
    outlets.has(id) ? [] : [{ path: `${path}outletIds.${i}`, code: 'unknown_id' }],
  );
  if (unknown.length > 0) throw new AppError('unknown_code', 'Some outlets do not exist', unknown);
  return {
    name: input.name,
    names: JSON.stringify(input.names),
    aliases: input.aliases,
    roles: [...new Set(input.roles)],
    gender: input.gender,
    consent_to_name: input.consentToName,
    notes: input.notes,
  };
}

/** Creates a person; `path` prefixes error paths when the person comes inside an incident. */
export function createPerson(db: Db, who: Principal, input: PersonInput, path = ''): Promise<PersonView> {
  const actor = authorize(who, 'people.write');
  return inTransaction(db, async (trx) => {
    if (input.version !== undefined) {
      throw new AppError('validation_failed', 'A new person has no version', [
        { path: `${path}version`, code: 'not_allowed' },
      ]);
    }
    const row = await repo.insertPerson(trx, await toValues(trx, input, path));
    await repo.setOutlets(trx, row.id, input.outletIds);
    const view = presentPerson(row, [...new Set(input.outletIds)].sort());
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'person',
      entityId: row.id,
      before: null,
      after: view,
    });
    return view;
  });
}

/** Updates a person and everything derived from them in their incidents (search, redaction). */
export function updatePerson(db: Db, who: Principal, id: string, input: PersonInput): Promise<PersonView> {
  const actor = authorize(who, 'people.write');
  return inTransaction(db, async (trx) => {
    const existing = await repo.findPerson(trx, id, readerScope(who, 'write'));
    if (!existing) throw notFound('person_not_found', 'Person', id);
    if (input.version === undefined) {
      throw new AppError('validation_failed', 'Send the version you read', [
        { path: 'version', code: 'required' },
      ]);
    }
    const before = presentPerson(existing, (await repo.outletIdsOf(trx, [id])).get(id) ?? []);
    const row = await repo.updatePerson(trx, id, input.version, await toValues(trx, input, ''));
    if (!row) throw versionConflict(existing.version);
    await repo.setOutlets(trx, id, input.outletIds);
    const after = presentPerson(row, [...new Set(input.outletIds)].sort());
    await recordAudit(trx, { actor, action: 'update', entityType: 'person', entityId: id, before, after });
    await refreshIncidentsOfVictim(trx, id);
    return after;
  });
}

/** Deletes a person who is no victim in any incident (409 otherwise). */
export function deletePerson(db: Db, who: Principal, id: string, version: number): Promise<void> {
  const actor = authorize(who, 'people.delete');
  return inTransaction(db, async (trx) => {
    const existing = await repo.findPerson(trx, id, readerScope(who, 'write'));
    if (!existing) throw notFound('person_not_found', 'Person', id);
    const before = presentPerson(existing, (await repo.outletIdsOf(trx, [id])).get(id) ?? []);
    const row = await repo.deletePerson(trx, id, version);
    if (!row) throw versionConflict(existing.version);
    await recordAudit(trx, {
      actor,
      action: 'delete',
      entityType: 'person',
      entityId: id,
      before,
      after: null,
    });
  });
}

/** People by name, as this internal reader may see them: not those who belong only to incidents hidden from them. */
export function searchPeopleFor(db: Db, who: Principal, query: string | undefined) {
  authorize(who, 'records.read');
  return repo.searchPeople(db, query, readerScope(who));
}

/**
 * One person and their outlets: for internal readers unless they belong only to incidents hidden
 * from them; for the public only when they consented to be named and are a victim in a public
 * incident. Otherwise 404, as for a person who does not exist.
 */
export async function readPerson(db: Db, who: Principal, id: string) {
  const audience = audienceOf(who);
  const row = await repo.findPerson(db, id, readerScope(who));
  const visible = audience === 'internal' || (row?.consent_to_name && (await repo.appearsPublicly(db, id)));
  if (!row || !visible) throw notFound('person_not_found', 'Person', id);
  return { row, outletIds: (await repo.outletIdsOf(db, [id])).get(id) ?? [], audience };
}
