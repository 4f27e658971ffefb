import { type Context, Hono } from 'hono';
import { t } from '../../shared/i18n/index.js';
import { can } from '../http/auth.js';
import { AppError } from '../http/errors.js';
import {
  changeOwnNotificationSettings,
  type NotificationSettings,
  ownNotificationSettings,
} from '../modules/accounts/notification-settings.service.js';
import type { WorkspaceEnv } from './env.js';
import { form, lang, me, one } from './forms.js';
import { checkCsrf, requireSession, workspacePath } from './session.js';
import { PasswordPage } from './views/account.pages.js';
import type { NotificationsView } from './views/notifications.section.js';

/** One's own e-mail notifications, a section of the account page (/workspace/password). */
export const notificationPages = new Hono<WorkspaceEnv>();

/** The section's content for the signed-in person, or nothing when they do not work the help desk. */
export async function notificationsView(c: Context<WorkspaceEnv>): Promise<NotificationsView | undefined> {
  if (!can(c.var.actor, 'help.work')) return undefined;
  return { settings: await ownNotificationSettings(c.var.db, c.var.actor), mailEnabled: c.var.mailEnabled };
}

notificationPages.post('/:lang{kk|ru|en}/workspace/notifications', requireSession(), async (c) => {
  const l = lang(c);
  const f = await form(c);
  checkCsrf(c, c.var.session, f);
  const typed: NotificationSettings = {
    email: one(f.email).trim() || null,
    helpArrived: one(f.helpArrived) === 'true',
    helpAssigned: one(f.helpAssigned) === 'true',
  };
  try {
    await changeOwnNotificationSettings(c.var.db, c.var.actor, c.var.session.account.id, {
      ...typed,
      email: typed.email ?? '',
    });
  } catch (err) {
    const detail = err instanceof AppError && err.code === 'validation_failed' ? err.details[0] : undefined;
    if (detail?.path !== 'email') throw err;
    // The form comes back as it was typed, the address marked with what is wrong with it.
    const text = t(l, detail.code === 'required' ? 'nt.needsEmail' : 'nt.badEmail');
    const view: NotificationsView = {
      settings: typed,
      mailEnabled: c.var.mailEnabled,
      error: { field: 'email', text },
    };
    return c.html(
      <PasswordPage
        lang={l}
        me={me(c)}
        forced={false}
        notifications={view}
        notice={{ kind: 'error', text }}
      />,
      422,
    );
  }
  return c.redirect(`${workspacePath(l, 'password')}?done=notifications#notifications`, 303);
});
