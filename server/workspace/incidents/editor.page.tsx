import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { labelOf } from '../field-errors.js';
import type { FormState } from '../form-state.js';
import { LanguageFields, SelectField, TextArea, TextField } from '../views/fields.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from '../views/layout.js';
import type { EditorOptions } from './editor.options.js';
import { type RowCandidates, SourceRows, VictimRows, ViolationRows } from './editor.rows.js';
import type { FormValues } from './incident-form.js';

const LANGS: Language[] = ['kk', 'ru', 'en'];

/** The script that adds and removes rows, filters cities and suggests people; the page works without it. */
export const EDITOR_SCRIPT = '/static/editor.js';

/** A change someone else saved while this person was editing, shown beside their own input. */
export interface TheirChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface EditorProps {
  lang: Language;
  me: Me;
  values: FormValues;
  options: EditorOptions;
  /** Present when editing: the incident's reference. */
  reference: string | null;
  mayChangeVisibility: boolean;
  notice?: Notice | undefined;
  /** The problems of a refused save, by the form's field names. */
  errors?: FormState['errors'];
  /** People offered under victim rows, by row. */
  candidates?: Map<number, RowCandidates>;
  conflict?: { by: string; changes: TheirChange[] } | undefined;
}

const show = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

function Conflict({ lang, conflict }: { lang: Language; conflict: NonNullable<EditorProps['conflict']> }) {
  return (
    <section class="conflict" aria-labelledby="conflict">
      <h2 id="conflict">{t(lang, 'wi.conflict', { name: conflict.by })}</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'wi.field')}</th>
              <th scope="col">{t(lang, 'wi.before')}</th>
              <th scope="col">{t(lang, 'wi.after')}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((c) => (
              <tr>
                <th scope="row">{labelOf(lang, c.path)}</th>
                <td>{show(c.before)}</td>
                <td data-their-change={c.path}>{show(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Who may see the incident: chosen by those who decide visibility, shown to everyone else. */
function Visibility({ lang, state, may }: { lang: Language; state: FormState; may: boolean }) {
  const value = String(state.fields.visibility || 'restricted') as 'public' | 'restricted' | 'confidential';
  const options = (['public', 'restricted', 'confidential'] as const).map(
    (x) => [x, t(lang, `wi.vis.${x}`)] as [string, string],
  );
  if (may) {
    return (
      <SelectField
        lang={lang}
        state={state}
        name="visibility"
        label={t(lang, 'wi.visibility')}
        options={options}
      />
    );
  }
  return (
    <div class="field">
      <input type="hidden" name="visibility" value={value} />
      <span class="label">{t(lang, 'wi.visibility')}</span>
      <p>{t(lang, `wi.vis.${value}`)}</p>
    </div>
  );
}

/** The incident editor: every field of the document, labels above fields, texts in three languages side by side. */
export function EditorPage(p: EditorProps) {
  const { lang, values: v, options } = p;
  const state: FormState = { fields: v, errors: p.errors ?? [], theirs: null };
  const f = { lang, state };
  const action = p.reference
    ? `/${lang}/workspace/incidents/${p.reference}/edit`
    : `/${lang}/workspace/incidents/new`;
  const title = p.reference ? `${t(lang, 'wi.edit')} ${p.reference}` : t(lang, 'wi.new');
  return (
    <WorkspaceLayout
      lang={lang}
      title={title}
      path={action}
      me={p.me}
      section="incidents"
      notice={p.notice}
      script={EDITOR_SCRIPT}
    >
      <h1>{title}</h1>
      {p.conflict ? <Conflict lang={lang} conflict={p.conflict} /> : null}
      <form method="post" action={action} class="record editor" novalidate>
        {/* The first button of a form is what Enter presses: saving, not "find" or "remove". */}
        <button type="submit" class="default-submit" tabindex={-1}>
          {t(lang, 'wi.save')}
        </button>
        <Csrf token={p.me.csrf} />
        <input type="hidden" name="version" value={v.version ?? ''} />
        <input type="hidden" name="verification" value={v.verification || 'reported'} />
        <input type="hidden" name="seriesId" value={v.seriesId ?? ''} />
        {v.helpRequest ? <input type="hidden" name="helpRequest" value={v.helpRequest} /> : null}
        <fieldset class="section">
          <legend>{t(lang, 'wi.when')}</legend>
          <TextField
            {...f}
            name="date.start"
            label={t(lang, 'ed.f.start')}
            hint={t(lang, 'ed.dateHint')}
            extra={{ inputmode: 'numeric' }}
          />
          <TextField
            {...f}
            name="date.end"
            label={t(lang, 'ed.f.end')}
            hint={t(lang, 'ed.endHint')}
            extra={{ inputmode: 'numeric' }}
          />
        </fieldset>
        <fieldset class="section">
          <legend>{t(lang, 'wi.where')}</legend>
          <TextField
            {...f}
            name="place.country"
            label={t(lang, 'ed.f.country')}
            hint={t(lang, 'ed.countryHint')}
            maxlength={2}
          />
          <SelectField
            {...f}
            name="place.region"
            label={t(lang, 'wi.region')}
            options={[['', t(lang, 'wi.none')], ...options.regions]}
            extra={{ 'data-region-select': '' }}
          />
          <SelectField
            {...f}
            name="place.city"
            label={t(lang, 'wi.city')}
            hint={t(lang, 'ed.regionFirst')}
            options={[['', t(lang, 'wi.none')]]}
            groups={options.cities}
            extra={{ 'data-city-select': '' }}
          />
          <SelectField
            {...f}
            name="place.type"
            label={t(lang, 'wi.placeType')}
            options={[['', t(lang, 'wi.none')], ...options.placeTypes]}
          />
          <LanguageFields {...f} prefix="place.detail" legend={t(lang, 'wi.placeDetail')} maxlength={20000} />
        </fieldset>
        <fieldset class="section">
          <legend>{t(lang, 'wi.text')}</legend>
          <SelectField
            {...f}
            name="originalLanguage"
            label={t(lang, 'wi.originalLanguage')}
            options={LANGS.map((l) => [l, t(lang, `ref.lang.${l}`)] as [string, string])}
          />
          <LanguageFields {...f} prefix="title" legend={t(lang, 'wi.title')} maxlength={20000} />
          <LanguageFields
            {...f}
            prefix="description"
            legend={t(lang, 'wi.description')}
            multiline
            maxlength={20000}
          />
        </fieldset>
        <fieldset class="section">
          <legend>{t(lang, 'wi.visibility')}</legend>
          <Visibility lang={lang} state={state} may={p.mayChangeVisibility} />
          <TextArea
            {...f}
            name="internalNotes"
            label={t(lang, 'wi.internalNotes')}
            rows={3}
            maxlength={20000}
          />
        </fieldset>
        <VictimRows {...f} options={options} candidates={p.candidates ?? new Map()} />
        <ViolationRows {...f} options={options} />
        <SourceRows {...f} options={options} mayRelease={p.mayChangeVisibility} />
        <p class="actions">
          <button type="submit">{t(lang, 'wi.save')}</button>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
