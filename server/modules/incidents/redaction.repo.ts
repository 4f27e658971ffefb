import type { Db } from '../../db/database.js';
import type { ActorRow, PersonRow } from '../../db/schema.js';

/** What a redaction is built from: people and actors by the incidents they appear in. */
export interface NamedRows {
  people: (PersonRow & { incident_id: string })[];
  actors: (ActorRow & { incident_id: string })[];
}

/**
 * The people an incident names (victims of its violations, subjects of its proceedings) and the
 * actors involved in it, for each of the incidents. Whether each is named in public is decided in
 * `people/named-in-public.ts`, not here.
 */
export async function namedRowsOf(db: Db, incidentIds: string[]): Promise<NamedRows> {
  if (incidentIds.length === 0) return { people: [], actors: [] };
  const victims = db
    .selectFrom('violations')
    .innerJoin('people', 'people.id', 'violations.victim_id')
    .select('violations.incident_id')
    .selectAll('people')
    .where('violations.incident_id', 'in', incidentIds);
  const subjects = db
    .selectFrom('proceedings')
    .innerJoin('people', 'people.id', 'proceedings.subject_id')
    .select('proceedings.incident_id')
    .selectAll('people')
    .where('proceedings.incident_id', 'in', incidentIds);
  const [people, actors] = await Promise.all([
    victims.unionAll(subjects).execute(),
    db
      .selectFrom('involvements')
      .innerJoin('actors', 'actors.id', 'involvements.actor_id')
      .select('involvements.incident_id')
      .selectAll('actors')
      .where('involvements.incident_id', 'in', incidentIds)
      .execute(),
  ]);
  return { people, actors };
}

/**
 * Every person and every actor, for a redaction tied to no record. The named-in-public rule
 * decides in JS which of them are withheld, so the rule is not written a second time in SQL; the
 * people table holds thousands of rows, not millions (as the people search assumes).
 */
export async function allNames(db: Db): Promise<{ people: PersonRow[]; actors: ActorRow[] }> {
  const [people, actors] = await Promise.all([
    db.selectFrom('people').selectAll().execute(),
    db.selectFrom('actors').selectAll().execute(),
  ]);
  return { people, actors };
}

/** Incidents that name the person: as a victim, a proceeding's subject or an involved actor. */
export async function incidentIdsNaming(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('violations')
    .select('incident_id')
    .where('victim_id', '=', personId)
    .union(db.selectFrom('proceedings').select('incident_id').where('subject_id', '=', personId))
    .union(
      db
        .selectFrom('involvements')
        .innerJoin('actors', 'actors.id', 'involvements.actor_id')
        .select('involvements.incident_id')
        .where('actors.person_id', '=', personId),
    )
    .execute();
  return rows.map((r) => r.incident_id).sort();
}

/** A value that changes whenever a person or an actor is added, changed or removed. */
export async function namesFingerprint(db: Db): Promise<string> {
  const of = (table: 'people' | 'actors') =>
    db
      .selectFrom(table)
      .select((eb) => [
        eb.fn.countAll<string>().as('n'),
        eb.fn.max('updated_at').as('latest'),
        eb.fn.sum<string>('version').as('versions'),
      ])
      .executeTakeFirstOrThrow();
  const [people, actors] = await Promise.all([of('people'), of('actors')]);
  const show = (r: { n: unknown; latest: unknown; versions: unknown }) =>
    `${r.n}/${r.latest instanceof Date ? r.latest.toISOString() : String(r.latest)}/${r.versions}`;
  return `${show(people)}|${show(actors)}`;
}
