import { type Db, inTransaction } from '../../db/database.js';
import { audienceOf, authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { checkReferences } from '../../http/references.js';
import { recordAudit } from '../audit/audit.repo.js';
import { holdIncidentsOfVictim } from '../incidents/incident.derived.js';
import { readerScope } from '../incidents/incident.gate.js';
import { findOutlets } from '../outlets/outlet.repo.js';
import { isNamedInPublic } from './named-in-public.js';
import { presentPerson } from './person.presenter.js';
import * as repo from './person.repo.js';
import type { PersonInput, PersonView } from './person.schema.js';
import { mergedInto, referencesTo } from './person-merge.repo.js';

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
      action: 'person.created',
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
    const incidents = await holdIncidentsOfVictim(trx, id);
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
    await recordAudit(trx, {
      actor,
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      before,
      after,
    });
    await incidents.refresh();
    return after;
  });
}

/** Where the refusal to delete points, by what still refers to the person. */
const REFERENCE_PATHS: Record<string, string> = {
  victim: 'violations',
  actor: 'actors',
  subject: 'proceedings',
  relation: 'relations',
};

/** Deletes a person nothing refers to (409 `still_referenced` naming what does, otherwise). */
export function deletePerson(db: Db, who: Principal, id: string, version: number): Promise<void> {
  const actor = authorize(who, 'people.delete');
  return inTransaction(db, async (trx) => {
    const existing = await repo.findPerson(trx, id, readerScope(who, 'write'));
    if (!existing) throw notFound('person_not_found', 'Person', id);
    if (existing.version !== version) throw versionConflict(existing.version);
    // Refused, not cascaded: a victim, an actor, a case's subject or a relation would lose whom it names.
    const refs = await referencesTo(trx, id);
    if (refs.length > 0) {
      throw new AppError(
        'still_referenced',
        `Other records still refer to this person (${refs.join(', ')}); merge them into another person instead`,
        refs.map((kind) => ({ path: REFERENCE_PATHS[kind] ?? kind, code: `person_${kind}` })),
      );
    }
    const before = presentPerson(existing, (await repo.outletIdsOf(trx, [id])).get(id) ?? []);
    const row = await repo.deletePerson(trx, id, version);
    if (!row) throw versionConflict(existing.version);
    await recordAudit(trx, {
      actor,
      action: 'person.deleted',
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
  const visible =
    audience === 'internal' || (row && isNamedInPublic(row) && (await repo.appearsPublicly(db, id)));
  if (!row || !visible) throw notFound('person_not_found', 'Person', id);
  return { row, outletIds: (await repo.outletIdsOf(db, [id])).get(id) ?? [], audience };
}

/**
 * One person, or where a merged id now leads: the person it was merged into, when this reader may
 * read them. Otherwise the same 404 as for a person who never existed.
 */
export async function readPersonOrMerged(db: Db, who: Principal, id: string) {
  try {
    return await readPerson(db, who, id);
  } catch (err) {
    const into = err instanceof AppError && err.code === 'person_not_found' && (await mergedInto(db, id));
    if (!into) throw err;
    await readPerson(db, who, into).catch(() => {
      throw err;
    });
    return { mergedInto: into };
  }
}
