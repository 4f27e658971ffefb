import type { Child } from 'hono/jsx';
import { t } from '../../../shared/i18n/index.js';
import { LANGUAGES, type Language } from '../../../shared/languages.js';
import { fieldId, reasonOf } from '../field-errors.js';
import type { Fields, FormState } from '../form-state.js';

/** The choices of a list: value, then the label shown. */
export type Options = readonly (readonly [string, string])[];

interface FieldProps {
  lang: Language;
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** The most characters the field takes: told beside it and enforced by the browser too. */
  maxlength?: number;
}

const idOf = fieldId;
const valuesOf = (f: Fields, name: string) => [f[name] ?? []].flat().filter(Boolean);
const firstOf = (f: Fields, name: string) => valuesOf(f, name)[0] ?? '';

function problemOf(lang: Language, state: FormState, name: string): string | null {
  const detail = state.errors.find((e) => e.path === name || e.path.startsWith(`${name}.`));
  if (!detail) return null;
  return reasonOf(lang, detail, firstOf(state.fields, detail.path) || firstOf(state.fields, name));
}

/** The hint under a field, with its limit when it has one. */
export function hintOf(lang: Language, hint?: string, maxlength?: number): string | undefined {
  const limit = maxlength ? t(lang, 'ed.limit.chars', { limit: maxlength }) : '';
  return [hint, limit].filter(Boolean).join(' ') || undefined;
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
export function TextField(
  props: FieldProps & {
    type?: 'text' | 'date' | 'url' | 'number';
    step?: string;
    /** Further attributes of the input (inputmode, autocomplete, data-*). */
    extra?: Record<string, string>;
  },
) {
  const { lang, state, name, label, required, type = 'text', step, maxlength, extra } = props;
  const hint = hintOf(lang, props.hint, maxlength);
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
        maxlength={maxlength}
        {...extra}
        {...describedBy(lang, state, name, hint)}
      />
      <Notes lang={lang} state={state} name={name} hint={hint} />
    </div>
  );
}

/** A text area with its label. */
export function TextArea(props: FieldProps & { rows?: number }) {
  const { lang, state, name, label, required, rows = 4, maxlength } = props;
  const hint = hintOf(lang, props.hint, maxlength);
  return (
    <div class="field">
      <label for={idOf(name)}>{label}</label>
      <textarea
        id={idOf(name)}
        name={name}
        rows={rows}
        required={required}
        maxlength={maxlength}
        {...describedBy(lang, state, name, hint)}
      >
        {firstOf(state.fields, name)}
      </textarea>
      <Notes lang={lang} state={state} name={name} hint={hint} />
    </div>
  );
}

/** A drop-down list with its label. */
export function SelectField(
  props: FieldProps & {
    options: Options;
    /** Choices under headings (cities under their region), after the plain `options`. */
    groups?: readonly { label: string; options: Options; data?: Record<string, string> }[];
    extra?: Record<string, string>;
  },
) {
  const { lang, state, name, label, hint, groups = [], extra } = props;
  const value = firstOf(state.fields, name);
  const options = [...props.options, ...groups.flatMap((g) => g.options)];
  const render = (list: Options) =>
    list.map(([v, text]) => (
      <option value={v} selected={v === value}>
        {text}
      </option>
    ));
  return (
    <div class="field">
      <label for={idOf(name)}>{label}</label>
      <select id={idOf(name)} name={name} {...extra} {...describedBy(lang, state, name, hint, options)}>
        {render(props.options)}
        {groups.map((g) => (
          <optgroup label={g.label} {...g.data}>
            {render(g.options)}
          </optgroup>
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
  maxlength?: number;
}) {
  const { lang, state, prefix, legend, multiline, required, maxlength } = props;
  const hint = hintOf(lang, props.hint, maxlength);
  return (
    <fieldset class="field languages">
      <legend>{legend}</legend>
      {hint ? <span class="hint">{hint}</span> : null}
      <div class="columns">
        {LANGUAGES.map((l) => {
          const name = `${prefix}.${l}`;
          const attrs = {
            id: idOf(name),
            name,
            lang: l,
            required,
            maxlength,
            ...describedBy(lang, state, name),
          };
          return (
            <div>
              <label for={idOf(name)}>{t(lang, `ref.lang.${l}`)}</label>
              {multiline ? (
                <textarea rows={6} {...attrs}>
                  {firstOf(state.fields, name)}
                </textarea>
              ) : (
                <input {...attrs} value={firstOf(state.fields, name)} />
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
