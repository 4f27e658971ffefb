import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { NotificationSettings } from '../../modules/accounts/notification-settings.service.js';
import { Csrf } from './layout.js';

/** What the account page shows of one's notifications (only to those who work the help desk). */
export interface NotificationsView {
  settings: NotificationSettings;
  /** False when the server has no SMTP: the choices are kept, nothing is sent. */
  mailEnabled: boolean;
  /** The field refused, with the reason, after a save that failed. */
  error?: { field: 'email'; text: string };
}

/** The e-mail address and the two choices; the mail itself never carries a request's content. */
export function NotificationsSection({
  lang,
  csrf,
  view,
}: {
  lang: Language;
  csrf: string;
  view: NotificationsView;
}) {
  const { settings, error } = view;
  return (
    <section aria-labelledby="notifications" class="notifications">
      <h2 id="notifications">{t(lang, 'nt.title')}</h2>
      <p>{t(lang, 'nt.intro')}</p>
      {view.mailEnabled ? null : (
        <p class="notice" role="status" data-mail-off>
          {t(lang, 'nt.mailOff')}
        </p>
      )}
      <form method="post" action={`/${lang}/workspace/notifications`} class="stack">
        <Csrf token={csrf} />
        <label for="notification-email">{t(lang, 'nt.email')}</label>
        <p class="hint" id="notification-email-hint">
          {t(lang, 'nt.emailHint')}
        </p>
        {error ? (
          <p class="field-error" id="notification-email-error">
            {error.text}
          </p>
        ) : null}
        <input
          id="notification-email"
          name="email"
          type="email"
          autocomplete="email"
          maxlength={254}
          value={settings.email ?? ''}
          aria-describedby={
            error ? 'notification-email-hint notification-email-error' : 'notification-email-hint'
          }
          aria-invalid={error ? 'true' : undefined}
        />
        <label class="check">
          <input type="checkbox" name="helpArrived" value="true" checked={settings.helpArrived} />{' '}
          {t(lang, 'nt.arrived')}
        </label>
        <label class="check">
          <input type="checkbox" name="helpAssigned" value="true" checked={settings.helpAssigned} />{' '}
          {t(lang, 'nt.assigned')}
        </label>
        <button type="submit">{t(lang, 'ws.save')}</button>
      </form>
    </section>
  );
}
