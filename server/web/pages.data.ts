import type { Language } from '../../shared/languages.js';
import { type Headline, headlineRate } from '../../shared/statistics/headline.js';
import type { Db } from '../db/database.js';
import { PUBLIC } from '../http/auth.js';
import { Memo } from '../http/memo.js';
import { listPublicContext } from '../modules/context/context.public.js';
import { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../modules/incidents/incident-list.service.js';
import { STATISTICS_BY_NAME, type Statistic } from '../modules/statistics/statistics.registry.js';
import { MIN_PUBLIC_COUNT } from '../modules/statistics/statistics.suppress.js';
import type { HomeData } from '../views/home.page.js';
import type { IncidentItem } from '../views/incidents/summary.js';

// The portal's pages ask for the same public statistics again and again: share them for 10 s.
const PUBLIC_STATISTICS = new Memo<Awaited<ReturnType<Statistic['run']>>>(10_000, 200);

function statistic(db: Db, name: string, params: Record<string, string>, stalledAfterDays: number) {
  const stat = STATISTICS_BY_NAME.get(name);
  if (!stat) throw new Error(`no statistic ${name}`);
  return PUBLIC_STATISTICS.get(JSON.stringify([name, params, stalledAfterDays]), () =>
    stat.run(stat.params.parse(params) as Record<string, unknown>, {
      db,
      audience: 'public',
      confidential: null,
      stalledAfterDays,
    }),
  );
}

/** What the home page shows: the latest incidents, this year's counts and sentence, the impunity rate. */
export async function homeData(db: Db, lang: Language, stalledAfterDays: number): Promise<HomeData> {
  const [latest, summary, breakdown] = await Promise.all([
    listIncidents(db, IncidentQuery.parse({ limit: '10', facets: 'false' }), PUBLIC, stalledAfterDays),
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
    impunity: impunityHeadline(breakdown),
  };
}

/**
 * The impunity rate among cases with an outcome, with its base; a base below the publication
 * threshold is said to be too small rather than printed as a rate.
 */
function impunityHeadline(breakdown: Awaited<ReturnType<Statistic['run']>>): Headline {
  const impunity = breakdown.rows.find((r) => r.key === 'impunity');
  const decided = (breakdown.figures.decided ?? null) as number | null;
  return headlineRate(impunity ? impunity.incidents : 0, decided, MIN_PUBLIC_COUNT);
}

export interface Row {
  period: string | null;
  key: string | null;
  incidents: number | null;
}

/** Everything the statistics page shows, each from a named statistic: public records only, small counts withheld. */
export async function statisticsData(db: Db, stalledAfterDays: number) {
  const run = (name: string, params: Record<string, string> = {}) =>
    statistic(db, name, params, stalledAfterDays);
  const [byTypeYear, byRegionYear, byRegion, byActor, accountability, funnel, replies, context] =
    await Promise.all([
      run('incidents_by_type', { period: 'year', level: 'group' }),
      run('incidents_by_region', { period: 'year' }),
      run('incidents_by_region'),
      run('incidents_by_actor_type'),
      run('accountability_breakdown'),
      run('funnel'),
      run('reply_rate'),
      listPublicContext(db),
    ]);
  const { figures, indicators } = context;
  // Qorgau's own count for each published figure: the same period and typology groups.
  const ours = await Promise.all(
    figures.map(async (f) => {
      const groups = f.type_codes.filter((code) => /^[A-I]$/.test(code));
      if (groups.length === 0) return null;
      const result = await run('incidents_by_type', {
        period: 'all',
        level: 'group',
        from: f.period_start,
        to: f.period_end,
      });
      const rows = result.rows.filter((r) => r.key && groups.includes(r.key));
      // A withheld count is not added as zero: the sum is withheld too.
      if (rows.some((r) => r.incidents === null)) return 'withheld' as const;
      return rows.reduce((sum, r) => sum + (r.incidents ?? 0), 0);
    }),
  );
  return {
    perYear: perYearOf(byRegionYear),
    byTypeYear: byTypeYear.rows as Row[],
    byRegion: byRegion.rows as Row[],
    byActor: byActor.rows as Row[],
    accountability: accountability.rows as Row[],
    impunity: impunityHeadline(accountability),
    funnel: funnel.rows as Row[],
    replies: replies.figures,
    figures: figures.map((f, i) => ({ row: f, ours: ours[i] ?? null })),
    indicators,
  };
}

/**
 * Each year's printed total (withheld when printing it would let a small count be worked out); a
 * table too large to print totals gives the sum of its printed counts, withheld if one is.
 */
function perYearOf(byRegionYear: Awaited<ReturnType<Statistic['run']>>): [string, number | null][] {
  const years = new Map<string, number | null>();
  const totals = byRegionYear.totals.filter((r) => r.of === 'period' && r.period);
  if (totals.length > 0) for (const r of totals) years.set(r.period as string, r.incidents);
  else
    for (const r of byRegionYear.rows) {
      if (!r.period) continue;
      const sum = years.has(r.period) ? (years.get(r.period) as number | null) : 0;
      years.set(r.period, sum === null || r.incidents === null ? null : sum + r.incidents);
    }
  return [...years].sort(([a], [b]) => a.localeCompare(b));
}

export type StatisticsData = Awaited<ReturnType<typeof statisticsData>>;

type MapCounts = { total: number; facets: Record<string, { value: string; count: number }[]> };

// A map link is followed by many readers at once (a shared post, an alert): they share its counts for 10 s.
const PUBLIC_MAP = new Memo<MapCounts>(10_000, 200);

/**
 * What the map counts: the public list's total and facets for the reader's filters except the
 * region, since the map shows every region and only marks the chosen ones.
 */
export function mapCounts(db: Db, query: IncidentQuery, stalledAfterDays: number): Promise<MapCounts> {
  const { region: _region, cursor: _cursor, ...filters } = query;
  const q: IncidentQuery = { ...filters, sort: 'date_desc', limit: 1, facets: true };
  return PUBLIC_MAP.get(JSON.stringify([q, stalledAfterDays]), async () => {
    const result = await listIncidents(db, q, PUBLIC, stalledAfterDays);
    return { total: result.total ?? 0, facets: (result.facets ?? {}) as MapCounts['facets'] };
  });
}
