import { t } from '../../../../shared/i18n/index.js';
import type { Language } from '../../../../shared/languages.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from '../../views/layout.js';
import { helpPath } from '../help.words.js';

/** A person who works the queue, as the desk key page lists them. */
export interface DeskStaff {
  accountId: string;
  name: string;
  username: string;
  role: string;
  /** Their own key pair exists (made at their first sign-in with a password). */
  hasKeyPair: boolean;
  hasAccess: boolean;
}

export interface AccessPageData {
  /** The desk key's version, or null when `help-desk init` has not been run. */
  deskVersion: number | null;
  sessionHasKey: boolean;
  staff: DeskStaff[];
}

function Unlock({ lang, csrf }: { lang: Language; csrf: string }) {
  return (
    <form method="post" action={helpPath(lang, '/access/unlock')} class="record">
      <Csrf token={csrf} />
      <h2>{t(lang, 'hd.unlock')}</h2>
      <div class="field">
        <label for="recovery-key">{t(lang, 'hd.recoveryKey')}</label>
        <input
          id="recovery-key"
          name="recoveryKey"
          type="password"
          autocomplete="off"
          spellcheck={false}
          required
          aria-describedby="recovery-hint"
        />
        <p class="hint" id="recovery-hint">
          {t(lang, 'hd.recoveryHint')}
        </p>
      </div>
      <p class="actions">
        <button type="submit">{t(lang, 'hd.unlockButton')}</button>
      </p>
    </form>
  );
}

/** One person: key pair yet, access yes/no, and the button that changes it (with the key in this session). */
function StaffRow({
  lang,
  csrf,
  s,
  canGrant,
}: {
  lang: Language;
  csrf: string;
  s: DeskStaff;
  canGrant: boolean;
}) {
  const verb = s.hasAccess ? 'revoke' : 'grant';
  return (
    <li class="desk-staff">
      <p>
        <strong>{s.name}</strong>{' '}
        <span class="meta">
          ({s.username}, {t(lang, `ws.role.${s.role as 'lawyer'}`)})
        </span>
      </p>
      <p class="meta">
        {t(lang, 'hd.keyPair')}: {t(lang, s.hasKeyPair ? 'hd.keyPairYes' : 'hd.keyPairNo')} ·{' '}
        {t(lang, 'hd.hasAccess')}: <strong>{t(lang, s.hasAccess ? 'hd.yes' : 'hd.no')}</strong>
      </p>
      {(canGrant && s.hasKeyPair) || s.hasAccess ? (
        <form method="post" action={helpPath(lang, `/access/${s.accountId}/${verb}`)} class="inline">
          <Csrf token={csrf} />
          <button type="submit" class={s.hasAccess ? 'danger' : undefined}>
            {t(lang, s.hasAccess ? 'hd.revoke' : 'hd.grant')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

/** The desk key page, for administrators: is the desk set up, does this session hold the key, who has access. */
export function AccessPage({
  lang,
  me,
  data,
  notice,
}: {
  lang: Language;
  me: Me;
  data: AccessPageData;
  notice?: Notice | undefined;
}) {
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'hd.access')}
      path={helpPath(lang, '/access')}
      me={me}
      section="help"
      notice={notice}
    >
      <p class="meta">
        <a href={helpPath(lang)}>{t(lang, 'hd.queue')}</a>
      </p>
      <h1>{t(lang, 'hd.access')}</h1>
      <p>{t(lang, 'hd.accessIntro')}</p>
      {data.deskVersion === null ? (
        <section class="notice" aria-labelledby="not-set-up">
          <h2 id="not-set-up">{t(lang, 'hd.notSetUp')}</h2>
          <p>{t(lang, 'hd.setUpHow')}</p>
          <pre class="desk-command">
            <code>npm run cli -- help-desk init</code>
          </pre>
        </section>
      ) : (
        <>
          <p>{t(lang, 'hd.setUp', { version: data.deskVersion })}</p>
          <p class={`notice ${data.sessionHasKey ? 'done' : ''}`}>
            {t(lang, data.sessionHasKey ? 'hd.sessionHasKey' : 'hd.sessionLacksKey')}
          </p>
          {data.sessionHasKey ? null : <Unlock lang={lang} csrf={me.csrf} />}
          <section aria-labelledby="staff">
            <h2 id="staff">{t(lang, 'hd.staff')}</h2>
            <ul class="desk-staff-list">
              {data.staff.map((s) => (
                <StaffRow lang={lang} csrf={me.csrf} s={s} canGrant={data.sessionHasKey} />
              ))}
            </ul>
          </section>
        </>
      )}
    </WorkspaceLayout>
  );
}
