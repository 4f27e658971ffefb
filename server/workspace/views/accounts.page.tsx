import { ROLES } from '../../../shared/access/permissions.js';
import { t } from '../../../shared/i18n/index.js';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/languages.js';
import type { AccountView } from '../../modules/accounts/account.schema.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from './layout.js';

const RoleSelect = ({ lang, id, value }: { lang: Language; id: string; value?: string }) => (
  <select id={id} name="role">
    {ROLES.map((role) => (
      <option value={role} selected={role === value}>
        {t(lang, `ws.role.${role}`)}
      </option>
    ))}
  </select>
);

export const LanguageSelect = ({ id, value }: { id: string; value?: string }) => (
  <select id={id} name="language">
    {LANGUAGES.map((l) => (
      <option value={l} lang={l} selected={l === value}>
        {LANGUAGE_NAMES[l]}
      </option>
    ))}
  </select>
);

/** Administrators: every account, a form to add one, and the two-step sign-in rule. */
export function AccountsPage({
  lang,
  me,
  accounts,
  twoFactorRequired,
  notice,
}: {
  lang: Language;
  me: Me;
  accounts: AccountView[];
  twoFactorRequired: boolean;
  notice?: Notice;
}) {
  const base = `/${lang}/workspace/accounts`;
  const status = (a: AccountView) =>
    a.disabled ? t(lang, 'ws.disabled') : a.lockedUntil ? t(lang, 'ws.locked') : t(lang, 'ws.active');
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ws.accounts')}
      path={base}
      me={me}
      section="accounts"
      notice={notice}
    >
      <h1>{t(lang, 'ws.accounts')}</h1>
      <form method="post" action={`${base}/two-factor-rule`} class="stack">
        <Csrf token={me.csrf} />
        <label class="check">
          <input type="checkbox" name="required" value="true" checked={twoFactorRequired} />{' '}
          {t(lang, 'ws.requireTwoFactor')}
        </label>
        <button type="submit">{t(lang, 'ws.save')}</button>
      </form>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'ws.username')}</th>
            <th scope="col">{t(lang, 'ws.role')}</th>
            <th scope="col">{t(lang, 'ws.twoFactor')}</th>
            <th scope="col">{t(lang, 'ws.status')}</th>
            <th scope="col">{t(lang, 'ws.resetPassword')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr>
              <th scope="row">
                {a.username}
                <br />
                <span class="meta">{a.displayName}</span>
              </th>
              <td>
                <form method="post" action={`${base}/${a.id}`} class="inline">
                  <Csrf token={me.csrf} />
                  <input type="hidden" name="version" value={String(a.version)} />
                  <input type="hidden" name="displayName" value={a.displayName} />
                  <label class="visually-hidden" for={`role-${a.id}`}>
                    {t(lang, 'ws.role')}
                  </label>
                  <RoleSelect lang={lang} id={`role-${a.id}`} value={a.role} />
                  <label class="visually-hidden" for={`language-${a.id}`}>
                    {t(lang, 'ws.language')}
                  </label>
                  <LanguageSelect id={`language-${a.id}`} value={a.language} />
                  <label class="check">
                    <input type="checkbox" name="disabled" value="true" checked={a.disabled} />{' '}
                    {t(lang, 'ws.disabled')}
                  </label>
                  <button type="submit">{t(lang, 'ws.save')}</button>
                </form>
              </td>
              <td>{t(lang, a.twoFactor ? 'ws.twoFactorOn' : 'ws.twoFactorOff')}</td>
              <td>{status(a)}</td>
              <td>
                <form method="post" action={`${base}/${a.id}/reset`} class="inline">
                  <Csrf token={me.csrf} />
                  <label class="check">
                    <input type="checkbox" name="clearTwoFactor" value="true" />{' '}
                    {t(lang, 'ws.clearTwoFactor')}
                  </label>
                  <button type="submit">{t(lang, 'ws.resetPassword')}</button>
                  <span class="meta"> {t(lang, 'ws.resetHint')}</span>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(lang, 'ws.createAccount')}</h2>
      <form method="post" action={base} class="stack">
        <Csrf token={me.csrf} />
        <label for="new-username">{t(lang, 'ws.username')}</label>
        <input id="new-username" name="username" required pattern="[a-z0-9][a-z0-9._\-]{2,63}" />
        <label for="new-name">{t(lang, 'ws.displayName')}</label>
        <input id="new-name" name="displayName" required />
        <label for="new-role">{t(lang, 'ws.role')}</label>
        <RoleSelect lang={lang} id="new-role" value="monitor" />
        <label for="new-language">{t(lang, 'ws.language')}</label>
        <LanguageSelect id="new-language" value={lang} />
        <button type="submit">{t(lang, 'ws.createAccount')}</button>
      </form>
    </WorkspaceLayout>
  );
}
