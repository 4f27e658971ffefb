import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from '../views/layout.js';
import type { EditorOptions, Option } from './editor.options.js';
import { BLANK_ROWS, type FormValues, rowCount } from './incident-form.js';

const LANGS: Language[] = ['kk', 'ru', 'en'];

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
  /** Paths of fields with errors, marked in the form. */
  invalid?: Set<string>;
  conflict?: { by: string; changes: TheirChange[] } | undefined;
}

function Select({
  name,
  id,
  value,
  options,
  empty,
  invalid,
}: {
  name: string;
  id: string;
  value: string;
  options: Option[];
  empty?: string;
  invalid?: boolean;
}) {
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const render = (list: Option[]) =>
    list.map((o) => (
      <option value={o.value} selected={o.value === value}>
        {o.label}
      </option>
    ));
  return (
    <select id={id} name={name} aria-invalid={invalid ? 'true' : undefined}>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {groups.length > 1
        ? groups.map((g) => (
            <optgroup label={g}>{render(options.filter((o) => (o.group ?? '') === g))}</optgroup>
          ))
        : render(options)}
    </select>
  );
}

const show = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * Whether a source may be shown publicly: unchecked for a new source, and only someone who
 * decides visibility may tick it; for anyone else the box is read-only and the value kept.
 */
function SourcePublic(p: {
  name: string;
  checked: boolean;
  mayRelease: boolean;
  label: string;
  hint: string;
}) {
  return (
    <label class="check">
      {!p.mayRelease && p.checked ? <input type="hidden" name={p.name} value="true" /> : null}
      <input type="checkbox" name={p.name} value="true" checked={p.checked} disabled={!p.mayRelease} />{' '}
      {p.label}
      {p.mayRelease ? null : <span class="meta"> · {p.hint}</span>}
    </label>
  );
}

