import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { Csrf, type Notice, WorkspaceLayout } from './layout.js';

export function LoginPage({
  lang,
  csrf,
  username,
  notice,
}: {
  lang: Language;
  csrf: string;
  username?: string;
  notice?: Notice;
}) {
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ws.signIn')}
      path={`/${lang}/workspace/login`}
      notice={notice}
    >
      <h1>{t(lang, 'ws.signIn')}</h1>
      <p>{t(lang, 'ws.signInIntro')}</p>
      <form method="post" action={`/${lang}/workspace/login`} class="stack">
        <Csrf token={csrf} />
        <label for="username">{t(lang, 'ws.username')}</label>
        <input id="username" name="username" autocomplete="username" required value={username ?? ''} />
        <label for="password">{t(lang, 'ws.password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">{t(lang, 'ws.signInButton')}</button>
      </form>
    </WorkspaceLayout>
  );
}

export function SecondFactorPage({ lang, csrf, notice }: { lang: Language; csrf: string; notice?: Notice }) {
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ws.secondFactor')}
      path={`/${lang}/workspace/second-factor`}
      notice={notice}
    >
      <h1>{t(lang, 'ws.secondFactor')}</h1>
      <p>{t(lang, 'ws.secondFactorIntro')}</p>
      <form method="post" action={`/${lang}/workspace/second-factor`} class="stack">
        <Csrf token={csrf} />
        <label for="code">{t(lang, 'ws.code')}</label>
        <input id="code" name="code" autocomplete="one-time-code" inputmode="numeric" required />
        <button type="submit">{t(lang, 'ws.verify')}</button>
      </form>
    </WorkspaceLayout>
  );
}
