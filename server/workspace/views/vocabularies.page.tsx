import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { VocabularyName } from '../../../shared/vocabularies/index.js';
import { type Me, WorkspaceLayout } from './layout.js';

/** Administrators: the controlled vocabularies and how many terms each has. */
export function VocabulariesPage(props: {
  lang: Language;
  me: Me;
  vocabularies: { name: VocabularyName; terms: number }[];
}) {
  const { lang, me, vocabularies } = props;
  const base = `/${lang}/workspace/vocabularies`;
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ref.vocabularies')}
      path={base}
      me={me}
      section="vocabularies"
    >
      <h1>{t(lang, 'ref.vocabularies')}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'ref.vocabularies')}</th>
            <th scope="col">{t(lang, 'ref.code')}</th>
            <th scope="col" class="number">
              {t(lang, 'ref.terms')}
            </th>
          </tr>
        </thead>
        <tbody>
          {vocabularies.map((v) => (
            <tr>
              <th scope="row">
                <a href={`${base}/${v.name}`}>{t(lang, `ref.vocab.${v.name}`)}</a>
              </th>
              <td>
                <code>{v.name}</code>
              </td>
              <td class="number">{v.terms}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </WorkspaceLayout>
  );
}
