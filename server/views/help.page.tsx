import { t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';
import { Layout } from './layout.js';

/** Where the forms to report an incident and ask a question will be. */
export function HelpPage({ lang }: { lang: Language }) {
  return (
    <Layout lang={lang} title={t(lang, 'help.title')} path={`/${lang}/help`} current="help">
      <h1>{t(lang, 'help.title')}</h1>
      <p>{t(lang, 'help.soon')}</p>
    </Layout>
  );
}