/** The incident editor: every field of the document, texts in the three languages side by side. */
export function EditorPage(p: EditorProps) {
  const { lang, values: v, options } = p;
  const field = (name: string) => v[name] ?? '';
  const bad = (name: string) => p.invalid?.has(name) ?? false;
  const input = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <>
      <label for={name}>{label}</label>
      <input
        id={name}
        name={name}
        value={field(name)}
        aria-invalid={bad(name) ? 'true' : undefined}
        {...extra}
      />
    </>
  );
  const side = (prefix: string, label: string, multiline: boolean) => (
    <fieldset class="languages">
      <legend>{label}</legend>
      {LANGS.map((l) => (
        <div>
          <label for={`${prefix}.${l}`} lang={l}>
            {l}
          </label>
          {multiline ? (
            <textarea id={`${prefix}.${l}`} name={`${prefix}.${l}`} rows={6} lang={l}>
              {field(`${prefix}.${l}`)}
            </textarea>
          ) : (
            <input
              id={`${prefix}.${l}`}
              name={`${prefix}.${l}`}
              value={field(`${prefix}.${l}`)}
              lang={l}
              aria-invalid={bad(`${prefix}.${l}`) ? 'true' : undefined}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
  const rows = (group: keyof typeof BLANK_ROWS) => [...Array(rowCount(v, group) + BLANK_ROWS[group]).keys()];
  const victimRows = rows('victims');
  const action = p.reference
    ? `/${lang}/workspace/incidents/${p.reference}/edit`
    : `/${lang}/workspace/incidents/new`;
  const title = p.reference ? `${t(lang, 'wi.edit')} ${p.reference}` : t(lang, 'wi.new');
  return (
    <WorkspaceLayout lang={lang} title={title} path={action} me={p.me} section="incidents" notice={p.notice}>
      <h1>{title}</h1>
      {p.conflict ? (
        <section class="conflict" aria-labelledby="conflict">
          <h2 id="conflict">{t(lang, 'wi.conflict', { name: p.conflict.by })}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'wi.field')}</th>
                <th scope="col">{t(lang, 'wi.before')}</th>
                <th scope="col">{t(lang, 'wi.after')}</th>
              </tr>
            </thead>
            <tbody>
              {p.conflict.changes.map((c) => (
                <tr>
                  <th scope="row">
                    <code>{c.path}</code>
                  </th>
                  <td>{show(c.before)}</td>
                  <td data-their-change={c.path}>{show(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <form method="post" action={action} class="editor">
        <Csrf token={p.me.csrf} />
        <input type="hidden" name="version" value={field('version')} />
        <input type="hidden" name="verification" value={field('verification') || 'reported'} />
        <input type="hidden" name="seriesId" value={field('seriesId')} />
        <fieldset>
          <legend>{t(lang, 'wi.when')}</legend>
          {input('date.start', t(lang, 'wi.start'), { inputmode: 'numeric' })}
          {input('date.end', t(lang, 'wi.end'), { inputmode: 'numeric' })}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'wi.where')}</legend>
          {input('place.country', t(lang, 'wi.country'), { maxlength: 2 })}
          <label for="place.region">{t(lang, 'wi.region')}</label>
          <Select
            id="place.region"
            name="place.region"
            value={field('place.region')}
            options={options.regions}
            empty={t(lang, 'wi.none')}
            invalid={bad('place.region')}
          />
          <label for="place.city">{t(lang, 'wi.city')}</label>
          <Select
            id="place.city"
            name="place.city"
            value={field('place.city')}
            options={options.cities}
            empty={t(lang, 'wi.none')}
            invalid={bad('place.city')}
          />
          <label for="place.type">{t(lang, 'wi.placeType')}</label>
          <Select
            id="place.type"
            name="place.type"
            value={field('place.type')}
            options={options.placeTypes}
            empty={t(lang, 'wi.none')}
          />
          {side('place.detail', t(lang, 'wi.placeDetail'), false)}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'wi.text')}</legend>
          {side('title', t(lang, 'wi.title'), false)}
          {side('description', t(lang, 'wi.description'), true)}
          <label for="originalLanguage">{t(lang, 'wi.originalLanguage')}</label>
          <Select
            id="originalLanguage"
            name="originalLanguage"
            value={field('originalLanguage') || lang}
            options={LANGS.map((l) => ({ value: l, label: l }))}
          />
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'wi.visibility')}</legend>
          {p.mayChangeVisibility ? (
            <>
              <label class="visually-hidden" for="visibility">
                {t(lang, 'wi.visibility')}
              </label>
              <Select
                id="visibility"
                name="visibility"
                value={field('visibility') || 'restricted'}
                options={(['public', 'restricted', 'confidential'] as const).map((x) => ({
                  value: x,
                  label: t(lang, `wi.vis.${x}`),
                }))}
              />
            </>
          ) : (
            <>
              <input type="hidden" name="visibility" value={field('visibility') || 'restricted'} />
              <p>
                {t(
                  lang,
                  `wi.vis.${(field('visibility') || 'restricted') as 'public' | 'restricted' | 'confidential'}`,
                )}
              </p>
            </>
          )}
          <label for="internalNotes">{t(lang, 'wi.internalNotes')}</label>
          <textarea id="internalNotes" name="internalNotes" rows={3}>
            {field('internalNotes')}
          </textarea>
        </fieldset>
        <p class="meta">{t(lang, 'wi.rowHint')}</p>
        <fieldset>
          <legend>{t(lang, 'wi.victims')}</legend>
          <datalist id="people">
            {options.people.map((name) => (
              <option value={name} />
            ))}
          </datalist>
          {victimRows.map((i) => (
            <div class="row">
              <input type="hidden" name={`victims.${i}.personId`} value={field(`victims.${i}.personId`)} />
              {input(`victims.${i}.person`, `${t(lang, 'wi.victimPerson')} (v${i})`, {
                list: 'people',
                autocomplete: 'off',
              })}
              <label for={`victims.${i}.role`}>{t(lang, 'wi.victimRole')}</label>
              <Select
                id={`victims.${i}.role`}
                name={`victims.${i}.role`}
                value={field(`victims.${i}.role`)}
                options={options.victimRoles}
                empty={t(lang, 'wi.none')}
              />
              <label class="check">
                <input
                  type="checkbox"
                  name={`victims.${i}.consent`}
                  value="true"
                  checked={field(`victims.${i}.consent`) === 'true'}
                />{' '}
                {t(lang, 'wi.consent')}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'wi.violations')}</legend>
          {rows('violations').map((i) => (
            <div class="row">
              <input type="hidden" name={`violations.${i}.id`} value={field(`violations.${i}.id`)} />
              <input
                type="hidden"
                name={`violations.${i}.description`}
                value={field(`violations.${i}.description`)}
              />
              <label for={`violations.${i}.typeCode`}>{t(lang, 'wi.violationType')}</label>
              <Select
                id={`violations.${i}.typeCode`}
                name={`violations.${i}.typeCode`}
                value={field(`violations.${i}.typeCode`)}
                options={options.types}
                empty={t(lang, 'wi.none')}
                invalid={bad(`violations.${i}.typeCode`)}
              />
              <label for={`violations.${i}.victim`}>{t(lang, 'wi.violationVictim')}</label>
              <Select
                id={`violations.${i}.victim`}
                name={`violations.${i}.victim`}
                value={field(`violations.${i}.victim`)}
                options={victimRows.map((k) => ({
                  value: `v${k}`,
                  label: field(`victims.${k}.person`) || `v${k}`,
                }))}
                empty={t(lang, 'wi.nobodyNamed')}
              />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'wi.sources')}</legend>
          {rows('sources').map((i) => (
            <div class="row">
              {['id', 'sha256', 'capturedAt'].map((name) => (
                <input type="hidden" name={`sources.${i}.${name}`} value={field(`sources.${i}.${name}`)} />
              ))}
              <label for={`sources.${i}.type`}>{t(lang, 'wi.sourceType')}</label>
              <Select
                id={`sources.${i}.type`}
                name={`sources.${i}.type`}
                value={field(`sources.${i}.type`) || 'media_report'}
                options={options.sourceTypes}
              />
              {input(`sources.${i}.url`, t(lang, 'wi.url'), { type: 'url' })}
              {input(`sources.${i}.title`, t(lang, 'wi.sourceTitle'))}
              {input(`sources.${i}.publisher`, t(lang, 'wi.publisher'))}
              {input(`sources.${i}.language`, t(lang, 'wi.sourceLanguage'), { maxlength: 3 })}
              {input(`sources.${i}.publishedOn`, t(lang, 'wi.publishedOn'))}
              <label for={`sources.${i}.reliability`}>{t(lang, 'wi.reliability')}</label>
              <Select
                id={`sources.${i}.reliability`}
                name={`sources.${i}.reliability`}
                value={field(`sources.${i}.reliability`) || 'unknown'}
                options={(['confirmed', 'reliable', 'unconfirmed', 'doubtful', 'unknown'] as const).map(
                  (r) => ({ value: r, label: t(lang, `wi.rel.${r}`) }),
                )}
              />
              <label for={`sources.${i}.excerpt`}>{t(lang, 'wi.excerpt')}</label>
              <textarea id={`sources.${i}.excerpt`} name={`sources.${i}.excerpt`} rows={2}>
                {field(`sources.${i}.excerpt`)}
              </textarea>
              <SourcePublic
                name={`sources.${i}.public`}
                checked={field(`sources.${i}.public`) === 'true'}
                mayRelease={p.mayChangeVisibility}
                label={t(lang, 'wi.sourcePublic')}
                hint={t(lang, 'wi.sourceReleaseByEditor')}
              />
            </div>
          ))}
        </fieldset>
        <button type="submit">{t(lang, 'wi.save')}</button>
      </form>
    </WorkspaceLayout>
  );
}
