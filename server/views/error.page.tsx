import { t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';
import { Layout } from './layout.js';

/** A page for a request that has no answer: an unknown incident, or filters that make no sense. */
export function ErrorPage({
  lang,
  status,
  path,
  detail,
}: {
  lang: Language;
  status: number;
  path: string;
  detail?: string;
}) {
  const message = status === 404 ? t(lang, 'error.notFound') : t(lang, 'error.generic');
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
