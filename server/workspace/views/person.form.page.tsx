import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { Gender } from '../../modules/people/person.schema.js';
import type { FormState } from '../form-state.js';
import {
  CheckField,
  CheckGroup,
  Hidden,
  LanguageFields,
  type Options,
  SelectField,
  TextArea,
  TextField,
} from './fields.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';

/** Adds a person, or edits one (`person` given): names per language side by side. */
export function PersonFormPage(props: {
  lang: Language;
  me: Me;
  state: FormState;
  choices: { roles: Options; outlets: Options };
  person?: { id: string; name: string } | undefined;
  notice?: Notice | undefined;
}) {
  const { lang, me, state, choices, person, notice } = props;
  const base = `/${lang}/workspace/people`;
  const title = person ? t(lang, 'ref.editOf', { name: person.name }) : t(lang, 'ref.addPerson');
  const path = person ? `${base}/${person.id}/edit` : `${base}/new`;
  const field = { lang, state };
  return (
    <WorkspaceLayout lang={lang} title={title} path={path} me={me} section="people" notice={notice}>
      <h1>{title}</h1>
      <form method="post" action={person ? `${base}/${person.id}` : base} class="record">
        <Hidden state={state} csrf={me.csrf} />
        <TextField
          {...field}
          name="name"
          label={t(lang, 'ref.name')}
          hint={t(lang, 'ref.nameHint')}
          required
        />
        <LanguageFields {...field} prefix="names" legend={t(lang, 'ref.names')} />
        <TextArea {...field} name="aliases" label={t(lang, 'ref.aliases')} hint={t(lang, 'ref.linesHint')} />
        <CheckGroup {...field} name="roles" label={t(lang, 'ref.roles')} options={choices.roles} />
        <SelectField
          {...field}
          name="gender"
          label={t(lang, 'ref.gender')}
          options={Gender.options.map((g) => [g, t(lang, `ref.gender.${g}`)] as [string, string])}
        />
        <CheckField {...field} name="consentToName" label={t(lang, 'ref.consent')} />
        {choices.outlets.length ? (
          <CheckGroup {...field} name="outletIds" label={t(lang, 'ref.outlets')} options={choices.outlets} />
        ) : null}
        <TextArea {...field} name="notes" label={t(lang, 'ref.notes')} rows={6} />
        <p class="actions">
          <button type="submit">{t(lang, 'ws.save')}</button>{' '}
          <a href={person ? `${base}/${person.id}` : base}>{t(lang, 'ref.cancel')}</a>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
