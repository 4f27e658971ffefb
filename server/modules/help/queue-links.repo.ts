import { ROLE_PERMISSIONS, ROLES } from '../../../shared/access/permissions.js';
import type { Db } from '../../db/database.js';

/** The roles that work the help desk queue (help.work). */
export const HELP_WORK_ROLES = ROLES.filter((r) => ROLE_PERMISSIONS[r].has('help.work'));

/** The help request an incident was made from, if any (the link is internal and never public). */
export async function helpRequestOfIncident(db: Db, incidentId: string): Promise<string | null> {
  const row = await db
    .selectFrom('help_requests')
    .select('id')
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Accounts a request can be assigned to: enabled, with a role that works the queue. */
export const listHelpWorkers = (db: Db) =>
  db
    .selectFrom('accounts')
    .select(['id', 'display_name as name'])
    .where('disabled_at', 'is', null)
    .where('role', 'in', HELP_WORK_ROLES)
    .orderBy('display_name')
    .execute();
