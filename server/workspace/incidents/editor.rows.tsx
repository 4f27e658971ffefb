import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { PersonCandidate } from '../../modules/people/person-search.js';
import { fieldId } from '../field-errors.js';
import type { FormState } from '../form-state.js';
import { CheckField, LanguageFields, SelectField, TextArea, TextField } from '../views/fields.js';
import type { EditorOptions } from './editor.options.js';
import { type Group, rowCount } from './incident-form.js';
import { VictimCandidates } from './victim-candidates.js';

/** What a victim row shows under the name after a search: candidates, and whether it is a warning. */
export interface RowCandidates {
  candidates: PersonCandidate[];
  /** A near namesake found on saving (a warning), rather than a search asked for. */
  warn: boolean;
}

interface RowsProps {
  lang: Language;
  state: FormState;
  options: EditorOptions;
}

const LEGEND = {
  victims: 'ed.row.victim',
  violations: 'ed.row.violation',
  sources: 'ed.row.source',
} as const;

/** How many rows of a group the form shows: those it holds, and at least one. */
export const shownRows = (state: FormState, group: Group) => [
  ...Array(Math.max(rowCount(state.fields as Record<string, string>, group), 1)).keys(),
];

const value = (state: FormState, name: string) => {
  const v = state.fields[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

/**
 * A group of rows with "add" and "remove" buttons: without a script they send the form, which
 * comes back with a row more or less and everything typed; the editor's script does the same
 * in the page without sending anything.
 */
function Rows(props: {
  lang: Language;
  group: Group;
  legend: string;
  rows: number[];
  row: (i: number) => unknown;
}) {
  const { lang, group } = props;
  const template = t(lang, LEGEND[group], { n: '{n}' });
  return (
    <fieldset class="rows" data-rows={group} id={group}>
      <legend>{props.legend}</legend>
      <p class="hint">{t(lang, 'ed.removeHint')}</p>
      {props.rows.map((i) => (
        <fieldset class="row" data-row={i}>
          <legend data-template={template}>{t(lang, LEGEND[group], { n: i + 1 })}</legend>
          {props.row(i)}
          <button
            type="submit"
            class="secondary remove"
            name="_remove"
            value={`${group}.${i}`}
            formnovalidate
            data-template={t(lang, `ed.remove.${group}`, { n: '{n}' })}
          >
            {t(lang, `ed.remove.${group}`, { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="submit" class="secondary add" name="_add" value={group} formnovalidate>
        {t(lang, `ed.add.${group}`)}
      </button>
    </fieldset>
  );
}

/** The outlets a victim works for, chosen from those recorded. */
function Outlets({ lang, state, options, i }: RowsProps & { i: number }) {
  if (options.outlets.length === 0) return null;
  const name = `victims.${i}.outletIds`;
  const chosen = new Set(value(state, name).split(','));
  return (
    <div class="field">
      <input type="hidden" name={`victims.${i}.outletsShown`} value="true" />
      <label for={fieldId(name)}>{t(lang, 'ed.victimOutlets')}</label>
      <select
        id={fieldId(name)}
        name={name}
        multiple
        size={Math.min(options.outlets.length, 4)}
        aria-describedby={`${fieldId(name)}-hint`}
      >
        {options.outlets.map(([id, label]) => (
          <option value={id} selected={chosen.has(id)}>
            {label}
          </option>
        ))}
      </select>
      <span class="hint" id={`${fieldId(name)}-hint`}>
        {t(lang, 'ed.victimOutletsHint')}
      </span>
    </div>
  );
}

/** The victims: each a person found among those recorded, or a new one. */
export function VictimRows(props: RowsProps & { candidates: Map<number, RowCandidates> }) {
  const { lang, state, options } = props;
  const f = { lang, state };
  return (
    <Rows
      lang={lang}
      group="victims"
      legend={t(lang, 'wi.victims')}
      rows={shownRows(state, 'victims')}
      row={(i) => (
        <>
          <input type="hidden" name={`victims.${i}.personId`} value={value(state, `victims.${i}.personId`)} />
          <input type="hidden" name={`victims.${i}.new`} value={value(state, `victims.${i}.new`)} />
          <div class="picker">
            <TextField
              {...f}
              name={`victims.${i}.person`}
              label={t(lang, 'ed.victimName')}
              hint={t(lang, 'ed.victimNameHint')}
              maxlength={300}
              extra={{ autocomplete: 'off', 'data-person-search': String(i) }}
            />
            <button type="submit" class="secondary find" name="_find" value={String(i)} formnovalidate>
              {t(lang, 'ed.find')}
            </button>
          </div>
          <VictimCandidates
            lang={lang}
            i={i}
            state={state}
            options={options}
            found={props.candidates.get(i)}
          />
          <SelectField
            {...f}
            name={`victims.${i}.role`}
            label={t(lang, 'wi.victimRole')}
            options={[['', t(lang, 'wi.none')], ...options.victimRoles]}
          />
          <CheckField {...f} name={`victims.${i}.consent`} label={t(lang, 'wi.consent')} />
          <Outlets {...props} i={i} />
        </>
      )}
    />
  );
}

/** The violations: a type, the victim it was done to, and a note of its own. */
export function ViolationRows(props: RowsProps) {
  const { lang, state, options } = props;
  const f = { lang, state };
  const victims = shownRows(state, 'victims').map(
    (k) =>
      [`v${k}`, value(state, `victims.${k}.person`) || t(lang, 'ed.row.victim', { n: k + 1 })] as [
        string,
        string,
      ],
  );
  return (
    <Rows
      lang={lang}
      group="violations"
      legend={t(lang, 'wi.violations')}
      rows={shownRows(state, 'violations')}
      row={(i) => (
        <>
          <input type="hidden" name={`violations.${i}.id`} value={value(state, `violations.${i}.id`)} />
          <SelectField
            {...f}
            name={`violations.${i}.typeCode`}
            label={t(lang, 'wi.violationType')}
            options={[['', t(lang, 'wi.none')]]}
            groups={options.types}
          />
          <SelectField
            {...f}
            name={`violations.${i}.victim`}
            label={t(lang, 'wi.violationVictim')}
            options={[['', t(lang, 'wi.nobodyNamed')], ...victims]}
            extra={{ 'data-victim-select': '' }}
          />
          <LanguageFields
            {...f}
            prefix={`violations.${i}.note`}
            legend={t(lang, 'ed.violationNote')}
            hint={t(lang, 'ed.violationNoteHint')}
            multiline
            maxlength={20000}
          />
        </>
      )}
    />
  );
}

/** The sources: where the record comes from, and whether the public may see each one. */
export function SourceRows(props: RowsProps & { mayRelease: boolean }) {
  const { lang, state, options } = props;
  const f = { lang, state };
  const reliability = (['unknown', 'confirmed', 'reliable', 'unconfirmed', 'doubtful'] as const).map(
    (r) => [r, t(lang, `wi.rel.${r}`)] as [string, string],
  );
  return (
    <Rows
      lang={lang}
      group="sources"
      legend={t(lang, 'wi.sources')}
      rows={shownRows(state, 'sources')}
      row={(i) => {
        const name = (field: string) => `sources.${i}.${field}`;
        const isPublic = value(state, name('public')) === 'true';
        return (
          <>
            {['id', 'sha256', 'capturedAt'].map((field) => (
              <input type="hidden" name={name(field)} value={value(state, name(field))} />
            ))}
            <SelectField
              {...f}
              name={name('type')}
              label={t(lang, 'wi.sourceType')}
              options={options.sourceTypes}
            />
            <TextField
              {...f}
              name={name('url')}
              type="url"
              label={t(lang, 'ed.f.url')}
              hint={t(lang, 'ed.urlHint')}
              maxlength={2000}
            />
            <TextField {...f} name={name('title')} label={t(lang, 'wi.sourceTitle')} maxlength={1000} />
            <TextField {...f} name={name('publisher')} label={t(lang, 'wi.publisher')} maxlength={300} />
            <TextField
              {...f}
              name={name('language')}
              label={t(lang, 'ed.f.language')}
              hint={t(lang, 'ed.languageHint')}
              maxlength={3}
            />
            <TextField
              {...f}
              name={name('publishedOn')}
              label={t(lang, 'ed.f.publishedOn')}
              hint={t(lang, 'ed.publishedHint')}
              extra={{ inputmode: 'numeric' }}
            />
            <SelectField
              {...f}
              name={name('reliability')}
              label={t(lang, 'wi.reliability')}
              options={reliability}
            />
            <TextArea {...f} name={name('excerpt')} label={t(lang, 'wi.excerpt')} rows={2} maxlength={5000} />
            {props.mayRelease ? (
              <CheckField {...f} name={name('public')} label={t(lang, 'wi.sourcePublic')} />
            ) : (
              <p class="meta">
                {isPublic ? <input type="hidden" name={name('public')} value="true" /> : null}
                {t(lang, 'wi.sourcePublic')}: {t(lang, isPublic ? 'ref.yes' : 'ref.no')} ·{' '}
                {t(lang, 'wi.sourceReleaseByEditor')}
              </p>
            )}
          </>
        );
      }}
    />
  );
}
