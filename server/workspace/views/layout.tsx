import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { type Permission, ROLE_PERMISSIONS, type Role } from '../../../shared/access/permissions.js';
import { t } from '../../../shared/i18n/index.js';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/languages.js';
import { Brand } from '../../views/brand.js';
import { switchLanguage } from '../../web/locale.js';

export interface Me {
  name: string;
  role: Role;
  csrf: string;
  /** Help requests waiting for the desk, as this person may see them; absent without help.work. */
  helpWaiting?: number | undefined;
}

export type Section =
  | 'dashboard'
  | 'incidents'
  | 'tokens'
  | 'account'
  | 'accounts'
  | 'people'
  | 'outlets'
  | 'interventions'
  | 'vocabularies'
  | 'places'
  | 'help';

/** A message shown above the page: something done, or something refused. */
export interface Notice {
  kind: 'done' | 'error';
  text: string;
  /** A refused form's problems, each linking to its field: "Title (Russian): Required". */
  problems?: { href: string; label: string; reason: string }[] | undefined;
}

/** The frame of every workspace page; `me` is absent on the sign-in pages. */
export function WorkspaceLayout({
  lang,
  title,
  path,
  me,
  section,
  notice,
  script,
  children,
}: {
  lang: Language;
  title: string;
  path: string;
  me?: Me;
  section?: Section;
  notice?: Notice | undefined;
  /** A self-hosted script that enhances the page; the page works without it. */
  script?: string;
  children?: Child;
}) {
  const base = `/${lang}/workspace/`;
  const may = (permission: Permission) => me !== undefined && ROLE_PERMISSIONS[me.role].has(permission);
  const nav: [Section, string, string][] = me
    ? [
        ['dashboard', base, t(lang, 'ws.dashboard')],
        ['incidents', `${base}incidents`, t(lang, 'wi.list')],
        ...(may('help.work')
          ? ([
              [
                'help',
                `${base}help`,
                me?.helpWaiting ? t(lang, 'hd.navWaiting', { count: me.helpWaiting }) : t(lang, 'hd.desk'),
              ],
            ] as [Section, string, string][])
          : []),
        ['people', `${base}people`, t(lang, 'ref.people')],
        ['outlets', `${base}outlets`, t(lang, 'ref.outlets')],
        ['interventions', `${base}interventions`, t(lang, 'ref.interventions')],
        ...(may('reference.write')
          ? ([
              ['vocabularies', `${base}vocabularies`, t(lang, 'ref.vocabularies')],
              ['places', `${base}places`, t(lang, 'ref.places')],
            ] as [Section, string, string][])
          : []),
        ['account', `${base}two-factor`, t(lang, 'ws.account')],
        ['tokens', `${base}tokens`, t(lang, 'ws.tokens')],
        ...(may('accounts.manage')
          ? ([['accounts', `${base}accounts`, t(lang, 'ws.accounts')]] as [Section, string, string][])
          : []),
      ]
    : [];
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{`${title} — ${t(lang, 'ws.title')} — ${t(lang, 'site.name')}`}</title>
          <link rel="stylesheet" href="/static/site.css" />
          <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
          {script ? <script src={script} defer /> : null}
        </head>
        <body class="workspace">
          <a class="skip" href="#main">
            {t(lang, 'nav.skip')}
          </a>
          <header class="site">
            <div class="wrap top">
              <div class="identity">
                <Brand lang={lang} href={base} suffix={t(lang, 'ws.title')} />
                {me ? (
                  <p class="tagline">
                    {t(lang, 'ws.signedInAs', { name: me.name, role: t(lang, `ws.role.${me.role}`) })}
                  </p>
                ) : null}
              </div>
              <nav class="langs" aria-label={t(lang, 'lang.label')}>
                <ul class="menu">
                  {LANGUAGES.map((other) => (
                    <li>
                      <a
                        href={switchLanguage(path, other)}
                        hreflang={other}
                        lang={other}
                        aria-current={other === lang ? 'true' : undefined}
                      >
                        {LANGUAGE_NAMES[other]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
            {me ? (
              <nav class="main" aria-label={t(lang, 'ws.title')}>
                {/* On a phone the sections fold behind "Menu"; a wide screen always shows them. */}
                <details class="menu-panel">
                  <summary class="wrap">{t(lang, 'design.menu')}</summary>
                  <ul class="wrap menu">
                    {nav.map(([key, href, label]) => (
                      <li>
                        <a href={href} aria-current={key === section ? 'page' : undefined}>
                          {label}
                        </a>
                      </li>
                    ))}
                    <li>
                      <a href={`/${lang}/`}>{t(lang, 'ws.publicSite')}</a>
                    </li>
                    <li>
                      <form method="post" action={`${base}logout`} class="inline">
                        <input type="hidden" name="_csrf" value={me.csrf} />
                        <button type="submit" class="link">
                          {t(lang, 'ws.signOut')}
                        </button>
                      </form>
                    </li>
                  </ul>
                </details>
              </nav>
            ) : null}
          </header>
          <main id="main" class="wrap">
            {notice?.problems?.length ? (
              <section class="notice error error-summary" role="alert" aria-labelledby="error-summary">
                <h2 id="error-summary">{notice.text}</h2>
                <ul>
                  {notice.problems.map((p) => (
                    <li>
                      <a href={p.href}>{p.label}</a>: {p.reason}
                    </li>
                  ))}
                </ul>
              </section>
            ) : notice ? (
              <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
                {notice.text}
              </p>
            ) : null}
            {children}
          </main>
        </body>
      </html>
    </>
  );
}

/** The hidden field every workspace form carries. */
export const Csrf = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;

/** A workspace page that refuses: the reason, in the frame, with the usual navigation. */
export function RefusedPage({
  lang,
  me,
  path,
  notice,
}: {
  lang: Language;
  me: Me;
  path: string;
  notice: Notice;
}) {
  return <WorkspaceLayout lang={lang} title={notice.text} path={path} me={me} notice={notice} />;
}
