import { z } from 'zod';
import { yearToDateSentences } from '../../../shared/statistics/summary.js';
import type { Db } from '../../db/database.js';
import { IsoDate } from '../../http/common.schema.js';
import { type ConfidentialReader, effectiveAccountabilitySql } from '../incidents/incident-scope.repo.js';
import { cellScope, lastDayOfMonth } from './cell-scope.js';
import { type CellScope, sumAccountabilityCells, sumCells } from './statistic-cells.repo.js';
import { accountabilityFigures, ratio } from './statistics.figures.js';
import * as repo from './statistics.repo.js';
import { ScopeParams, type StatisticResult } from './statistics.schema.js';
import { presentFigure, presentTable } from './statistics.suppress.js';

export interface StatisticContext {
  db: Db;
  audience: 'internal' | 'public';
  /** For an internal reader who sees confidential incidents only when granted; null sees all. */
  confidential: ConfidentialReader;
  stalledAfterDays: number;
}

/** A named, parameterised query: its parameters validate the request and document the API. */
export interface Statistic {
  name: string;
  summary: string;
  /** Built on internal-only fields (gender): refused to the public. */
  internalOnly?: true;
  params: z.ZodObject;
  run(
    params: Record<string, unknown>,
    ctx: StatisticContext,
  ): Promise<Omit<StatisticResult, 'name' | 'params'>>;
}

const scopeOf = (p: Record<string, unknown>, ctx: StatisticContext): repo.Scope => ({
  ...(p as Partial<repo.Scope>),
  publicOnly: ctx.audience === 'public',
  confidential: ctx.audience === 'public' ? null : ctx.confidential,
  stalledAfterDays: ctx.stalledAfterDays,
});

/**
 * The kept counts answer for the public (public cells only) and for readers who see every
 * confidential incident; a reader limited to granted confidential incidents is counted exactly.
 */
function cellsFor(p: Record<string, unknown>, keys: string[], ctx: StatisticContext): CellScope | null {
  if (ctx.audience === 'internal' && ctx.confidential) return null;
  const cells = cellScope(p, keys);
  return cells && { ...cells, publicOnly: ctx.audience === 'public' };
}

const Period = z.enum(['year', 'quarter', 'month', 'all']);
const WithVictims = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true')
  .describe('Also count distinct victims (slower: reads every violation)');

const SCOPE_KEYS = Object.keys(ScopeParams);

