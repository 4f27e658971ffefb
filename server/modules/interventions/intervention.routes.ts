import { Hono } from 'hono';
import { audienceOf, requireInternal } from '../../http/auth.js';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam, readQuery } from '../../http/validate.js';
import { todayUtc } from '../cases/accountability.effective.js';
import { presentIntervention } from './intervention.presenter.js';
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
  const found = await service.listInterventionsFor(c.var.db, c.var.actor, {
    ...q,
    overdue: q.overdue === 'true',
  });
  const today = todayUtc();
  const audience = audienceOf(c.var.actor);
  return c.json({
    items: found.map(({ row, incidentIds }) => presentIntervention(row, incidentIds, today, audience)),
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
  const { row, incidentIds, audience } = await service.findInterventionFor(c.var.db, c.var.actor, id);
  return c.json(presentIntervention(row, incidentIds, todayUtc(), audience));
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
