import type { Db } from '../../db/database.js';
import type { RelationKind } from '../../db/schema.people.js';
import { type IncidentAudience, seenThroughIncidents } from '../incidents/incident-scope.repo.js';

/** One side of a relation as a page shows it: the other person, and the kind. */
export interface RelatedPerson {
  id: string;
  name: string;
  kind: RelationKind;
}

/**
 * The people related to `personId`, in one direction: `journalists` are those the person is a
 * relative or associate of, `relatives` those who are relatives or associates of the person. Only
 * the people the audience may see: a relation never names someone hidden from the reader.
 */
export function relatedPeople(
  db: Db,
  personId: string,
  direction: 'journalists' | 'relatives',
  audience: IncidentAudience,
): Promise<RelatedPerson[]> {
  const [own, other] =
    direction === 'journalists'
      ? (['person_id', 'journalist_id'] as const)
      : (['journalist_id', 'person_id'] as const);
  let query = db
    .selectFrom('person_relations')
    .innerJoin('people', 'people.id', `person_relations.${other}`)
    .select(['people.id', 'people.name', 'person_relations.kind'])
    .where(`person_relations.${own}`, '=', personId);
  const seen = seenThroughIncidents('person', audience);
  if (seen) query = query.where(seen);
  return query.orderBy('people.name').execute();
}

/** Whether the pair is already related, either way round. */
export async function relationBetween(db: Db, a: string, b: string) {
  return db
    .selectFrom('person_relations')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('person_id', '=', a), eb('journalist_id', '=', b)]),
        eb.and([eb('person_id', '=', b), eb('journalist_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();
}

export function insertRelation(db: Db, personId: string, journalistId: string, kind: RelationKind) {
  return db
    .insertInto('person_relations')
    .values({ person_id: personId, journalist_id: journalistId, kind })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteRelation(db: Db, personId: string, journalistId: string) {
  return db
    .deleteFrom('person_relations')
    .where('person_id', '=', personId)
    .where('journalist_id', '=', journalistId)
    .returningAll()
    .executeTakeFirst();
}

/** The incidents whose victims include a relative or an associate of the journalist (ids only). */
export async function incidentIdsOfRelatives(db: Db, journalistId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('violations')
    .innerJoin('person_relations', 'person_relations.person_id', 'violations.victim_id')
    .select('violations.incident_id')
    .distinct()
    .where('person_relations.journalist_id', '=', journalistId)
    .execute();
  return rows.map((r) => r.incident_id);
}
