import { ACCOUNTABILITY_STATUS_TERMS } from '../../../shared/accountability/labels.js';
import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { groupClass } from '../../../shared/vocabularies/typology-groups.js';
import { pickText } from '../../web/labels.js';
import { dateText, type IncidentItem, type LabelLookup, placeText } from './summary.js';

/** A violation type as a chip in its group's colour; the name is always written in it. */
export function TypeChip({ lang, code, labels }: { lang: Language; code: string; labels: LabelLookup }) {
  return <li class={`type ${groupClass(code)}`}>{labels.terms.get(`typology/${code}`)?.[lang] ?? code}</li>;
}

/**
 * One incident as a card: date and place, the title linked to its page, the types in their group
 * colours, the victims' roles (names are in the public title only when they may be shown) and the
 * accountability status. `level` is the title's heading level under the page's own headings.
 */
export function IncidentCard({
  lang,
  item,
  labels,
  level = 3,
}: {
  lang: Language;
  item: IncidentItem & { victimRoles?: string[] };
  labels: LabelLookup;
  level?: 2 | 3;
}) {
  const title = pickText(item.title, lang, 'en');
  const status = item.accountability.status;
  const Heading = level === 2 ? 'h2' : 'h3';
  const first = item.typeCodes[0];
  const roles = item.victimRoles ?? [];
  return (
    <li class={`card ${first ? groupClass(first) : 'group-none'}`}>
      <p class="card-when">
        {item.date ? (
          <time datetime={item.date.start}>{dateText(lang, item.date)}</time>
        ) : (
          dateText(lang, null)
        )}
        <span class="card-place"> · {placeText(lang, item.place, labels)}</span>
      </p>
      <Heading class="card-title">
        <a href={`/${lang}/incidents/${item.reference}`}>{title.text}</a>
        {title.untranslated ? <span class="untranslated"> ({t(lang, 'incident.untranslated')})</span> : null}
      </Heading>
      <ul class="types" aria-label={t(lang, 'list.group')}>
        {item.typeCodes.map((code) => (
          <TypeChip lang={lang} code={code} labels={labels} />
        ))}
      </ul>
      <dl class="card-facts">
        {roles.length ? (
          <div>
            <dt>{t(lang, 'incident.victims')}</dt>
            <dd>{roles.map((r) => labels.terms.get(`victim_role/${r}`)?.[lang] ?? r).join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t(lang, 'incident.accountability')}</dt>
          <dd>
            <span class={`status status-${status}`}>{ACCOUNTABILITY_STATUS_TERMS[status].label[lang]}</span>
          </dd>
        </div>
      </dl>
      <p class="card-ref">{item.reference}</p>
    </li>
  );
}
