import type { Child } from 'hono/jsx';
import { type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { FIELD_MAX } from '../../modules/help/intake-limits.js';
import { sizeText } from '../../web/help/help-size.js';
import { Layout } from '../layout.js';

/** The self-hosted proof-of-work solver; the forms work the same without it. */
export const HELP_SCRIPT = '/static/help.js';

/** A problem shown above a form: a catalog message and its values. */
export interface Problem {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

/** The public frame; `script` adds the solver (forms only). */
export function HelpFrame(props: {
  lang: Language;
  title: string;
  path: string;
  script?: boolean;
  children?: Child;
}) {
  return (
    <Layout lang={props.lang} title={props.title} path={props.path} current="help">
      <div class="help">{props.children}</div>
      {props.script ? <script src={HELP_SCRIPT} defer /> : null}
    </Layout>
  );
}

/** The reasons a form came back, in one place at its top, read first by a screen reader. */
export function Problems({ lang, problems }: { lang: Language; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="notice error help-problems" role="alert" tabindex={-1} id="problems">
      <h2 class="help-problems-title">{t(lang, 'hp.problem.h')}</h2>
      <ul class="help-problems-list">
        {problems.map((p) => (
          <li>{t(lang, p.key, p.vars)}</li>
        ))}
      </ul>
    </div>
  );
}

/** A labelled text field with its hint and limit; `rows` makes it a text area. */
export function TextField(props: {
  lang: Language;
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  value?: string;
  rows?: number;
  required?: boolean;
}) {
  const { lang, name } = props;
  const max = FIELD_MAX[name];
  const hintId = `${name}-hint`;
  return (
    <div class="field help-field">
      <label for={name} class="help-label">
        {t(lang, props.label)}{' '}
        <span class="help-mark">({t(lang, props.required ? 'hp.form.required' : 'hp.form.optional')})</span>
      </label>
      <p class="hint help-hint" id={hintId}>
        {props.hint ? `${t(lang, props.hint)} ` : ''}
        {max ? t(lang, 'hp.form.limit', { max }) : ''}
      </p>
      {props.rows ? (
        <textarea
          class="help-input"
          id={name}
          name={name}
          rows={props.rows}
          maxlength={max}
          required={props.required}
          aria-describedby={hintId}
        >
          {props.value ?? ''}
        </textarea>
      ) : (
        <input
          class="help-input"
          id={name}
          name={name}
          type="text"
          value={props.value ?? ''}
          maxlength={max}
          required={props.required}
          aria-describedby={hintId}
          autocomplete="off"
        />
      )}
    </div>
  );
}

/**
 * What every public form carries besides its fields: the signed token, the proof-of-work
 * challenge (solved by help.js into `pow`), and a field no person sees (hidden by CSS, from
 * screen readers and from the tab order) that only a bot fills in.
 */
export function Guard({ lang, token, challenge }: { lang: Language; token: string; challenge: string }) {
  return (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="pow" value="" data-challenge={challenge} />
      <div class="help-trap" aria-hidden="true">
        <label for="homepage">{t(lang, 'hp.field.trap')}</label>
        <input id="homepage" name="homepage" type="text" tabindex={-1} autocomplete="off" value="" />
      </div>
    </>
  );
}

/** The receipt as hidden fields of a form that needs it again (never in an address). */
export function ReceiptFields({ code, passphrase }: { code: string; passphrase: string }) {
  return (
    <>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="passphrase" value={passphrase} />
    </>
  );
}

/** The file picker with its limits said plainly. */
export function FilesField({
  lang,
  maxFiles,
  maxBytes,
}: {
  lang: Language;
  maxFiles: number;
  maxBytes: number;
}) {
  const size = sizeText(lang, maxBytes);
  return (
    <div class="field help-field">
      <label for="files" class="help-label">
        {t(lang, 'hp.field.files')} <span class="help-mark">({t(lang, 'hp.form.optional')})</span>
      </label>
      <p class="hint help-hint" id="files-hint">
        {t(lang, 'hp.field.files.hint', { count: maxFiles, size })}
      </p>
      <input
        class="help-input"
        id="files"
        name="files"
        type="file"
        multiple
        aria-describedby="files-hint"
        data-max-files={maxFiles}
        data-max-bytes={maxBytes}
      />
    </div>
  );
}
