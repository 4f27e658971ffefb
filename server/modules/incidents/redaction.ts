import { type Redactor, redactorFor } from '../../../shared/text/redact.js';
import type { Db } from '../../db/database.js';
import type { PersonRow } from '../../db/schema.js';
import { withheldNameForms } from '../people/named-in-public.js';
import { findPeople } from '../people/person.repo.js';
import { allNames, namedRowsOf, namesFingerprint } from './redaction.repo.js';

/*
 * The redaction context of a public response, built once and applied by the public presenters to
 * their whole output (shared/text/redact-document.ts). An incident's names are its victims, the
 * subjects of its proceedings and the actors involved; a record linked to several incidents (a
 * statement) withholds the names of every one of them, public or not, since its text may speak
 * of any.
 */

async function actorPeopleOf(db: Db, personIds: (string | null)[]): Promise<Map<string, PersonRow>> {
  const ids = [...new Set(personIds.filter((id): id is string => id !== null))];
  return new Map((await findPeople(db, ids)).map((p) => [p.id, p]));
}

/** The names withheld in each of the incidents, by incident id. */
export async function withheldNamesByIncident(db: Db, incidentIds: string[]): Promise<Map<string, string[]>> {
  const rows = await namedRowsOf(db, [...new Set(incidentIds)]);
  const actorPeople = await actorPeopleOf(
    db,
    rows.actors.map((a) => a.person_id),
  );
  const out = new Map<string, string[]>(incidentIds.map((id) => [id, []]));
  for (const id of out.keys()) {
    const people = rows.people.filter((p) => p.incident_id === id);
    const actors = rows.actors.filter((a) => a.incident_id === id);
    out.set(id, withheldNameForms(people, actors, actorPeople));
  }
  return out;
}

/** The redaction of a response about these incidents (one, or all those a statement is about). */
export async function redactionFor(db: Db, incidentIds: string[]): Promise<Redactor> {
  const byIncident = await withheldNamesByIncident(db, incidentIds);
  return redactorFor([...byIncident.values()].flat());
}

// Building the redaction of every withheld name costs about 0.1 ms a name; it is kept per database
// until a person or an actor changes (checked at every use, so never stale).
const EVERY_NAME = new WeakMap<Db, { fingerprint: string; redactor: Redactor }>();

/**
 * The redaction of a response tied to no incident (an actor's page, figures other organisations
 * published): every name withheld anywhere. It may remove an ordinary word more often than an
 * incident's own redaction, never less.
 */
export async function redactionForAll(db: Db): Promise<Redactor> {
  const fingerprint = await namesFingerprint(db);
  const kept = EVERY_NAME.get(db);
  if (kept?.fingerprint === fingerprint) return kept.redactor;
  const { people, actors } = await allNames(db);
  const actorPeople = await actorPeopleOf(
    db,
    actors.map((a) => a.person_id),
  );
  const redactor = redactorFor(withheldNameForms(people, actors, actorPeople));
  EVERY_NAME.set(db, { fingerprint, redactor });
  return redactor;
}

/**
 * One redaction per record linked to incidents (statements and letters), each withholding the
 * names of every incident it is linked to, from the links of all the records at once.
 */
export async function redactionsOfLinked(
  db: Db,
  links: Map<string, string[]>,
): Promise<Map<string, Redactor>> {
  const byIncident = await withheldNamesByIncident(db, [...links.values()].flat());
  const out = new Map<string, Redactor>();
  for (const [id, incidentIds] of links) {
    out.set(id, redactorFor(incidentIds.flatMap((i) => byIncident.get(i) ?? [])));
  }
  return out;
}
