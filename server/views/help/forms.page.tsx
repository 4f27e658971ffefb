import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { IssuedForm } from '../../modules/help/intake-guard.js';
import type { IntakeLimits } from '../../modules/help/intake-limits.js';
import { SafetyAdvice } from './front.page.js';
import { FilesField, Guard, HelpFrame, type Problem, Problems, TextField } from './help.parts.js';

/** The question's categories as the form offers them (a report is filed as an incident). */
export const QUESTION_CATEGORIES = ['threats', 'detention', 'lawsuit', 'accreditation', 'other'] as const;

export interface FormProps {
  lang: Language;
  form: IssuedForm;
  limits: IntakeLimits;
  /** What the person typed, when the form comes back. */
  values?: Record<string, string>;
  problems?: Problem[];
}

function FormFrame(props: FormProps & { kind: 'report' | 'question'; children?: unknown }) {
  const { lang, kind } = props;
  const path = `/${lang}/help/${kind}`;
  return (
    <HelpFrame lang={lang} title={t(lang, `hp.${kind}.title`)} path={path} script>
      <p class="help-back">
        <a href={`/${lang}/help`}>{t(lang, 'help.title')}</a>
      </p>
      <h1>{t(lang, `hp.${kind}.title`)}</h1>
      <p class="help-private">{t(lang, 'hp.form.privacy')}</p>
      <Problems lang={lang} problems={props.problems ?? []} />
      <form
        class="help-form"
        method="post"
        action={path}
        enctype="multipart/form-data"
        accept-charset="utf-8"
      >
        <Guard lang={lang} token={props.form.token} challenge={props.form.challenge} />
        {props.children as never}
        <FilesField lang={lang} maxFiles={props.limits.maxFiles} maxBytes={props.limits.maxFileBytes} />
        <TextField
          lang={lang}
          name="contact"
          label="hp.field.contact"
          hint="hp.field.contact.hint"
          value={props.values?.contact}
        />
        <button type="submit" class="help-send">
          {t(lang, `hp.${kind}.send`)}
        </button>
      </form>
      <SafetyAdvice lang={lang} />
    </HelpFrame>
  );
}

/** "Report an incident": what, when, where, who was targeted, by whom, links, files, contact. */
export function ReportFormPage(props: FormProps) {
  const { lang } = props;
  const v = props.values ?? {};
  return (
    <FormFrame {...props} kind="report">
      <TextField
        lang={lang}
        name="what"
        label="hp.field.what"
        hint="hp.field.what.hint"
        value={v.what}
        rows={8}
        required
      />
      <TextField lang={lang} name="when" label="hp.field.when" hint="hp.field.when.hint" value={v.when} />
      <TextField lang={lang} name="where" label="hp.field.where" hint="hp.field.where.hint" value={v.where} />
      <TextField
        lang={lang}
        name="targeted"
        label="hp.field.targeted"
        hint="hp.field.targeted.hint"
        value={v.targeted}
      />
      <TextField
        lang={lang}
        name="by_whom"
        label="hp.field.by_whom"
        hint="hp.field.by_whom.hint"
        value={v.by_whom}
      />
      <TextField
        lang={lang}
        name="links"
        label="hp.field.links"
        hint="hp.field.links.hint"
        value={v.links}
        rows={3}
      />
    </FormFrame>
  );
}

/** "Ask your question": a category, the question, files, contact. */
export function QuestionFormPage(props: FormProps) {
  const { lang } = props;
  const v = props.values ?? {};
  return (
    <FormFrame {...props} kind="question">
      <fieldset class="help-categories">
        <legend class="help-label">
          {t(lang, 'hp.field.category')} <span class="help-mark">({t(lang, 'hp.form.required')})</span>
        </legend>
        {QUESTION_CATEGORIES.map((code) => (
          <label class="check">
            <input type="radio" name="category" value={code} checked={v.category === code} required />{' '}
            {t(lang, `hp.category.${code}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        lang={lang}
        name="question"
        label="hp.field.question"
        hint="hp.field.question.hint"
        value={v.question}
        rows={10}
        required
      />
    </FormFrame>
  );
}
