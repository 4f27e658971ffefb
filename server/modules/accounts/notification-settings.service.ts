import { z } from 'zod';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, zodDetails } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import * as repo from './account.repo.js';

/** Where a staff member's help-desk notifications go, and which ones they want. */
export interface NotificationSettings {
  email: string | null;
  helpArrived: boolean;
  helpAssigned: boolean;
}

/** An address as a mail server takes it (RFC 5321 caps the whole at 254 characters). */
export const NotificationSettingsInput = z
  .object({
    email: z.union([z.literal('').transform(() => null), z.email().max(254)]).nullable(),
    helpArrived: z.boolean(),
    helpAssigned: z.boolean(),
  })
  .strict();

type SettingsRow = {
  notification_email: string | null;
  notify_help_arrived: boolean;
  notify_help_assigned: boolean;
};

export const settingsOf = (row: SettingsRow): NotificationSettings => ({
  email: row.notification_email,
  helpArrived: row.notify_help_arrived,
  helpAssigned: row.notify_help_assigned,
});

/** One's own settings; only someone who works the help desk has them. */
export async function ownNotificationSettings(db: Db, who: Principal): Promise<NotificationSettings> {
  const id = authorize(who, 'help.work');
  const row = await repo.findAccount(db, id);
  if (!row) throw notFound('account_not_found', 'Account', id);
  return settingsOf(row);
}

/**
 * Changes the notification settings of `accountId`, which must be the caller's own account (no one,
 * not even an administrator, chooses where another person's mail goes) and one that works the help
 * desk. Audited in the same transaction as what changed, without the address itself: the audit log
 * is kept for ever, an address should not be.
 */
export async function changeOwnNotificationSettings(
  db: Db,
  who: Principal,
  accountId: string,
  input: unknown,
): Promise<NotificationSettings> {
  const actor = authorize(who, 'help.work');
  if (who.kind !== 'account' || actor !== accountId) {
    throw new AppError('forbidden', 'Only the account itself may change where its notifications go', [
      { path: '', code: 'own_account_only' },
    ]);
  }
  const parsed = NotificationSettingsInput.safeParse(input);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'Invalid notification settings', zodDetails(parsed.error));
  }
  const next = { ...parsed.data, email: parsed.data.email?.trim() || null };
  if (!next.email && (next.helpArrived || next.helpAssigned)) {
    throw new AppError('validation_failed', 'Notifications need an e-mail address', [
      { path: 'email', code: 'required' },
    ]);
  }
  return inTransaction(db, async (trx) => {
    const before = await repo.findAccount(trx, accountId);
    if (!before || before.disabled_at) throw notFound('account_not_found', 'Account', accountId);
    const row = await repo.setAccount(trx, accountId, {
      notification_email: next.email,
      notify_help_arrived: next.helpArrived,
      notify_help_assigned: next.helpAssigned,
      version: before.version + 1,
      updated_at: new Date(),
    });
    await recordAudit(trx, {
      actor,
      action: 'account.notifications_changed',
      entityType: 'account',
      entityId: accountId,
      before: auditShape(settingsOf(before), false),
      after: auditShape(settingsOf(row), row.notification_email !== before.notification_email),
    });
    return settingsOf(row);
  });
}

/** What the audit keeps: the choices, and whether an address is set or was changed — never the address. */
function auditShape(s: NotificationSettings, emailChanged: boolean) {
  return {
    helpArrived: s.helpArrived,
    helpAssigned: s.helpAssigned,
    emailSet: s.email !== null,
    ...(emailChanged ? { emailChanged: true } : {}),
  };
}
