import { Hono } from 'hono';
import { z } from 'zod';
import { audienceOf, confidentialReader } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { AppError } from '../../http/errors.js';
import { describeRoute } from '../../http/openapi.js';
import { readQuery } from '../../http/validate.js';
import { STATISTICS, STATISTICS_BY_NAME } from './statistics.registry.js';
import { StatisticList, StatisticResult } from './statistics.schema.js';

/** The statistics registry: named, parameterised counts; the public's count public records, small ones withheld. */
export const statisticsRoutes = new Hono<AppEnv>();

describeRoute({
  method: 'get',
  path: '/statistics',
  tag: 'statistics',
  access: 'public',
  summary: 'The statistics there are, with the parameters each accepts (as JSON Schema)',
  response: { status: 200, description: 'The registry', schema: StatisticList },
});
statisticsRoutes.get('/', (c) =>
  c.json({
    items: STATISTICS.map((s) => {
      const { $schema: _s, ...parameters } = z.toJSONSchema(s.params, {
        io: 'input',
        unrepresentable: 'any',
      }) as Record<string, unknown>;
      return { name: s.name, summary: s.summary, access: s.internalOnly ? 'internal' : 'public', parameters };
    }),
  }),
);

describeRoute({
  method: 'get',
  path: '/statistics/{name}',
  tag: 'statistics',
  access: 'public',
  summary: `Run one statistic: ${STATISTICS.map((s) => s.name).join(', ')}. Parameters: see GET /statistics`,
  params: { name: 'The statistic' },
  response: { status: 200, description: 'Rows and figures', schema: StatisticResult },
  errors: [403, 404],
});
statisticsRoutes.get('/:name', async (c) => {
  const statistic = STATISTICS_BY_NAME.get(c.req.param('name'));
  if (!statistic) throw new AppError('statistic_not_found', `There is no statistic ${c.req.param('name')}`);
  const audience = audienceOf(c.var.actor) === 'internal' ? 'internal' : 'public';
  if (statistic.internalOnly && audience === 'public') {
    throw new AppError('forbidden', `${statistic.name} is built on internal fields and is not public`, [
      { path: 'name', code: 'internal_statistic' },
    ]);
  }
  const params = readQuery(c, statistic.params) as Record<string, unknown>;
  const result = await statistic.run(params, {
    db: c.var.db,
    audience,
    confidential: audience === 'internal' ? confidentialReader(c.var.actor) : null,
    stalledAfterDays: c.var.stalledAfterDays,
  });
  return c.json({ name: statistic.name, params, ...result });
});
