import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { Independence } from '../../modules/outlets/outlet.schema.js';
import type { FormState } from '../form-state.js';
import { Hidden, LanguageFields, type Options, SelectField, TextArea, TextField } from './fields.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';

/** Adds an outlet, or edits one (`outlet` given). */
export function OutletFormPage(props: {
  lang: Language;
  me: Me;
  state: FormState;
  types: Options;
  outlet?: { id: string; name: string } | undefined;
  notice?: Notice | undefined;
}) {
  const { lang, me, state, types, outlet, notice } = props;
  const base = `/${lang}/workspace/outlets`;
  const title = outlet ? t(lang, 'ref.editOf', { name: outlet.name }) : t(lang, 'ref.addOutlet');
  const path = outlet ? `${base}/${outlet.id}/edit` : `${base}/new`;
  const field = { lang, state };
  return (
    <WorkspaceLayout lang={lang} title={title} path={path} me={me} section="outlets" notice={notice}>
      <h1>{title}</h1>
      <form method="post" action={outlet ? `${base}/${outlet.id}` : base} class="record">
        <Hidden state={state} csrf={me.csrf} />
        <TextField {...field} name="name" label={t(lang, 'ref.outletName')} required />
        <LanguageFields {...field} prefix="names" legend={t(lang, 'ref.outletNames')} />
        <TextArea
          {...field}
          name="aliases"
          label={t(lang, 'ref.outletAliases')}
          hint={t(lang, 'ref.linesHint')}
        />
        <SelectField {...field} name="type" label={t(lang, 'ref.outletType')} options={types} />
        <SelectField
          {...field}
          name="independence"
          label={t(lang, 'ref.independence')}
          options={Independence.options.map((i) => [i, t(lang, `ref.independence.${i}`)] as [string, string])}
        />
        <TextField
          {...field}
          name="country"
          label={t(lang, 'ref.country')}
          hint={t(lang, 'ref.countryHint')}
        />
        <TextField {...field} name="url" type="url" label={t(lang, 'ref.url')} />
        <p class="actions">
          <button type="submit">{t(lang, 'ws.save')}</button>{' '}
          <a href={outlet ? `${base}/${outlet.id}` : base}>{t(lang, 'ref.cancel')}</a>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
