import { CATALOGS, type MessageKey, t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';
import { Layout } from './layout.js';

/** What the page says for a refusal: its code's own sentence when there is one. */
function messageFor(lang: Language, status: number, code: string | undefined): string {
  const own = `error.${code}`;
  if (code && own in CATALOGS[lang]) return t(lang, own as MessageKey);
  return status === 404 ? t(lang, 'error.notFound') : t(lang, 'error.generic');
}

/** A page for a request that has no answer: an unknown incident, or filters that make no sense. */
export function ErrorPage({
  lang,
  status,
  path,
  detail,
  code,
}: {
  lang: Language;
  status: number;
  path: string;
  detail?: string;
  /** The error's stable code (`payload_too_large`, `invalid_text`…), for its own sentence. */
  code?: string;
}) {
  const message = messageFor(lang, status, code);
  return (
    <Layout lang={lang} title={message} path={path}>
      <h1>{message}</h1>
      {detail ? <p>{detail}</p> : null}
      <p>
        <a href={`/${lang}/incidents`}>{t(lang, 'nav.incidents')}</a>
      </p>
    </Layout>
  );
}
