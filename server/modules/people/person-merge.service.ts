import type { LocalizedText } from '../../../shared/languages.js';
import { type Db, inTransaction } from '../../db/database.js';
import type { PersonRow } from '../../db/schema.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { refreshDerived } from '../incidents/incident.derived.js';
import { readerScope } from '../incidents/incident.gate.js';
import { incidentIdsNaming } from '../incidents/redaction.repo.js';
import { holdCells } from '../statistics/statistic-cells.repo.js';
import { nameForms } from './named-in-public.js';
import { presentPerson } from './person.presenter.js';
import * as repo from './person.repo.js';
import type { PersonView } from './person.schema.js';
import { moveLinks, seenByTheSameReaders } from './person-merge.repo.js';

/**
 * The merged record: the target's name and fields, completed by the duplicate's (names in
 * languages the target lacks, roles, gender when unknown, notes). Every other spelling of the
 * duplicate becomes an alias, so the search still finds it and the redaction still withholds it.
 * Consent is the stricter of the two: a person who did not consent is never named by a merge.
 */
function mergedValues(into: PersonRow, from: PersonRow): repo.PersonValues {
  const names = { ...(from.names as LocalizedText), ...(into.names as LocalizedText) };
  const own = new Set([into.name, ...Object.values(names)].map((n) => n?.toLowerCase()));
  const aliases = [...into.aliases];
  for (const form of nameForms(from)) {
    if (own.has(form.toLowerCase()) || aliases.some((a) => a.toLowerCase() === form.toLowerCase())) continue;
    aliases.push(form);
  }
  const notes = [into.notes, from.notes].filter((n): n is string => Boolean(n?.trim()));
  return {
    name: into.name,
    names: JSON.stringify(names),
    aliases: aliases.slice(0, 50),
    roles: [...new Set([...into.roles, ...from.roles])],
    gender: into.gender === 'unknown' ? from.gender : into.gender,
    consent_to_name: into.consent_to_name && from.consent_to_name,
    notes: notes.length ? notes.join('\n\n').slice(0, 20000) : null,
  };
}

/**
 * Merges a duplicate person into the person they repeat, as one action: every link moves (victims,
 * actors, proceedings, outlets, relations), the incidents that name either are recomputed (search,
 * redaction, kept counts), the duplicate is deleted and its id forwards to the target. Refused
 * when the two are seen by different readers, since the merged person would show each to the
 * readers of the other.
 */
export function mergePerson(
  db: Db,
  who: Principal,
  fromId: string,
  intoId: string,
  version: number,
  reason: string,
): Promise<PersonView> {
  const actor = authorize(who, 'people.delete');
  return inTransaction(db, async (trx) => {
    if (fromId === intoId) {
      throw new AppError('validation_failed', 'A person cannot be merged into themselves', [
        { path: 'into', code: 'same_person' },
      ]);
    }
    const scope = readerScope(who, 'write');
    // Lock the incidents first: the order every writer of incidents takes, so no deadlock.
    const incidentIds = [
      ...new Set([...(await incidentIdsNaming(trx, fromId)), ...(await incidentIdsNaming(trx, intoId))]),
    ];
    const cells = await holdCells(trx, incidentIds);
    const from = await repo.findPerson(trx, fromId, scope);
    if (!from) throw notFound('person_not_found', 'Person', fromId);
    const into = await repo.findPerson(trx, intoId, scope);
    if (!into) throw notFound('person_not_found', 'Person', intoId);
    if (from.version !== version) throw versionConflict(from.version);
    if (!(await seenByTheSameReaders(trx, fromId, intoId))) {
      throw new AppError(
        'merge_would_disclose',
        'Some readers may see only one of these people: merging them would show it to the others',
        [{ path: 'into', code: 'merge_would_disclose' }],
      );
    }
    const outlets = await repo.outletIdsOf(trx, [fromId, intoId]);
    const beforeFrom = presentPerson(from, outlets.get(fromId) ?? []);
    const beforeInto = presentPerson(into, outlets.get(intoId) ?? []);
    await moveLinks(trx, fromId, intoId);
    const row = await repo.updatePerson(trx, intoId, into.version, mergedValues(into, from));
    if (!row) throw versionConflict(into.version);
    await repo.removeMergedPerson(trx, fromId);
    for (const id of incidentIds) await refreshDerived(trx, id);
    await cells.move();
    const after = presentPerson(row, (await repo.outletIdsOf(trx, [intoId])).get(intoId) ?? []);
    await recordAudit(trx, {
      actor,
      action: 'person.merged',
      entityType: 'person',
      entityId: fromId,
      before: { ...beforeFrom, mergedInto: null, reason: null },
      after: { mergedInto: intoId, mergedIntoName: row.name, reason },
    });
    await recordAudit(trx, {
      actor,
      action: 'person.duplicate_merged',
      entityType: 'person',
      entityId: intoId,
      before: { ...beforeInto, mergedFrom: null, reason: null },
      after: { ...after, mergedFrom: fromId, mergedFromName: from.name, reason },
    });
    return after;
  });
}
