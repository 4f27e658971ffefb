import type { Child } from 'hono/jsx';
import { type MessageKey, t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Language } from '../../../shared/languages.js';
import type { Fields, FormState } from '../form-state.js';

/** A field's problem code → the message beside it. */
const PROBLEMS: Record<string, MessageKey> = {
  required: 'ref.field.required',
  too_big: 'ref.field.tooBig',
  too_small: 'ref.field.tooSmall',
  invalid_date: 'ref.field.date',
  end_before_start: 'ref.field.beforeStart',
  inconsistent: 'ref.field.inconsistent',
  unknown_code: 'ref.field.unknown',
  unknown_id: 'ref.field.unknown',
  unknown_reference: 'ref.field.unknownReferences',
  not_allowed: 'ref.field.notAllowed',
};

/** The choices of a list: value, then the label shown. */
export type Options = readonly (readonly [string, string])[];

interface FieldProps {
  lang: Language;
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

const idOf = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
const valuesOf = (f: Fields, name: string) => [f[name] ?? []].flat().filter(Boolean);
const firstOf = (f: Fields, name: string) => valuesOf(f, name)[0] ?? '';

function problemOf(lang: Language, state: FormState, name: string): string | null {
  const detail = state.errors.find((e) => e.path === name || e.path.startsWith(`${name}.`));
  if (!detail) return null;
  if (detail.code === 'too_small' && firstOf(state.fields, name).trim() === '')
    return t(lang, 'ref.field.required');
  return t(lang, PROBLEMS[detail.code] ?? 'ref.field.invalid', { list: detail.message ?? '' });
}

/** What someone else saved, when it differs from what is in the field; null otherwise. */
function theirsOf(state: FormState, name: string, options?: Options): string | null {
  if (!state.theirs) return null;
  const norm = (f: Fields) =>
    valuesOf(f, name)
      .map((v) => v.trim())
      .sort()
      .join('\n');
  const theirs = norm(state.theirs);
  if (theirs === norm(state.fields)) return null;
  if (!options) return theirs;
  return valuesOf(state.theirs, name)
    .map((v) => options.find(([value]) => value === v)?.[1] ?? v)
    .join(', ');
}

/** The hint, the problem and the other person's value under a field, and the ids that name them. */
function Notes({ lang, state, name, hint, options }: Omit<FieldProps, 'label'> & { options?: Options }) {
  const id = idOf(name);
  const problem = problemOf(lang, state, name);
  const theirs = theirsOf(state, name, options);
  return (
    <>
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {problem ? (
        <span class="field-error" id={`${id}-error`}>
          {problem}
        </span>
      ) : null}
      {theirs !== null ? (
        <span class="theirs" id={`${id}-theirs`}>
          {t(lang, 'ref.theirs')} <span class="pre">{theirs || t(lang, 'ref.empty')}</span>
        </span>
      ) : null}
    </>
  );
}

function describedBy(lang: Language, state: FormState, name: string, hint?: string, options?: Options) {
  const id = idOf(name);
  const ids = [
    hint ? `${id}-hint` : null,
    problemOf(lang, state, name) ? `${id}-error` : null,
    theirsOf(state, name, options) !== null ? `${id}-theirs` : null,
  ].filter(Boolean);
  return {
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
    'aria-invalid': problemOf(lang, state, name) ? 'true' : undefined,
  };
}

/** A one-line field with its label. */
export function TextField(props: FieldProps & { type?: 'text' | 'date' | 'url' | 'number'; step?: string }) {
  const { lang, state, name, label, hint, required, type = 'text', step } = props;
  return (
    <div class="field">
      <label for={idOf(name)}>{label}</label>
      <input
        id={idOf(name)}
        name={name}
        type={type}
        step={step}
        value={firstOf(state.fields, name)}
        required={required}
        {...describedBy(lang, state, name, hint)}
      />
      <Notes lang={lang} state={state} name={name} hint={hint} />
    </div>
  );
}

/** A text area with its label. */
export function TextArea(props: FieldProps & { rows?: number }) {
  const { lang, state, name, label, hint, required, rows = 4 } = props;
  return (
    <div class="field">
      <label for={idOf(name)}>{label}</label>
      <textarea
        id={idOf(name)}
        name={name}
        rows={rows}
        required={required}
        {...describedBy(lang, state, name, hint)}
      >
        {firstOf(state.fields, name)}
      </textarea>
      <Notes lang={lang} state={state} name={name} hint={hint} />
    </div>
  );
}

/** A drop-down list with its label. */
export function SelectField(props: FieldProps & { options: Options }) {
  const { lang, state, name, label, hint, options } = props;
  const value = firstOf(state.fields, name);
  return (
    <div class="field">
      <label for={idOf(name)}>{label}</label>
      <select id={idOf(name)} name={name} {...describedBy(lang, state, name, hint, options)}>
        {options.map(([v, text]) => (
          <option value={v} selected={v === value}>
            {text}
          </option>
        ))}
      </select>
      <Notes lang={lang} state={state} name={name} hint={hint} options={options} />
    </div>
  );
}

/** One checkbox that sends "true" when ticked. */
export function CheckField({ lang, state, name, label }: FieldProps) {
  const options = [['true', t(lang, 'ref.yes')]] as const;
  return (
    <div class="field">
      <label class="check">
        <input
          type="checkbox"
          name={name}
          value="true"
          checked={firstOf(state.fields, name) === 'true'}
          {...describedBy(lang, state, name, undefined, options)}
        />{' '}
        {label}
      </label>
      {state.theirs && theirsOf(state, name) !== null ? (
        <span class="theirs" id={`${idOf(name)}-theirs`}>
          {t(lang, 'ref.theirs')} {t(lang, firstOf(state.theirs, name) === 'true' ? 'ref.yes' : 'ref.no')}
        </span>
      ) : null}
    </div>
  );
}

/** A group of checkboxes under a legend (several values of one field). */
export function CheckGroup(props: FieldProps & { options: Options }) {
  const { lang, state, name, label, hint, options } = props;
  const chosen = new Set(valuesOf(state.fields, name));
  return (
    <fieldset
      class="field checks"
      aria-describedby={describedBy(lang, state, name, hint, options)['aria-describedby']}
    >
      <legend>{label}</legend>
      {options.map(([value, text]) => (
        <label class="check">
          <input type="checkbox" name={name} value={value} checked={chosen.has(value)} /> {text}
        </label>
      ))}
      <Notes lang={lang} state={state} name={name} hint={hint} options={options} />
    </fieldset>
  );
}

/** The same field in kk, ru and en, side by side on a wide screen. */
export function LanguageFields(props: {
  lang: Language;
  state: FormState;
  prefix: string;
  legend: string;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
}) {
  const { lang, state, prefix, legend, hint, multiline, required } = props;
  return (
    <fieldset class="field languages">
      <legend>{legend}</legend>
      {hint ? <span class="hint">{hint}</span> : null}
      <div class="columns">
        {LANGUAGES.map((l) => {
          const name = `${prefix}.${l}`;
          const attrs = { id: idOf(name), name, lang: l, required, ...describedBy(lang, state, name) };
          return (
            <div>
              <label for={idOf(name)}>{t(lang, `ref.lang.${l}`)}</label>
              {multiline ? (
                <textarea rows={6} {...attrs}>
                  {firstOf(state.fields, name)}
                </textarea>
              ) : (
                <input value={firstOf(state.fields, name)} {...attrs} />
              )}
              <Notes lang={lang} state={state} name={name} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The version the form was read at, and the CSRF token, in every record form. */
export function Hidden({ state, csrf }: { state: FormState; csrf: string }): Child {
  const v = firstOf(state.fields, 'version');
  return (
    <>
      <input type="hidden" name="_csrf" value={csrf} />
      {v ? <input type="hidden" name="version" value={v} /> : null}
    </>
  );
}
