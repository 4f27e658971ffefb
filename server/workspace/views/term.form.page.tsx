import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { VocabularyName } from '../../../shared/vocabularies/index.js';
import { CROSSWALK_SCHEMES } from '../../../shared/vocabularies/types.js';
import type { FormState } from '../form-state.js';
import { Hidden, LanguageFields, type Options, SelectField, TextArea, TextField } from './fields.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';

/** Administrators: adds a term to a vocabulary, or edits one (`code` given; codes never change). */
export function TermFormPage(props: {
  lang: Language;
  me: Me;
  name: VocabularyName;
  state: FormState;
  /** The groups a term may hang under, for the vocabularies that are trees; null for flat ones. */
  groups: Options | null;
  code?: string | undefined;
  notice?: Notice | undefined;
}) {
  const { lang, me, name, state, groups, code, notice } = props;
  const base = `/${lang}/workspace/vocabularies/${name}`;
  const title = code ? t(lang, 'ref.editTerm', { code }) : t(lang, 'ref.addTerm');
  const path = code ? `${base}/terms/${code}` : `${base}/new`;
  const field = { lang, state };
  return (
    <WorkspaceLayout lang={lang} title={title} path={path} me={me} section="vocabularies" notice={notice}>
      <h1>{title}</h1>
      <p class="meta">{t(lang, `ref.vocab.${name}`)}</p>
      <form method="post" action={code ? path : base} class="record">
        <Hidden state={state} csrf={me.csrf} />
        {code ? null : (
          <TextField
            {...field}
            name="code"
            label={t(lang, 'ref.code')}
            hint={t(lang, 'ref.termCodeHint')}
            required
          />
        )}
        {groups ? (
          <SelectField
            {...field}
            name="parent"
            label={t(lang, 'ref.group')}
            options={[['', t(lang, 'ref.noGroup')], ...groups]}
          />
        ) : null}
        <LanguageFields {...field} prefix="labels" legend={t(lang, 'ref.labels')} required />
        <LanguageFields
          {...field}
          prefix="definitions"
          legend={t(lang, 'ref.definitions')}
          multiline
          required
        />
        <TextField {...field} name="sortOrder" type="number" label={t(lang, 'ref.sortOrder')} />
        <fieldset class="field">
          <legend>{t(lang, 'ref.crosswalk')}</legend>
          <span class="hint">{t(lang, 'ref.crosswalkHint')}</span>
          <div class="columns">
            {CROSSWALK_SCHEMES.map((scheme) => (
              <TextArea
                {...field}
                name={`crosswalk.${scheme}`}
                label={t(lang, `ref.scheme.${scheme}`)}
                rows={2}
              />
            ))}
          </div>
        </fieldset>
        <p class="actions">
          <button type="submit">{t(lang, 'ws.save')}</button> <a href={base}>{t(lang, 'ref.cancel')}</a>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
