import { ACCOUNTABILITY_STATUS_TERMS } from '../../../shared/accountability/labels.js';
import { formatDate, t } from '../../../shared/i18n/index.js';
import type { Labels, Language, LocalizedText } from '../../../shared/languages.js';
import { pickText } from '../../web/labels.js';

/** An incident as the list shows it. */
export interface IncidentItem {
  id: string;
  reference: string;
  date: { start: string; precision: 'day' | 'month' | 'year'; end: string | null } | null;
  place: { country: string; region: string | null; city: string | null };
  title: LocalizedText;
  typeCodes: string[];
  accountability: { status: keyof typeof ACCOUNTABILITY_STATUS_TERMS };
}

export interface LabelLookup {
  terms: Map<string, Labels>;
  places: Map<string, Labels>;
}

/** "20 February 2023", "July 2019", or "Date not known". */
export function dateText(lang: Language, date: IncidentItem['date']): string {
  return date ? formatDate(lang, date.start, date.precision) : t(lang, 'incident.dateUnknown');
}

/** "Petropavlovsk, North Kazakhstan Region, Kazakhstan". */
export function placeText(lang: Language, place: IncidentItem['place'], labels: LabelLookup): string {
  return [place.city, place.region, place.country]
    .flatMap((code) => (code ? [labels.places.get(code)?.[lang] ?? code] : []))
    .join(', ');
}

/** One incident in a list: title linked to its page, date, place, types and accountability. */
export function IncidentSummary({
  lang,
  item,
  labels,
}: {
  lang: Language;
  item: IncidentItem;
  labels: LabelLookup;
}) {
  const title = pickText(item.title, lang, 'en');
  const status = item.accountability.status;
  return (
    <li>
      <a href={`/${lang}/incidents/${item.reference}`}>{title.text}</a>
      {title.untranslated ? <span class="untranslated"> ({t(lang, 'incident.untranslated')})</span> : null}
      <div class="meta">
        {dateText(lang, item.date)} · {placeText(lang, item.place, labels)} · {item.reference}
      </div>
      <div>
        {item.typeCodes.map((code) => (
          <span class="tag">{labels.terms.get(`typology/${code}`)?.[lang] ?? code}</span>
        ))}
        <span class={`tag status-${status}`}>{ACCOUNTABILITY_STATUS_TERMS[status].label[lang]}</span>
      </div>
    </li>
  );
}
