import { formatDate, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { candidateName, type PersonCandidate } from '../../modules/people/person-search.js';
import type { FormState } from '../form-state.js';
import type { EditorOptions } from './editor.options.js';
import type { RowCandidates } from './editor.rows.js';

/** Who a candidate is, in a line: roles, outlets, latest incident. */
export function whoTheyAre(lang: Language, c: PersonCandidate, roles: Map<string, string>): string {
  const parts = [
    c.roles.map((r) => roles.get(r) ?? r).join(', '),
    c.outlets.map((o) => o.name).join(', '),
    c.lastIncident
      ? t(lang, 'ed.lastIncident', {
          date: c.lastIncident.date ? formatDate(lang, c.lastIncident.date, 'day') : '—',
          title:
            c.lastIncident.title[lang] ||
            Object.values(c.lastIncident.title).find(Boolean) ||
            c.lastIncident.reference,
        })
      : t(lang, 'ed.noIncident'),
  ];
  return parts.filter(Boolean).join(' · ');
}

/**
 * Under a victim's name: the people already recorded with a similar name, to choose one of them or
 * to create a new person anyway. After a save it is a warning; after "find", a choice.
 */
export function VictimCandidates(props: {
  lang: Language;
  i: number;
  state: FormState;
  options: EditorOptions;
  found: RowCandidates | undefined;
}) {
  const { lang, i, found } = props;
  const typed = [props.state.fields[`victims.${i}.person`] ?? ''].flat()[0] ?? '';
  const chosen = [props.state.fields[`victims.${i}.personId`] ?? ''].flat()[0] ?? '';
  if (!found) {
    return chosen ? <p class="meta chosen">{t(lang, 'ed.chosen', { name: typed })}</p> : null;
  }
  const roles = new Map(props.options.victimRoles.map(([code, label]) => [code, label] as [string, string]));
  const name = `victims.${i}.choice`;
  if (found.candidates.length === 0) {
    return <p class="meta">{t(lang, 'ed.nobodyFound')}</p>;
  }
  return (
    <fieldset class={found.warn ? 'candidates warn' : 'candidates'} id={`f-victims-${i}-choice`}>
      <legend>{found.warn ? t(lang, 'ed.nearWarning') : t(lang, 'ed.found')}</legend>
      {found.candidates.map((c, k) => (
        <label class="check candidate">
          <input type="radio" name={name} value={c.id} checked={!found.warn && k === 0} />{' '}
          <span>
            <strong>{candidateName(c, lang)}</strong>
            {candidateName(c, lang) !== c.name ? ` (${c.name})` : ''} — {t(lang, 'ed.useThis')}
            <span class="meta"> {whoTheyAre(lang, c, roles)}</span>
          </span>
        </label>
      ))}
      <label class="check candidate">
        <input type="radio" name={name} value="new" /> {t(lang, 'ed.createNew', { name: typed })}
      </label>
    </fieldset>
  );
}
