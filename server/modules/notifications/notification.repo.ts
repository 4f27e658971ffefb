import { ROLE_PERMISSIONS, ROLES, type Role } from '../../../shared/access/permissions.js';
import type { Db } from '../../db/database.js';

/** The roles that work the help desk: only they are ever told a request is waiting. */
export const HELP_ROLES: Role[] = ROLES.filter((role) => ROLE_PERMISSIONS[role].has('help.work'));

export type Notice = 'arrived' | 'assigned';

const CHOICE = { arrived: 'notify_help_arrived', assigned: 'notify_help_assigned' } as const;

/** Accounts that should hear of a new request: enabled, working the desk, opted in, with an address. */
export async function arrivalRecipients(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('accounts')
    .select('id')
    .where('disabled_at', 'is', null)
    .where('role', 'in', HELP_ROLES)
    .where('notify_help_arrived', '=', true)
    .where('notification_email', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Where a notice to `accountId` goes, and in which language, if it should still go: the rule is
 * checked again when the mail is sent, so an account disabled, moved to another role or opted
 * out since the event gets nothing.
 */
export async function recipientFor(
  db: Db,
  accountId: string,
  notice: Notice,
): Promise<{ email: string; language: string } | null> {
  const row = await db
    .selectFrom('accounts')
    .select(['notification_email', 'language'])
    .where('id', '=', accountId)
    .where('disabled_at', 'is', null)
    .where('role', 'in', HELP_ROLES)
    .where(CHOICE[notice], '=', true)
    .where('notification_email', 'is not', null)
    .executeTakeFirst();
  return row?.notification_email ? { email: row.notification_email, language: row.language } : null;
}
