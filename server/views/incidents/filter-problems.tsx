import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { FilterProblem } from '../../web/filter-problems.js';

/** The refused filters, listed above the results with a link to each field that is on the form. */
export function FilterSummary({
  lang,
  problems,
  onForm,
}: {
  lang: Language;
  problems: FilterProblem[];
  onForm: readonly string[];
}) {
  if (problems.length === 0) return null;
  return (
    <div class="filter-problems" role="alert">
      <p>{t(lang, 'pp.filter.refused')}</p>
      <ul>
        {problems.map((p) => (
          <li>
            {onForm.includes(p.field) ? <a href={`#${p.field}`}>{p.label}</a> : p.label}: {p.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The attributes that tie a field to its reason, for screen readers and for the eye. */
export function reasonAttributes(problems: FilterProblem[] | undefined, field: string) {
  return problems?.some((p) => p.field === field)
    ? { 'aria-invalid': 'true', 'aria-describedby': `${field}-reason` }
    : {};
}

/** The reason a field was refused, right under it. */
export function FieldReason({ problems, field }: { problems: FilterProblem[] | undefined; field: string }) {
  const problem = problems?.find((p) => p.field === field);
  return problem ? (
    <p class="field-error" id={`${field}-reason`}>
      {problem.reason}
    </p>
  ) : null;
}
