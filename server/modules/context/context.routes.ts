import { Hono } from 'hono';
import { audienceOf, requireInternal } from '../../http/auth.js';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam, readQuery } from '../../http/validate.js';
import { presentFigure, presentIndicator } from './context.presenter.js';
import { listPublicContext } from './context.public.js';
import * as repo from './context.repo.js';
import {
  ContextQuery,
  Figure,
  FigureInput,
  FigureList,
  Indicator,
  IndicatorInput,
  IndicatorList,
} from './context.schema.js';
import * as service from './context.service.js';

/** Country context: press-freedom index ranks, and figures other organisations published. */
export const contextRoutes = new Hono<AppEnv>();

describeRoute({
  method: 'get',
  path: '/indicators',
  tag: 'context',
  access: 'public',
  summary: 'Press-freedom index ranks and scores by year',
  query: ContextQuery,
  response: { status: 200, description: 'Indicators', schema: IndicatorList },
});
contextRoutes.get('/indicators', async (c) => {
  const { country } = readQuery(c, ContextQuery);
  const rows =
    audienceOf(c.var.actor) === 'public'
      ? (await listPublicContext(c.var.db, country)).indicators
      : await repo.listIndicators(c.var.db, country);
  return c.json({ items: rows.map(presentIndicator) });
});

describeRoute({
  method: 'post',
  path: '/indicators',
  tag: 'context',
  access: 'internal',
  summary: 'Record an indicator',
  body: IndicatorInput,
  response: { status: 201, description: 'The indicator', schema: Indicator },
  errors: [409],
});
contextRoutes.post('/indicators', async (c) => {
  requireInternal(c.var.actor);
  return c.json(
    await service.saveIndicator(c.var.db, c.var.actor, null, await readJson(c, IndicatorInput)),
    201,
  );
});

describeRoute({
  method: 'put',
  path: '/indicators/{id}',
  tag: 'context',
  access: 'internal',
  summary: 'Update an indicator',
  params: { id: 'Indicator id' },
  body: IndicatorInput,
  response: { status: 200, description: 'The indicator', schema: Indicator },
  errors: [404, 409],
});
contextRoutes.put('/indicators/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'indicator_not_found');
  return c.json(await service.saveIndicator(c.var.db, c.var.actor, id, await readJson(c, IndicatorInput)));
});

describeRoute({
  method: 'get',
  path: '/published-figures',
  tag: 'context',
  access: 'public',
  summary: 'Figures organisations published for a period, to show beside Qorgau’s own counts',
  query: ContextQuery,
  response: { status: 200, description: 'Figures', schema: FigureList },
});
contextRoutes.get('/published-figures', async (c) => {
  const { country } = readQuery(c, ContextQuery);
  const rows =
    audienceOf(c.var.actor) === 'public'
      ? (await listPublicContext(c.var.db, country)).figures
      : await repo.listFigures(c.var.db, country);
  return c.json({ items: rows.map(presentFigure) });
});

describeRoute({
  method: 'post',
  path: '/published-figures',
  tag: 'context',
  access: 'internal',
  summary: 'Record a published figure',
  body: FigureInput,
  response: { status: 201, description: 'The figure', schema: Figure },
});
contextRoutes.post('/published-figures', async (c) => {
  requireInternal(c.var.actor);
  return c.json(await service.saveFigure(c.var.db, c.var.actor, null, await readJson(c, FigureInput)), 201);
});

describeRoute({
  method: 'put',
  path: '/published-figures/{id}',
  tag: 'context',
  access: 'internal',
  summary: 'Update a published figure',
  params: { id: 'Figure id' },
  body: FigureInput,
  response: { status: 200, description: 'The figure', schema: Figure },
  errors: [404, 409],
});
contextRoutes.put('/published-figures/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'figure_not_found');
  return c.json(await service.saveFigure(c.var.db, c.var.actor, id, await readJson(c, FigureInput)));
});
