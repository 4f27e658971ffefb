import { type Db, inTransaction } from '../../db/database.js';
import type { RelationKind } from '../../db/schema.people.js';
import { authorize, confidentialReader, type Principal } from '../../http/auth.js';
import { AppError, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { readerScope } from '../incidents/incident.gate.js';
import { linkedIncidents } from '../incidents/incident-links.repo.js';
import { findPerson } from './person.repo.js';
import * as relations from './person-relations.repo.js';

/*
 * A relative or an associate of a journalist, targeted because of the journalist's work, names the
 * journalist. Both people must be visible to whoever links them, and each page shows only the
 * people its reader may see; the public API shows no relation at all.
 */

async function bothVisible(trx: Db, who: Principal, personId: string, journalistId: string) {
  const scope = readerScope(who, 'write');
  const person = await findPerson(trx, personId, scope);
  if (!person) throw notFound('person_not_found', 'Person', personId);
  const journalist = await findPerson(trx, journalistId, scope);
  if (!journalist) throw notFound('person_not_found', 'Person', journalistId);
  return { person, journalist };
}

/** Records that `personId` is a relative or an associate of `journalistId`. */
export function addRelation(
  db: Db,
  who: Principal,
  personId: string,
  journalistId: string,
  kind: RelationKind,
) {
  const actor = authorize(who, 'people.write');
  return inTransaction(db, async (trx) => {
    if (personId === journalistId) {
      throw new AppError('validation_failed', 'A person cannot be their own relative', [
        { path: 'journalistId', code: 'same_person' },
      ]);
    }
    const { journalist } = await bothVisible(trx, who, personId, journalistId);
    if (await relations.relationBetween(trx, personId, journalistId)) {
      throw new AppError('already_exists', 'These two people are already related', [
        { path: 'journalistId', code: 'already_related' },
      ]);
    }
    const row = await relations.insertRelation(trx, personId, journalistId, kind);
    await recordAudit(trx, {
      actor,
      action: 'person.relation_added',
      entityType: 'person',
      entityId: personId,
      before: { relatedTo: null },
      after: { relatedTo: { personId: journalistId, name: journalist.name, kind } },
    });
    return { personId, journalistId, kind: row.kind };
  });
}

/** Removes the relation of `personId` to `journalistId` (404 when there is none). */
export function removeRelation(db: Db, who: Principal, personId: string, journalistId: string) {
  const actor = authorize(who, 'people.write');
  return inTransaction(db, async (trx) => {
    const { journalist } = await bothVisible(trx, who, personId, journalistId);
    const row = await relations.deleteRelation(trx, personId, journalistId);
    if (!row) throw notFound('relation_not_found', 'Relation', `${personId}/${journalistId}`);
    await recordAudit(trx, {
      actor,
      action: 'person.relation_removed',
      entityType: 'person',
      entityId: personId,
      before: { relatedTo: { personId: journalistId, name: journalist.name, kind: row.kind } },
      after: { relatedTo: null },
    });
  });
}

/**
 * A person's relations as this internal reader may see them: the journalists they are related to,
 * their own relatives and associates, and the incidents targeting those relatives (because of
 * this person's work), confidential ones only when the reader may see them.
 */
export async function relationsFor(db: Db, who: Principal, personId: string) {
  authorize(who, 'records.read');
  const scope = readerScope(who);
  const [journalists, relatives, ids] = await Promise.all([
    relations.relatedPeople(db, personId, 'journalists', scope),
    relations.relatedPeople(db, personId, 'relatives', scope),
    relations.incidentIdsOfRelatives(db, personId),
  ]);
  const targeted = await linkedIncidents(db, { ids }, confidentialReader(who));
  return { journalists, relatives, targeted };
}
