import { sql } from 'kysely';
import { ROLES, SEES_ALL_CONFIDENTIAL } from '../../../shared/access/permissions.js';
import type { Db } from '../../db/database.js';
import type { IncidentAudience } from '../incidents/incident-scope.repo.js';
import { findPerson } from './person.repo.js';

/** The person a merged id now is (chains are kept flat, so one step), or undefined. */
export async function mergedInto(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('person_merges')
    .select('into_id')
    .where('merged_id', '=', id)
    .executeTakeFirst();
  return row?.into_id;
}

/**
 * Every internal audience that sees confidential incidents only when granted them: each account
 * of such a role, and each such role on its own (grants to a role, and accounts not yet made).
 */
async function restrictedAudiences(db: Db): Promise<IncidentAudience[]> {
  const roles = ROLES.filter((r) => !SEES_ALL_CONFIDENTIAL.has(r));
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'role'])
    .where('role', 'in', roles)
    .execute();
  const nobody = '00000000-0000-0000-0000-000000000000';
  return [
    ...roles.map((role) => ({ accountId: nobody, role })),
    ...accounts.map((a) => ({ accountId: a.id, role: a.role })),
  ].map((confidential) => ({ publicOnly: false, confidential }));
}

/**
 * Whether every internal reader who may see one of the two people may see the other. A merge
 * shows the merged person to whoever saw either of them, with the names, notes and incidents of
 * both: when the two are seen by different readers (one belongs only to confidential incidents
 * not granted to everyone who sees the other), the merge would disclose one of them.
 */
export async function seenByTheSameReaders(db: Db, a: string, b: string): Promise<boolean> {
  for (const audience of await restrictedAudiences(db)) {
    const seesA = await findPerson(db, a, audience);
    const seesB = await findPerson(db, b, audience);
    if (Boolean(seesA) !== Boolean(seesB)) return false;
  }
  return true;
}

/**
 * Moves every link of `fromId` to `intoId`: victims of violations, actors recorded as the
 * person, subjects of proceedings, outlets, relations (a pair already related stays one row, a
 * relation between the two goes) and earlier forwarding rows.
 */
export async function moveLinks(trx: Db, fromId: string, intoId: string): Promise<void> {
  await trx.updateTable('violations').set({ victim_id: intoId }).where('victim_id', '=', fromId).execute();
  await trx.updateTable('actors').set({ person_id: intoId }).where('person_id', '=', fromId).execute();
  await trx.updateTable('proceedings').set({ subject_id: intoId }).where('subject_id', '=', fromId).execute();
  await sql`INSERT INTO person_outlets (person_id, outlet_id)
    SELECT ${intoId}::uuid, outlet_id FROM person_outlets WHERE person_id = ${fromId}::uuid
    ON CONFLICT DO NOTHING`.execute(trx);
  await trx.deleteFrom('person_outlets').where('person_id', '=', fromId).execute();
  await moveRelations(trx, fromId, intoId);
  await trx.updateTable('person_merges').set({ into_id: intoId }).where('into_id', '=', fromId).execute();
  await trx.insertInto('person_merges').values({ merged_id: fromId, into_id: intoId }).execute();
}

async function moveRelations(trx: Db, fromId: string, intoId: string): Promise<void> {
  const rows = await trx
    .selectFrom('person_relations')
    .selectAll()
    .where((eb) => eb.or([eb('person_id', '=', fromId), eb('journalist_id', '=', fromId)]))
    .execute();
  await trx
    .deleteFrom('person_relations')
    .where((eb) => eb.or([eb('person_id', '=', fromId), eb('journalist_id', '=', fromId)]))
    .execute();
  for (const row of rows) {
    const person = row.person_id === fromId ? intoId : row.person_id;
    const journalist = row.journalist_id === fromId ? intoId : row.journalist_id;
    if (person === journalist) continue;
    await sql`INSERT INTO person_relations (person_id, journalist_id, kind, created_at)
      SELECT ${person}::uuid, ${journalist}::uuid, ${row.kind}, ${row.created_at}
      WHERE NOT EXISTS (SELECT 1 FROM person_relations
        WHERE (person_id = ${person}::uuid AND journalist_id = ${journalist}::uuid)
           OR (person_id = ${journalist}::uuid AND journalist_id = ${person}::uuid))`.execute(trx);
  }
}

/** What still refers to a person, by kind, as the refusal to delete them names it. */
export async function referencesTo(db: Db, id: string): Promise<string[]> {
  const exists = (table: 'violations' | 'actors' | 'proceedings', column: string) =>
    sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id}::uuid)`;
  const row = await db
    .selectNoFrom([
      exists('violations', 'victim_id').as('victim'),
      exists('actors', 'person_id').as('actor'),
      exists('proceedings', 'subject_id').as('subject'),
      sql<boolean>`EXISTS (SELECT 1 FROM person_relations
        WHERE person_id = ${id}::uuid OR journalist_id = ${id}::uuid)`.as('relation'),
    ])
    .executeTakeFirstOrThrow();
  return Object.entries(row)
    .filter(([, yes]) => yes)
    .map(([kind]) => kind);
}
