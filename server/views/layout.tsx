import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { t } from '../../shared/i18n/index.js';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/languages.js';
import { switchLanguage } from '../web/locale.js';
import { Brand } from './brand.js';

export interface PageProps {
  lang: Language;
  title: string;
  /** This page's path and query, to link the same page in the other languages. */
  path: string;
  current?: 'home' | 'incidents' | 'map' | 'statistics' | 'methodology' | 'help';
  children?: Child;
}

/** The frame of every public page: header with navigation and language switcher, main, footer. */
export function Layout({ lang, title, path, current, children }: PageProps) {
  const nav: [PageProps['current'], string, string][] = [
    ['home', `/${lang}/`, t(lang, 'nav.home')],
    ['incidents', `/${lang}/incidents`, t(lang, 'nav.incidents')],
    ['map', `/${lang}/map`, t(lang, 'nav.map')],
    ['statistics', `/${lang}/statistics`, t(lang, 'nav.statistics')],
    ['methodology', `/${lang}/methodology`, t(lang, 'nav.methodology')],
    ['help', `/${lang}/help`, t(lang, 'nav.help')],
  ];
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} — ${t(lang, 'site.name')}`}</title>
          <link rel="stylesheet" href="/static/site.css" />
          <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
          <link
            rel="alternate"
            type="application/atom+xml"
            title={t(lang, 'list.feed')}
            href={`/${lang}/incidents.atom`}
          />
          {LANGUAGES.map((other) => (
            <link rel="alternate" hreflang={other} href={switchLanguage(path, other)} />
          ))}
        </head>
        <body>
          <a class="skip" href="#main">
            {t(lang, 'nav.skip')}
          </a>
          <header class="site">
            <div class="wrap top">
              <div class="identity">
                <Brand lang={lang} href={`/${lang}/`} />
                <p class="tagline">{t(lang, 'site.tagline')}</p>
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
            <nav class="main" aria-label={t(lang, 'site.name')}>
              <ul class="wrap menu">
                {nav.map(([key, href, label]) => (
                  <li>
                    <a href={href} aria-current={key === current ? 'page' : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <main id="main" class="wrap">
            {children}
          </main>
          <footer class="site">
            <div class="wrap">
              <Brand lang={lang} href={`/${lang}/`} />
              <p>{t(lang, 'footer.about')}</p>
              <p>
                <a href={`/${lang}/open-data`}>{t(lang, 'footer.data')}</a>
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
