import type { Language } from '../../shared/languages.js';
import type { Db } from '../db/database.js';
import { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../modules/incidents/incident-list.service.js';
import { STATISTICS_BY_NAME } from '../modules/statistics/statistics.registry.js';
import type { HomeData } from '../views/home.page.js';
import type { IncidentItem } from '../views/incidents/summary.js';

async function statistic(db: Db, name: string, params: Record<string, string>, stalledAfterDays: number) {
  const stat = STATISTICS_BY_NAME.get(name);
  if (!stat) throw new Error(`no statistic ${name}`);
  return stat.run(stat.params.parse(params) as Record<string, unknown>, {
    db,
    audience: 'public',
    stalledAfterDays,
  });
}

/** What the home page shows: the latest incidents, this year's counts and sentence, the impunity rate. */
export async function homeData(db: Db, lang: Language, stalledAfterDays: number): Promise<HomeData> {
  const [latest, summary, breakdown] = await Promise.all([
    listIncidents(db, IncidentQuery.parse({ limit: '10', facets: 'false' }), 'public', stalledAfterDays),
    statistic(db, 'year_to_date_summary', { organisation: 'Qorgau' }, stalledAfterDays),
    statistic(db, 'accountability_breakdown', {}, stalledAfterDays),
  ]);
  const counts = summary.rows
    .flatMap((r) => (r.key && r.incidents ? [[r.key, r.incidents] as [string, number]] : []))
    .sort((a, b) => b[1] - a[1]);
  return {
    latest: latest.items as IncidentItem[],
    summary: summary.sentences?.[lang] ?? '',
    counts,
    impunityRate: breakdown.figures.impunityRate ?? null,
  };
}
