import { formatDate, t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import { type Me, WorkspaceLayout } from '../views/layout.js';

export interface ListItem {
  reference: string;
  title: LocalizedText;
  date: { start: string; precision: 'day' | 'month' | 'year' } | null;
  verification: string;
}

const STATES = ['reported', 'verifying', 'verified', 'published', 'rejected', 'merged'] as const;

/** Every incident this person may see, filtered by state, text, or "assigned to me". */
export function ListPage({
  lang,
  me,
  items,
  total,
  query,
  mayCreate,
}: {
  lang: Language;
  me: Me;
  items: ListItem[];
  total: number;
  query: { q: string; verification: string; mine: boolean };
  mayCreate: boolean;
}) {
  const base = `/${lang}/workspace/incidents`;
  return (
    <WorkspaceLayout lang={lang} title={t(lang, 'wi.list')} path={base} me={me} section="incidents">
      <h1>
        {t(lang, 'wi.list')} ({total})
      </h1>
      {mayCreate ? (
        <p>
          <a href={`${base}/new`}>{t(lang, 'wi.new')}</a>
        </p>
      ) : null}
      <form method="get" action={base} class="stack">
        <label for="q">{t(lang, 'wi.search')}</label>
        <input id="q" name="q" value={query.q} />
        <label for="verification">{t(lang, 'wi.filterState')}</label>
        <select id="verification" name="verification">
          <option value="">{t(lang, 'wi.any')}</option>
          {STATES.map((s) => (
            <option value={s} selected={s === query.verification}>
              {t(lang, `wi.ver.${s}`)}
            </option>
          ))}
        </select>
        <label class="check">
          <input type="checkbox" name="mine" value="true" checked={query.mine} /> {t(lang, 'wi.assignedToMe')}
        </label>
        <button type="submit">{t(lang, 'wi.search')}</button>
      </form>
      <ul class="incidents">
        {items.map((i) => (
          <li>
            <a href={`${base}/${i.reference}`}>{i.reference}</a>{' '}
            {i.title[lang] ?? i.title.en ?? i.title.ru ?? i.title.kk}
            <span class="meta">
              {' '}
              · {i.date ? formatDate(lang, i.date.start, i.date.precision) : '—'} ·{' '}
              {t(lang, `wi.ver.${i.verification as (typeof STATES)[number]}`)}
            </span>
          </li>
        ))}
      </ul>
    </WorkspaceLayout>
  );
}
