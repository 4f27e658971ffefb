import type { Role } from '../../../shared/access/permissions.js';
import type { Db } from '../../db/database.js';

/** An incident's grants, oldest first. */
export function listGrantRows(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_grants')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('granted_at')
    .execute();
}

/** Whether the incident is granted to this account or to its role. */
export async function isGranted(
  db: Db,
  incidentId: string,
  reader: { accountId: string; role: Role },
): Promise<boolean> {
  const grant = await db
    .selectFrom('incident_grants')
    .select('id')
    .where('incident_id', '=', incidentId)
    .where((eb) => eb.or([eb('account_id', '=', reader.accountId), eb('role', '=', reader.role)]))
    .executeTakeFirst();
  return grant !== undefined;
}

export async function accountExists(db: Db, accountId: string): Promise<boolean> {
  const row = await db.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst();
  return row !== undefined;
}

export async function insertGrant(
  trx: Db,
  values: { incident_id: string; account_id: string | null; role: Role | null; granted_by: string },
): Promise<void> {
  await trx.insertInto('incident_grants').values(values).execute();
}

/** Removes one grant of the incident; false when it had none with this id. */
export async function deleteGrant(trx: Db, incidentId: string, grantId: string): Promise<boolean> {
  const gone = await trx
    .deleteFrom('incident_grants')
    .where('id', '=', grantId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return Number(gone.numDeletedRows) > 0;
}