/** The year so far by typology group, and the sentence that states it. */
const yearToDateSummary: Statistic = {
  name: 'year_to_date_summary',
  summary: 'The year’s counts by typology group and the sentence that states them, in kk, ru and en',
  params: z.strictObject({
    year: z.coerce.number().int().min(1900).max(2200).optional().describe('Default: the current year'),
    asOf: IsoDate.optional().describe('Count up to this day (default: today)'),
    organisation: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .default('Qorgau')
      .describe('Who recorded them, for the sentence'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  }),
  async run(p, ctx) {
    const asOf = (p.asOf as string | undefined) ?? new Date().toISOString().slice(0, 10);
    const year = (p.year as number | undefined) ?? Number(asOf.slice(0, 4));
    const to = asOf.startsWith(String(year)) ? asOf : `${year}-12-31`;
    const scope = { from: `${year}-01-01`, to, country: p.country as string | undefined };
    // Up to today, the current month's kept counts are the year so far: nothing is dated later.
    const today = new Date().toISOString().slice(0, 10);
    const cells =
      to >= today ? cellsFor({ ...scope, to: lastDayOfMonth(to) }, ['from', 'to', 'country'], ctx) : null;
    const counted = cells
      ? await sumCells(ctx.db, cells, 'all', 'group')
      : await repo.countViolations(ctx.db, scopeOf(scope, ctx), 'all', 'group');
    const { rows } = presentTable(counted, ctx.audience);
    const counts = Object.fromEntries(
      rows.flatMap((r) => (r.key && r.incidents !== null ? [[r.key, r.incidents]] : [])),
    );
    return {
      rows,
      totals: [],
      figures: { year, ...counts },
      sentences: yearToDateSentences(year, p.organisation as string, counts),
    };
  },
};

/** Every statistic Qorgau publishes, by name. */
export const STATISTICS: Statistic[] = [
  {
    name: 'incidents_by_type',
    summary:
      'Incidents (and with withVictims=true distinct victims) by typology group or code, per year, quarter or month',
    params: z.strictObject({
      ...ScopeParams,
      period: Period.default('year'),
      level: z.enum(['group', 'type']).default('group'),
      withVictims: WithVictims,
    }),
    async run(p, ctx) {
      const level = p.level as 'group' | 'type';
      const cells = p.withVictims ? null : cellsFor(p, SCOPE_KEYS, ctx);
      const rows = cells
        ? await sumCells(ctx.db, cells, p.period as repo.Period, level)
        : await repo.countViolations(ctx.db, scopeOf(p, ctx), p.period as repo.Period, level);
      // An incident of two types counts under both: only each type's total over the periods adds up.
      return { ...presentTable(rows, ctx.audience, 'key'), figures: {} };
    },
  },
  {
    name: 'incidents_by_region',
    summary: 'Incidents and distinct victims by region, with totals per period, per region and overall',
    params: z.strictObject({ ...ScopeParams, period: Period.default('all'), withVictims: WithVictims }),
    async run(p, ctx) {
      const cells = p.withVictims ? null : cellsFor(p, SCOPE_KEYS, ctx);
      const rows = cells
        ? await sumCells(ctx.db, cells, p.period as repo.Period, 'region')
        : await repo.countViolations(ctx.db, scopeOf(p, ctx), p.period as repo.Period, 'region');
      return { ...presentTable(rows, ctx.audience, 'both'), figures: {} };
    },
  },
  {
    name: 'incidents_by_actor_type',
    summary: 'Incidents by the type of actor involved (police, officials, private security, unknown…)',
    params: z.strictObject(ScopeParams),
    async run(p, ctx) {
      const rows = await repo.countByActorType(ctx.db, scopeOf(p, ctx));
      return { ...presentTable(rows, ctx.audience), figures: {} };
    },
  },
  {
    name: 'victims_by_role',
    summary: 'Distinct victims and incidents by victim role (journalist, camera operator, family member…)',
    params: z.strictObject({ ...ScopeParams, period: Period.default('all') }),
    async run(p, ctx) {
      const rows = await repo.countViolations(ctx.db, scopeOf(p, ctx), p.period as repo.Period, 'victimRole');
      return { ...presentTable(rows, ctx.audience, 'key'), figures: {} };
    },
  },
  {
    name: 'victims_by_gender',
    summary: 'Internal only: distinct victims and incidents by the victims’ gender (an internal field)',
    internalOnly: true,
    params: z.strictObject({ ...ScopeParams, period: Period.default('all') }),
    async run(p, ctx) {
      const rows = await repo.countViolations(ctx.db, scopeOf(p, ctx), p.period as repo.Period, 'gender');
      return { ...presentTable(rows, 'internal'), figures: {} };
    },
  },
  {
    name: 'accountability_breakdown',
    summary: 'Incidents by accountability status, and the impunity rate among cases with an outcome',
    params: z.strictObject(ScopeParams),
    async run(p, ctx) {
      const cells = cellsFor(p, SCOPE_KEYS, ctx);
      const rows = cells
        ? await sumAccountabilityCells(ctx.db, cells, effectiveAccountabilitySql(ctx.stalledAfterDays))
        : await repo.countByAccountability(ctx.db, scopeOf(p, ctx));
      const table = presentTable(rows, ctx.audience, 'both');
      return { ...table, figures: accountabilityFigures(table) };
    },
  },
  {
    name: 'funnel',
    summary:
      'From violation to conviction: incidents that reached a complaint, an opened case, a court, a conviction',
    params: z.strictObject(ScopeParams),
    async run(p, ctx) {
      const table = presentTable(await repo.funnel(ctx.db, scopeOf(p, ctx)), ctx.audience);
      const first = table.rows[0]?.incidents ?? null;
      return {
        ...table,
        figures: Object.fromEntries(table.rows.map((r) => [`${r.key}Share`, ratio(r.incidents, first)])),
      };
    },
  },
  {
    name: 'state_actor_share',
    summary: 'The share of incidents with a known perpetrator in which a state actor was involved',
    params: z.strictObject(ScopeParams),
    async run(p, ctx) {
      const rows = await repo.countByActorType(ctx.db, scopeOf(p, ctx));
      const counts = await repo.stateActorCounts(ctx.db, scopeOf(p, ctx));
      const stateIncidents = presentFigure(counts.stateIncidents, ctx.audience);
      const knownActor = presentFigure(counts.knownActor, ctx.audience);
      return {
        ...presentTable(rows, ctx.audience),
        figures: { stateIncidents, knownActor, share: ratio(stateIncidents, knownActor) },
      };
    },
  },
  {
    name: 'reply_rate',
    summary: 'Letters and requests to authorities: how many were answered, substantively, or are overdue',
    params: z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() }),
    async run(p, ctx) {
      const publicOnly = ctx.audience === 'public';
      const r = await repo.replies(
        ctx.db,
        publicOnly,
        p.from as string | undefined,
        p.to as string | undefined,
      );
      return {
        rows: [],
        totals: [],
        figures: { ...r, replyRate: ratio(r.replied, r.sent), substantiveRate: ratio(r.substantive, r.sent) },
      };
    },
  },
  yearToDateSummary,
];

export const STATISTICS_BY_NAME = new Map(STATISTICS.map((s) => [s.name, s]));
