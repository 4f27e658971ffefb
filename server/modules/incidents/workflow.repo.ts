import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { IncidentRow } from '../../db/schema.js';

/** Sets the workflow columns of an incident (state, visibility, merge target, version), stamped now. */
export async function setState(
  trx: Db,
  id: string,
  values: Partial<Pick<IncidentRow, 'verification' | 'visibility' | 'merged_into'>> & {
    version: number;
    updated_by: string;
  },
): Promise<void> {
  await trx
    .updateTable('incidents')
    .set({ ...values, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Whether an account exists and is not disabled (it can be given work). */
export async function isActiveAccount(db: Db, accountId: string): Promise<boolean> {
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', '=', accountId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return account !== undefined;
}

export async function assign(trx: Db, incidentId: string, accountId: string | null): Promise<void> {
  await trx.updateTable('incidents').set({ assigned_to: accountId }).where('id', '=', incidentId).execute();
}

/** An incident's comments, oldest first, with their authors' names. */
export function listComments(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_comments')
    .leftJoin('accounts', (join) => join.on(sql`accounts.id::text`, '=', sql.ref('incident_comments.author')))
    .select([
      'incident_comments.id',
      'incident_comments.author',
      'incident_comments.body',
      'incident_comments.created_at',
      'accounts.display_name',
    ])
    .where('incident_comments.incident_id', '=', incidentId)
    .orderBy('incident_comments.created_at')
    .execute();
}

export async function insertComment(
  db: Db,
  values: { incident_id: string; author: string; body: string },
): Promise<void> {
  await db.insertInto('incident_comments').values(values).execute();
}

/**
 * Moves a duplicate's parts to the incident it repeats: violations the target lacks, sources it
 * does not cite yet, involvements, proceedings, letters and statements, comments and grants.
 */
export async function moveParts(trx: Db, from: string, to: string): Promise<void> {
  // Violations: those the target does not record yet (same type against the same victim).
  await sql`UPDATE violations v SET incident_id = ${to},
      position = v.position + (SELECT coalesce(max(position) + 1, 0) FROM violations WHERE incident_id = ${to})
    WHERE v.incident_id = ${from} AND NOT EXISTS (
      SELECT 1 FROM violations t WHERE t.incident_id = ${to} AND t.type_code = v.type_code
        AND t.victim_id IS NOT DISTINCT FROM v.victim_id)`.execute(trx);
  // Sources: those the target does not cite yet (same address or same file).
  await sql`UPDATE sources s SET incident_id = ${to},
      position = s.position + (SELECT coalesce(max(position) + 1, 0) FROM sources WHERE incident_id = ${to})
    WHERE s.incident_id = ${from} AND NOT EXISTS (
      SELECT 1 FROM sources t WHERE t.incident_id = ${to}
        AND ((s.url IS NOT NULL AND t.url = s.url) OR (s.sha256 IS NOT NULL AND t.sha256 = s.sha256)))`.execute(
    trx,
  );
  // Involvements keep their violation only if it moved too.
  await sql`UPDATE involvements i SET incident_id = ${to},
      violation_id = CASE WHEN EXISTS (SELECT 1 FROM violations v WHERE v.id = i.violation_id AND v.incident_id = ${to})
        THEN i.violation_id ELSE NULL END
    WHERE i.incident_id = ${from}`.execute(trx);
  await sql`UPDATE proceedings SET incident_id = ${to} WHERE incident_id = ${from}`.execute(trx);
  await sql`INSERT INTO intervention_incidents (intervention_id, incident_id)
    SELECT intervention_id, ${to} FROM intervention_incidents WHERE incident_id = ${from}
    ON CONFLICT DO NOTHING`.execute(trx);
  await sql`DELETE FROM intervention_incidents WHERE incident_id = ${from}`.execute(trx);
  await sql`UPDATE incident_comments SET incident_id = ${to} WHERE incident_id = ${from}`.execute(trx);
  await sql`INSERT INTO incident_grants (incident_id, account_id, role, granted_by)
    SELECT ${to}, account_id, role, granted_by FROM incident_grants WHERE incident_id = ${from}
    ON CONFLICT DO NOTHING`.execute(trx);
}
