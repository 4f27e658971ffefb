import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database, ProceedingEventRow } from '../../db/schema.js';

export function findInvolvement(db: Db, id: string) {
  return db.selectFrom('involvements').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listInvolvements(db: Db, incidentId: string) {
  return db
    .selectFrom('involvements')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listInvolvementEvents(db: Db, involvementIds: string[]) {
  if (involvementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('involvement_events')
    .selectAll()
    .where('involvement_id', 'in', involvementIds)
    .orderBy(sql`occurred_on NULLS FIRST`)
    .orderBy('created_at')
    .execute();
}

export function insertInvolvement(db: Db, values: Insertable<Database['involvements']>) {
  return db.insertInto('involvements').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateInvolvement(
  db: Db,
  id: string,
  version: number,
  values: Updateable<Database['involvements']>,
) {
  return db
    .updateTable('involvements')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function insertInvolvementEvent(db: Db, values: Insertable<Database['involvement_events']>) {
  return db.insertInto('involvement_events').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Sets an involvement's current legal status to that of its latest dated event. */
export async function syncLegalStatus(db: Db, involvementId: string): Promise<void> {
  await sql`
    UPDATE involvements SET legal_status = coalesce((
      SELECT status FROM involvement_events WHERE involvement_id = ${involvementId}
      ORDER BY occurred_on DESC NULLS LAST, created_at DESC LIMIT 1), 'unidentified')
    WHERE id = ${involvementId}`.execute(db);
}

export function findProceeding(db: Db, id: string) {
  return db.selectFrom('proceedings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listProceedings(db: Db, incidentId: string) {
  return db
    .selectFrom('proceedings')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function insertProceeding(db: Db, values: Insertable<Database['proceedings']>) {
  return db.insertInto('proceedings').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateProceeding(
  db: Db,
  id: string,
  version: number,
  values: Updateable<Database['proceedings']>,
) {
  return db
    .updateTable('proceedings')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Events of the proceedings in the order they were entered; retracted ones only when asked. */
export function listProceedingEvents(
  db: Db,
  proceedingIds: string[],
  withRetracted: boolean,
): Promise<ProceedingEventRow[]> {
  if (proceedingIds.length === 0) return Promise.resolve([]);
  let query = db.selectFrom('proceeding_events').selectAll().where('proceeding_id', 'in', proceedingIds);
  if (!withRetracted) query = query.where('retracted_at', 'is', null);
  return query.orderBy('proceeding_id').orderBy('position').execute();
}

export function findProceedingEvent(db: Db, id: string) {
  return db.selectFrom('proceeding_events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Appends an event at the end of its proceeding's log. */
export async function appendProceedingEvent(
  db: Db,
  values: Omit<Insertable<Database['proceeding_events']>, 'position'>,
) {
  const last = await db
    .selectFrom('proceeding_events')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('proceeding_id', '=', values.proceeding_id)
    .executeTakeFirst();
  const position = (last?.position ?? 0) + 1;
  return db
    .insertInto('proceeding_events')
    .values({ ...values, position })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateProceedingEvent(
  db: Db,
  id: string,
  version: number,
  values: Updateable<Database['proceeding_events']>,
) {
  return db
    .updateTable('proceeding_events')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Writes the derived accountability columns of an incident. */
export function setAccountability(db: Db, incidentId: string, values: Updateable<Database['incidents']>) {
  return db.updateTable('incidents').set(values).where('id', '=', incidentId).execute();
}

/** Incidents in which the actor is involved. */
export async function incidentIdsOfActor(db: Db, actorId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('involvements')
    .select('incident_id')
    .distinct()
    .where('actor_id', '=', actorId)
    .execute();
  return rows.map((r) => r.incident_id);
}

/** The actor types of the actors involved in an incident. */
export async function actorTypesOf(db: Db, incidentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('involvements')
    .innerJoin('actors', 'actors.id', 'involvements.actor_id')
    .select('actors.actor_type')
    .distinct()
    .where('involvements.incident_id', '=', incidentId)
    .execute();
  return rows.map((r) => r.actor_type).sort();
}
