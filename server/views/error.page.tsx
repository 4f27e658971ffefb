import { CATALOGS, type MessageKey, t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';
import type { FilterProblem } from '../web/filter-problems.js';
import { Layout } from './layout.js';

// Statuses with a title and an explanation of their own; any other falls back to its class.
const OWN_STATUS = new Set([400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503]);

const statusKey = (status: number): number => (OWN_STATUS.has(status) ? status : status >= 500 ? 500 : 400);

/**
 * What the page says the reader can do: the sentence of the error's own code when there is one
 * ("What was sent is too large…"), else its status's. A server failure never says more than that
 * it happened: no code, path or message of the failure reaches the page.
 */
function explanationFor(lang: Language, status: number, code: string | undefined): string {
  if (status < 500 && code) {
    for (const own of [`pp.error.code.${code}`, `error.${code}`]) {
      if (own in CATALOGS[lang]) return t(lang, own as MessageKey);
    }
  }
  return t(lang, `pp.error.explain.${statusKey(status)}` as MessageKey);
}

/** Whether a path is in the workspace, whose readers want a way back to their own home. */
export const isWorkspacePath = (path: string): boolean => /^\/(kk|ru|en)\/workspace(\/|$)/.test(path);

/**
 * The page for a request a person made that has no answer (an unknown address, a refusal, a
 * failure): what happened and what to do, in the reader's language, with the ways back — home,
 * the incidents and their search, and the workspace home for its readers.
 */
export function ErrorPage({
  lang,
  status,
  path,
  code,
  problems = [],
}: {
  lang: Language;
  status: number;
  path: string;
  /** The error's stable code (`payload_too_large`, `invalid_text`…), for its own sentence. */
  code?: string;
  /** Refused filters of a page that has no form of its own to show them beside. */
  problems?: FilterProblem[];
}) {
  const title = t(lang, `pp.error.title.${statusKey(status)}` as MessageKey);
  const workspace = isWorkspacePath(path);
  return (
    <Layout lang={lang} title={title} path={path}>
      <section class="error-page" aria-labelledby="error-title">
        <p class="meta">{t(lang, 'pp.error.status', { status: String(status) })}</p>
        <h1 id="error-title">{title}</h1>
        <p>{explanationFor(lang, status, code)}</p>
        {problems.length > 0 ? (
          <ul class="filter-problems">
            {problems.map((p) => (
              <li>
                {p.label}: {p.reason}
              </li>
            ))}
          </ul>
        ) : null}
        <h2>{t(lang, 'pp.error.waysBack')}</h2>
        <ul class="ways-back">
          {workspace ? (
            <li>
              <a href={`/${lang}/workspace`}>{t(lang, 'pp.error.workspaceHome')}</a>
            </li>
          ) : null}
          <li>
            <a href={`/${lang}/`}>{t(lang, 'pp.error.home')}</a>
          </li>
          <li>
            <a href={`/${lang}/incidents`}>{t(lang, 'pp.error.incidents')}</a>
          </li>
        </ul>
        {workspace ? null : (
          <form class="error-search" method="get" action={`/${lang}/incidents`}>
            <label for="error-q">{t(lang, 'pp.error.searchLabel')}</label>
            <input id="error-q" name="q" type="search" maxlength={200} />{' '}
            <button type="submit">{t(lang, 'list.searchButton')}</button>
          </form>
        )}
      </section>
    </Layout>
  );
}
