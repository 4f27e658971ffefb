import { t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Labels, type Language } from '../../../shared/languages.js';
import type { VocabularyName } from '../../../shared/vocabularies/index.js';
import type { VocabularyTermRow } from '../../db/schema.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';
import { Actions } from './reference.parts.js';

/** Administrators: every term of one vocabulary with its label and definition in kk, ru and en. */
export function TermsPage(props: {
  lang: Language;
  me: Me;
  name: VocabularyName;
  terms: VocabularyTermRow[];
  notice?: Notice | undefined;
}) {
  const { lang, me, name, terms, notice } = props;
  const base = `/${lang}/workspace/vocabularies/${name}`;
  const title = t(lang, `ref.vocab.${name}`);
  return (
    <WorkspaceLayout lang={lang} title={title} path={base} me={me} section="vocabularies" notice={notice}>
      <h1>{title}</h1>
      <Actions>
        <a href={`${base}/new`}>{t(lang, 'ref.addTerm')}</a>
        <a href={`/${lang}/workspace/vocabularies`}>{t(lang, 'ref.vocabularies')}</a>
      </Actions>
      <section class="scroll" aria-label={title} tabindex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'ref.code')}</th>
              {LANGUAGES.map((l) => (
                <th scope="col">{t(lang, `ref.lang.${l}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr class={term.parent_code ? undefined : 'group'}>
                <th scope="row">
                  <a href={`${base}/terms/${term.code}`}>
                    <code>{term.code}</code>
                  </a>
                  {term.parent_code ? <span class="meta"> · {term.parent_code}</span> : null}
                </th>
                {LANGUAGES.map((l) => (
                  <td lang={l}>
                    {(term.labels as Labels)[l]}
                    <br />
                    <span class="meta">{(term.definitions as Labels)[l]}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </WorkspaceLayout>
  );
}
