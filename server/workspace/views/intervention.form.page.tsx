import { REPLY_STATUSES } from '../../../shared/accountability/codes.js';
import { INTERVENTION_KIND_TERMS, REPLY_STATUS_TERMS } from '../../../shared/accountability/labels.js';
import { t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Language } from '../../../shared/languages.js';
import type { FormState } from '../form-state.js';
import { Hidden, LanguageFields, type Options, SelectField, TextArea, TextField } from './fields.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';

const VISIBILITIES = ['public', 'restricted', 'confidential'] as const;

/**
 * Records a statement, alert or letter, or edits one (`record` given): the text per language side
 * by side, and the reply — the lawyer's daily work: the letter went out, did the authority answer?
 */
export function InterventionFormPage(props: {
  lang: Language;
  me: Me;
  state: FormState;
  /** The kinds this account may record. */
  kinds: readonly string[];
  record?: { id: string; title: string } | undefined;
  notice?: Notice | undefined;
}) {
  const { lang, me, state, kinds, record, notice } = props;
  const base = `/${lang}/workspace/interventions`;
  const title = record ? t(lang, 'ref.editOf', { name: record.title }) : t(lang, 'ref.addIntervention');
  const path = record ? `${base}/${record.id}/edit` : `${base}/new`;
  const field = { lang, state };
  const label = (k: string) => INTERVENTION_KIND_TERMS[k as keyof typeof INTERVENTION_KIND_TERMS].label[lang];
  const options = (list: readonly string[], text: (v: string) => string): Options =>
    list.map((v) => [v, text(v)] as const);
  return (
    <WorkspaceLayout lang={lang} title={title} path={path} me={me} section="interventions" notice={notice}>
      <h1>{title}</h1>
      <form method="post" action={record ? `${base}/${record.id}` : base} class="record">
        <Hidden state={state} csrf={me.csrf} />
        <SelectField {...field} name="kind" label={t(lang, 'ref.kind')} options={options(kinds, label)} />
        <TextField {...field} name="issuedOn" type="date" label={t(lang, 'ref.issuedOn')} />
        <LanguageFields {...field} prefix="title" legend={t(lang, 'ref.titles')} />
        <LanguageFields {...field} prefix="body" legend={t(lang, 'ref.bodies')} multiline />
        <SelectField
          {...field}
          name="originalLanguage"
          label={t(lang, 'ref.originalLanguage')}
          options={[
            ['', t(lang, 'ref.notGiven')],
            ...options(LANGUAGES, (l) => t(lang, `ref.lang.${l as Language}`)),
          ]}
        />
        <TextField
          {...field}
          name="issuedBy"
          label={t(lang, 'ref.issuedBy')}
          hint={t(lang, 'ref.issuedByHint')}
        />
        <TextField {...field} name="addressee" label={t(lang, 'ref.addressee')} />
        <TextField {...field} name="deadline" type="date" label={t(lang, 'ref.deadline')} />
        <SelectField
          {...field}
          name="replyStatus"
          label={t(lang, 'ref.replyStatus')}
          options={options(
            REPLY_STATUSES,
            (s) => REPLY_STATUS_TERMS[s as keyof typeof REPLY_STATUS_TERMS].label[lang],
          )}
        />
        <TextField {...field} name="replyOn" type="date" label={t(lang, 'ref.replyOn')} />
        <TextArea {...field} name="replyText" label={t(lang, 'ref.replyText')} rows={6} />
        <TextArea
          {...field}
          name="incidents"
          label={t(lang, 'ref.incidentRefs')}
          hint={t(lang, 'ref.incidentRefsHint')}
          rows={3}
        />
        <TextField {...field} name="url" type="url" label={t(lang, 'ref.url')} />
        <TextArea {...field} name="sourceExcerpt" label={t(lang, 'ref.sourceExcerpt')} rows={3} />
        <SelectField
          {...field}
          name="visibility"
          label={t(lang, 'ref.visibility')}
          options={options(VISIBILITIES, (v) =>
            t(lang, `ref.visibility.${v as (typeof VISIBILITIES)[number]}`),
          )}
        />
        <p class="actions">
          <button type="submit">{t(lang, 'ws.save')}</button>{' '}
          <a href={record ? `${base}/${record.id}` : base}>{t(lang, 'ref.cancel')}</a>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
