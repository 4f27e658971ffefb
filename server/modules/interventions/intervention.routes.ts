import { Hono } from 'hono';
import { audienceOf, requireInternal } from '../../http/auth.js';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { notFound } from '../../http/errors.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam, readQuery } from '../../http/validate.js';
import { todayUtc } from '../cases/accountability.effective.js';
import { presentIntervention } from './intervention.presenter.js';
import * as repo from './intervention.repo.js';
import {
  Intervention,
  InterventionInput,
  InterventionList,
  InterventionQuery,
  PublicIntervention,
  PublicInterventionList,
} from './intervention.schema.js';
import * as service from './intervention.service.js';

/** What the organisation did: statements, alerts, letters to authorities and their replies. */
export const interventionRoutes = new Hono<AppEnv>();

describeRoute({
  method: 'get',
  path: '/interventions',
  tag: 'advocacy',
  access: 'public',
  summary: 'Statements, alerts and letters, newest first; overdue=true lists letters whose reply is late',
  query: InterventionQuery,
  response: {
    status: 200,
    description: 'Interventions',
    schema: InterventionList,
    publicSchema: PublicInterventionList,
  },
});
interventionRoutes.get('/', async (c) => {
  const q = readQuery(c, InterventionQuery);
  const publicOnly = audienceOf(c.var.actor) === 'public';
  const rows = await repo.listInterventions(c.var.db, { ...q, overdue: q.overdue === 'true', publicOnly });
  const incidents = await repo.incidentIdsOf(
    c.var.db,
    rows.map((r) => r.id),
    publicOnly,
  );
  const today = todayUtc();
  const audience = publicOnly ? 'public' : 'internal';
  return c.json({
    items: rows.map((r) => presentIntervention(r, incidents.get(r.id) ?? [], today, audience)),
  });
});

describeRoute({
  method: 'post',
  path: '/interventions',
  tag: 'advocacy',
  access: 'internal',
  summary: 'Record an intervention',
  body: InterventionInput,
  response: { status: 201, description: 'The new intervention', schema: Intervention },
});
interventionRoutes.post('/', async (c) => {
  requireInternal(c.var.actor);
  return c.json(
    await service.createIntervention(c.var.db, c.var.actor, await readJson(c, InterventionInput)),
    201,
  );
});

describeRoute({
  method: 'get',
  path: '/interventions/{id}',
  tag: 'advocacy',
  access: 'public',
  summary: 'One intervention',
  params: { id: 'Intervention id' },
  response: {
    status: 200,
    description: 'The intervention',
    schema: Intervention,
    publicSchema: PublicIntervention,
  },
  errors: [404],
});
interventionRoutes.get('/:id', async (c) => {
  const id = readParam(c.req.param('id'), Uuid, 'id', 'intervention_not_found');
  const publicOnly = audienceOf(c.var.actor) === 'public';
  const row = await repo.findIntervention(c.var.db, id, publicOnly);
  if (!row) throw notFound('intervention_not_found', 'Intervention', id);
  const incidents = (await repo.incidentIdsOf(c.var.db, [id], publicOnly)).get(id) ?? [];
  return c.json(presentIntervention(row, incidents, todayUtc(), publicOnly ? 'public' : 'internal'));
});

describeRoute({
  method: 'put',
  path: '/interventions/{id}',
  tag: 'advocacy',
  access: 'internal',
  summary: 'Update an intervention, e.g. record the reply',
  params: { id: 'Intervention id' },
  body: InterventionInput,
  response: { status: 200, description: 'The updated intervention', schema: Intervention },
  errors: [404, 409],
});
interventionRoutes.put('/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'intervention_not_found');
  return c.json(
    await service.updateIntervention(c.var.db, c.var.actor, id, await readJson(c, InterventionInput)),
  );
});
