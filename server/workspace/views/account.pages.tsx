import { raw } from 'hono/html';
import { ROLE_PERMISSIONS, type Role, TOKEN_SCOPES } from '../../../shared/access/permissions.js';
import { formatDateTime, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { TokenView } from '../../modules/accounts/account.schema.js';
import { LanguageSelect } from './accounts.page.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from './layout.js';
import { NotificationsSection, type NotificationsView } from './notifications.section.js';

export function PasswordPage({
  lang,
  me,
  forced,
  language,
  notifications,
  notice,
}: {
  lang: Language;
  me: Me;
  forced: boolean;
  /** The account's own language, offered for change once no gate is open. */
  language?: Language;
  /** One's e-mail notifications, for those who work the help desk. */
  notifications?: NotificationsView;
  notice?: Notice;
}) {
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ws.changePassword')}
      path={`/${lang}/workspace/password`}
      me={me}
      section="account"
      notice={notice}
    >
      <h1>{t(lang, 'ws.changePassword')}</h1>
      {forced ? <p>{t(lang, 'ws.mustChangePassword')}</p> : null}
      <form method="post" action={`/${lang}/workspace/password`} class="stack">
        <Csrf token={me.csrf} />
        <label for="current">{t(lang, 'ws.currentPassword')}</label>
        <input id="current" name="current" type="password" autocomplete="current-password" required />
        <label for="next">{t(lang, 'ws.newPassword')}</label>
        <input id="next" name="next" type="password" autocomplete="new-password" minlength={12} required />
        <label for="repeat">{t(lang, 'ws.repeatPassword')}</label>
        <input
          id="repeat"
          name="repeat"
          type="password"
          autocomplete="new-password"
          minlength={12}
          required
        />
        <button type="submit">{t(lang, 'ws.save')}</button>
      </form>
      {language && !forced ? (
        <section aria-labelledby="workspace-language">
          <h2 id="workspace-language">{t(lang, 'ws.workspaceLanguage')}</h2>
          <form method="post" action={`/${lang}/workspace/language`} class="stack">
            <Csrf token={me.csrf} />
            <label for="language">{t(lang, 'ws.workspaceLanguage')}</label>
            <p class="hint" id="language-hint">
              {t(lang, 'ws.workspaceLanguageHint')}
            </p>
            <LanguageSelect id="language" value={language} />
            <button type="submit">{t(lang, 'ws.save')}</button>
          </form>
        </section>
      ) : null}
      {notifications && !forced ? (
        <NotificationsSection lang={lang} csrf={me.csrf} view={notifications} />
      ) : null}
    </WorkspaceLayout>
  );
}

export interface TwoFactorState {
  enabled: boolean;
  required: boolean;
  /** While setting up: the key, and the QR code of its otpauth:// address as SVG. */
  enrolment: { secret: string; qrSvg: string } | null;
  /** Right after turning it on or renewing: the recovery codes, shown this once. */
  recoveryCodes: string[] | null;
}

