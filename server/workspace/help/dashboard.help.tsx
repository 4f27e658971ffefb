import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { Db } from '../../db/database.js';
import { HELP_CATEGORIES } from '../../db/schema.help.js';
import { can, type Principal } from '../../http/auth.js';
import { helpQueueCounts, listHelpRequests } from '../../modules/help/help.service.js';
import type { HelpQueueCounts, HelpRequestSummary } from '../../modules/help/help.types.js';
import { ageOf, helpPath, requestTitle } from './help.words.js';
import { waiting } from './views/queue.page.js';

export interface HelpDashboard {
  counts: HelpQueueCounts;
  /** Requests assigned to the reader that still wait for the desk. */
  mine: HelpRequestSummary[];
}

/** The help desk at a glance, for those who work it; null for everyone else. */
export async function helpDashboard(db: Db, who: Principal): Promise<HelpDashboard | null> {
  if (!can(who, 'help.work')) return null;
  const [counts, assigned] = await Promise.all([
    helpQueueCounts(db, who),
    listHelpRequests(db, who, { assigned: 'me' }),
  ]);
  return { counts, mine: assigned.filter(waiting) };
}

const AGES = ['day', 'week', 'month', 'older'] as const;

/** The dashboard's help desk section: what waits, by subject and by age, the moderated lane, mine. */
export function HelpDeskSection({ lang, data }: { lang: Language; data: HelpDashboard }) {
  const { counts, mine } = data;
  const now = new Date();
  const categories = HELP_CATEGORIES.filter((c) => counts.byCategory[c] > 0);
  return (
    <section aria-labelledby="help-desk" class="desk-dashboard">
      <h2 id="help-desk">{t(lang, 'hd.dashWaiting', { count: counts.waiting })}</h2>
      <div class="desk-glance">
        <div>
          <h3>{t(lang, 'hd.dashByCategory')}</h3>
          {categories.length === 0 ? (
            <p>{t(lang, 'ws.nothing')}</p>
          ) : (
            <ul>
              {categories.map((c) => (
                <li>
                  <a href={`${helpPath(lang)}?category=${c}`}>{t(lang, `hd.category.${c}`)}</a>:{' '}
                  {counts.byCategory[c]}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t(lang, 'hd.dashByAge')}</h3>
          <ul>
            {AGES.map((a) => (
              <li>
                {t(lang, `hd.age.${a}`)}: {counts.byAge[a]}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p>
        <a href={`${helpPath(lang)}?lane=moderated`}>
          {t(lang, 'hd.dashModerated', { count: counts.moderated })}
        </a>
      </p>
      <h3>
        {t(lang, 'hd.dashMine')} ({mine.length})
      </h3>
      {mine.length === 0 ? (
        <p>{t(lang, 'ws.nothing')}</p>
      ) : (
        <ul class="incidents">
          {mine.slice(0, 10).map((r) => (
            <li>
              <a href={helpPath(lang, `/${r.id}`)}>{requestTitle(lang, r.createdAt)}</a>
              <span class="meta">
                {' '}
                · {t(lang, `hd.category.${r.category}`)} · {t(lang, 'hd.waitingFor')}:{' '}
                {ageOf(lang, r.lastRequesterAt, now)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={helpPath(lang)}>{t(lang, 'hd.dashOpenQueue')}</a>
      </p>
    </section>
  );
}
