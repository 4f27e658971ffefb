import type { Language } from '../../../shared/languages.js';
import type { ErrorDetail } from '../../http/errors.js';
import { fieldId, problemsNotice, reasonOf } from '../field-errors.js';
import type { Fields } from '../form-state.js';
import { one } from '../forms.js';
import type { Notice } from '../views/layout.js';
import type { Option } from './editor.options.js';

/*
 * The case page holds many small forms at once (one per involvement, proceeding and step), each
 * posting plain field names. A refused one comes back as typed, named by its scope, with each
 * reason beside its field; the other forms keep the record's values.
 */

/** The form that was refused: which one (its scope), what was typed, and the problems by field name. */
export interface Refused {
  scope: string;
  fields: Fields;
  errors: ErrorDetail[];
}

/** One form of the page: its values (the record's, or what was typed when it was refused) and problems. */
export interface CaseForm {
  lang: Language;
  scope: string;
  refused: boolean;
  value: (name: string, fallback?: string | null) => string;
  problem: (name: string) => string | null;
}

/** The form named by `scope`, as typed when it is the one refused. */
export function caseForm(lang: Language, scope: string, refused?: Refused): CaseForm {
  const mine = refused?.scope === scope ? refused : undefined;
  return {
    lang,
    scope,
    refused: mine !== undefined,
    value: (name, fallback) => (mine ? one(mine.fields[name]) : (fallback ?? '')),
    problem: (name) => {
      const detail = mine?.errors.find((e) => e.path === name || e.path.startsWith(`${name}.`));
      return detail && mine ? reasonOf(lang, detail, one(mine.fields[name])) : null;
    },
  };
}

/** The summary at the top of the page: each problem of the refused form with the label of its field. */
export function refusedNotice(lang: Language, refused: Refused, labels: Record<string, string>): Notice {
  const scoped = refused.errors.map((e) => ({ ...e, path: `${refused.scope}.${e.path}` }));
  const own = Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${refused.scope}.${k}`, v]));
  const typed = (path: string) => one(refused.fields[path.slice(refused.scope.length + 1)]);
  return problemsNotice(lang, scoped, typed, own);
}

const idOf = (form: CaseForm, name: string) => fieldId(`${form.scope}.${name}`);

function Problem({ form, name }: { form: CaseForm; name: string }) {
  const reason = form.problem(name);
  return reason ? (
    <span class="field-error" id={`${idOf(form, name)}-error`}>
      {reason}
    </span>
  ) : null;
}

const invalid = (form: CaseForm, name: string) =>
  form.problem(name)
    ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${idOf(form, name)}-error` }
    : {};

/** A one-line field of a case form, with its label and, when refused, the reason beside it. */
export function CaseField(p: {
  form: CaseForm;
  name: string;
  label: string;
  value?: string | null;
  type?: 'text' | 'number';
}) {
  const id = idOf(p.form, p.name);
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      <input
        id={id}
        name={p.name}
        type={p.type}
        min={p.type === 'number' ? 1 : undefined}
        value={p.form.value(p.name, p.value)}
        {...invalid(p.form, p.name)}
      />
      <Problem form={p.form} name={p.name} />
    </div>
  );
}

/** A drop-down list of a case form, with its label and, when refused, the reason beside it. */
export function CaseSelect(p: {
  form: CaseForm;
  name: string;
  label: string;
  list: Option[];
  value?: string | null;
}) {
  const id = idOf(p.form, p.name);
  const chosen = p.form.value(p.name, p.value);
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      <select id={id} name={p.name} {...invalid(p.form, p.name)}>
        {p.list.map((o) => (
          <option value={o.value} selected={o.value === chosen}>
            {o.label}
          </option>
        ))}
      </select>
      <Problem form={p.form} name={p.name} />
    </div>
  );
}