export function TwoFactorPage({
  lang,
  me,
  state,
  notice,
}: {
  lang: Language;
  me: Me;
  state: TwoFactorState;
  notice?: Notice;
}) {
  const action = `/${lang}/workspace/two-factor`;
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ws.twoFactor')}
      path={action}
      me={me}
      section="account"
      notice={notice}
    >
      <h1>{t(lang, 'ws.account')}</h1>
      <p>
        <a href={`/${lang}/workspace/password`}>{t(lang, 'ws.changePassword')}</a>
      </p>
      <h2>{t(lang, 'ws.twoFactor')}</h2>
      {state.required && !state.enabled ? <p>{t(lang, 'ws.twoFactorRequired')}</p> : null}
      <p>{t(lang, state.enabled ? 'ws.twoFactorOn' : 'ws.twoFactorOff')}</p>
      {state.recoveryCodes ? (
        <section aria-labelledby="codes">
          <h3 id="codes">{t(lang, 'ws.recoveryCodes')}</h3>
          <p>{t(lang, 'ws.recoveryCodesIntro')}</p>
          <ul class="codes">
            {state.recoveryCodes.map((code) => (
              <li>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {state.enrolment ? (
        <form method="post" action={action} class="stack">
          <Csrf token={me.csrf} />
          <input type="hidden" name="action" value="confirm" />
          <p>{t(lang, 'ws.twoFactorScan')}</p>
          <div class="qr" role="img" aria-label="QR">
            {raw(state.enrolment.qrSvg)}
          </div>
          <p>
            {t(lang, 'ws.twoFactorKey')}:{' '}
            <code data-totp-secret={state.enrolment.secret}>{state.enrolment.secret}</code>
          </p>
          <label for="code">{t(lang, 'ws.code')}</label>
          <input id="code" name="code" autocomplete="one-time-code" inputmode="numeric" required />
          <button type="submit">{t(lang, 'ws.twoFactorConfirm')}</button>
        </form>
      ) : null}
      {state.enabled ? (
        <>
          <form method="post" action={action} class="stack">
            <Csrf token={me.csrf} />
            <input type="hidden" name="action" value="renew" />
            <label for="renew-password">{t(lang, 'ws.password')}</label>
            <input
              id="renew-password"
              name="password"
              type="password"
              autocomplete="current-password"
              required
            />
            <button type="submit">{t(lang, 'ws.recoveryRenew')}</button>
          </form>
          {state.required ? null : (
            <form method="post" action={action} class="stack">
              <Csrf token={me.csrf} />
              <input type="hidden" name="action" value="disable" />
              <label for="disable-password">{t(lang, 'ws.password')}</label>
              <input
                id="disable-password"
                name="password"
                type="password"
                autocomplete="current-password"
                required
              />
              <button type="submit">{t(lang, 'ws.twoFactorDisable')}</button>
            </form>
          )}
        </>
      ) : null}
    </WorkspaceLayout>
  );
}

const dateTime = (lang: Language, iso: string | null) => (iso ? formatDateTime(lang, iso) : null);

export function TokensPage({
  lang,
  me,
  tokens,
  created,
  notice,
}: {
  lang: Language;
  me: Me;
  tokens: TokenView[];
  created: string | null;
  notice?: Notice;
}) {
  const action = `/${lang}/workspace/tokens`;
  const scopes = TOKEN_SCOPES.filter(
    (s) => s !== 'admin' || ROLE_PERMISSIONS[me.role as Role].has('accounts.manage'),
  );
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ws.tokens')}
      path={action}
      me={me}
      section="tokens"
      notice={notice}
    >
      <h1>{t(lang, 'ws.tokens')}</h1>
      <p>{t(lang, 'ws.tokensIntro')}</p>
      {created ? (
        <p class="notice done" role="status">
          {t(lang, 'ws.tokenCreated')} <code data-new-token="">{created}</code>
        </p>
      ) : null}
      <form method="post" action={action} class="stack">
        <Csrf token={me.csrf} />
        <label for="name">{t(lang, 'ws.tokenName')}</label>
        <input id="name" name="name" required maxlength={100} />
        <fieldset>
          <legend>{t(lang, 'ws.tokenScopes')}</legend>
          {scopes.map((scope) => (
            <label class="check">
              <input type="checkbox" name="scopes" value={scope} checked={scope === 'read'} />{' '}
              {t(lang, `ws.scope.${scope}`)}
            </label>
          ))}
        </fieldset>
        <label for="days">{t(lang, 'ws.tokenExpires')}</label>
        <input id="days" name="days" type="number" min={1} max={3650} />
        <button type="submit">{t(lang, 'ws.tokenCreate')}</button>
      </form>
      {tokens.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'ws.tokenName')}</th>
              <th scope="col">{t(lang, 'ws.tokenScopes')}</th>
              <th scope="col">{t(lang, 'ws.tokenLastUsed')}</th>
              <th scope="col">{t(lang, 'ws.status')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr>
                <th scope="row">
                  {token.name} <code>{token.prefix}…</code>
                </th>
                <td>{token.scopes.map((s) => t(lang, `ws.scope.${s}`)).join(', ')}</td>
                <td>{dateTime(lang, token.lastUsedAt) ?? t(lang, 'ws.never')}</td>
                <td>
                  {token.revokedAt ? (
                    t(lang, 'ws.tokenRevoked')
                  ) : (
                    <form method="post" action={`${action}/${token.id}/revoke`} class="inline">
                      <Csrf token={me.csrf} />
                      <button type="submit">{t(lang, 'ws.tokenRevoke')}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </WorkspaceLayout>
  );
}
