import { formatDate, t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import { type HelpDashboard, HelpDeskSection } from '../help/dashboard.help.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from './layout.js';
import { shown as text } from './reference.parts.js';

export interface DashboardItem {
  reference: string;
  title: LocalizedText;
  date: { start: string; precision: 'day' | 'month' | 'year' } | null;
  verification?: string;
}

export interface DashboardData {
  assigned: { items: DashboardItem[]; total: number };
  toVerify: { items: DashboardItem[]; total: number };
  stalled: { items: DashboardItem[]; total: number };
  overdue: { id: string; title: LocalizedText; addressee: string | null; deadline: string | null }[];
  stalledAfterDays: number;
  /** For those who work the help desk. */
  help?: HelpDashboard | null;
}

function Incidents({ lang, items }: { lang: Language; items: DashboardItem[] }) {
  if (items.length === 0) return <p>{t(lang, 'ws.nothing')}</p>;
  return (
    <ul class="incidents">
      {items.map((i) => (
        <li>
          <a href={`/${lang}/workspace/incidents/${i.reference}`}>{i.reference}</a> {text(lang, i.title)}
          {i.date ? <span class="meta"> · {formatDate(lang, i.date.start, i.date.precision)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** What needs action today: incidents to verify, stalled cases, overdue replies. */
export function DashboardPage({
  lang,
  me,
  data,
  notice,
}: {
  lang: Language;
  me: Me;
  data: DashboardData;
  notice?: Notice;
}) {
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'ws.dashboard')}
      path={`/${lang}/workspace/`}
      me={me}
      section="dashboard"
      notice={notice}
    >
      <h1>{t(lang, 'ws.dashboard')}</h1>
      {data.help ? <HelpDeskSection lang={lang} data={data.help} /> : null}
      <section aria-labelledby="assigned">
        <h2 id="assigned">
          {t(lang, 'ws.assigned')} ({data.assigned.total})
        </h2>
        <Incidents lang={lang} items={data.assigned.items} />
      </section>
      <section aria-labelledby="to-verify">
        <h2 id="to-verify">
          {t(lang, 'ws.toVerify')} ({data.toVerify.total})
        </h2>
        <Incidents lang={lang} items={data.toVerify.items} />
      </section>
      <section aria-labelledby="stalled">
        <h2 id="stalled">
          {t(lang, 'ws.stalled', { days: data.stalledAfterDays })} ({data.stalled.total})
        </h2>
        <Incidents lang={lang} items={data.stalled.items} />
      </section>
      <section aria-labelledby="overdue">
        <h2 id="overdue">
          {t(lang, 'ws.overdue')} ({data.overdue.length})
        </h2>
        {data.overdue.length === 0 ? (
          <p>{t(lang, 'ws.nothing')}</p>
        ) : (
          <ul class="incidents">
            {data.overdue.map((o) => (
              <li>
                <a href={`/${lang}/workspace/interventions/${o.id}`}>{text(lang, o.title)}</a>
                <span class="meta">
                  {' '}
                  · {t(lang, 'ws.addressee')}: {o.addressee ?? '—'} · {t(lang, 'ws.deadline')}:{' '}
                  {o.deadline ? formatDate(lang, o.deadline, 'day') : '—'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Csrf token={me.csrf} />
    </WorkspaceLayout>
  );
}
