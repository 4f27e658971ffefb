import { Hono } from 'hono';
import { requireInternal } from '../../http/auth.js';
import { DeleteQuery } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { notFound } from '../../http/errors.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readQuery } from '../../http/validate.js';
import { listAudit } from '../audit/audit.repo.js';
import { HistoryResponse } from '../audit/audit.schema.js';
import { findIncident } from './incident.repo.js';
import { Incident, IncidentInput, PublicIncident } from './incident.schema.js';
import * as service from './incident.service.js';
import { IncidentList, IncidentQuery } from './incident-list.schema.js';
import { listIncidents } from './incident-list.service.js';

/** Incidents as whole documents: violations, victims and sources travel with the incident. */
export const incidentRoutes = new Hono<AppEnv>();

const idParam = { id: 'Incident id (UUID) or reference (KZ-2023-0042)' };
const audience = (kind: string) => (kind === 'admin' ? 'internal' : 'public');

describeRoute({
  method: 'get',
  path: '/incidents',
  tag: 'incidents',
  access: 'public',
  summary: 'List incidents with filters, cursor pagination and facet counts for the same filters',
  query: IncidentQuery,
  response: { status: 200, description: 'A page of incidents', schema: IncidentList },
});
incidentRoutes.get('/', async (c) => {
  const query = readQuery(c, IncidentQuery);
  return c.json(await listIncidents(c.var.db, query, audience(c.var.actor.kind), c.var.stalledAfterDays));
});

describeRoute({
  method: 'post',
  path: '/incidents',
  tag: 'incidents',
  access: 'internal',
  summary: 'Record an incident with its victims, violations and sources',
  body: IncidentInput,
  response: { status: 201, description: 'The recorded incident', schema: Incident },
});
incidentRoutes.post('/', async (c) => {
  requireInternal(c.var.actor);
  const input = await readJson(c, IncidentInput);
  const view = await service.createIncident(c.var.db, c.var.actor.id, input);
  c.header('Location', `/api/v1/incidents/${view.id}`);
  return c.json(view, 201);
});

describeRoute({
  method: 'get',
  path: '/incidents/{id}',
  tag: 'incidents',
  access: 'public',
  summary: 'One incident. Without the token: the PublicIncident shape, and only for verified public records',
  params: idParam,
  response: { status: 200, description: 'The incident', schema: Incident, publicSchema: PublicIncident },
  errors: [404],
});
incidentRoutes.get('/:id', async (c) => {
  return c.json(
    await service.readIncident(
      c.var.db,
      c.req.param('id'),
      audience(c.var.actor.kind),
      c.var.stalledAfterDays,
    ),
  );
});

describeRoute({
  method: 'put',
  path: '/incidents/{id}',
  tag: 'incidents',
  access: 'internal',
  summary: 'Replace the incident document (send the version you read)',
  params: idParam,
  body: IncidentInput,
  response: { status: 200, description: 'The updated incident', schema: Incident },
  errors: [404, 409],
});
incidentRoutes.put('/:id', async (c) => {
  requireInternal(c.var.actor);
  const input = await readJson(c, IncidentInput);
  return c.json(await service.updateIncident(c.var.db, c.var.actor.id, c.req.param('id'), input));
});

describeRoute({
  method: 'delete',
  path: '/incidents/{id}',
  tag: 'incidents',
  access: 'internal',
  summary: 'Delete the incident; its history stays',
  params: idParam,
  query: DeleteQuery,
  response: { status: 204, description: 'Deleted' },
  errors: [404, 409],
});
incidentRoutes.delete('/:id', async (c) => {
  requireInternal(c.var.actor);
  const { version } = readQuery(c, DeleteQuery);
  await service.deleteIncident(c.var.db, c.var.actor.id, c.req.param('id'), version);
  return c.body(null, 204);
});

describeRoute({
  method: 'get',
  path: '/incidents/{id}/history',
  tag: 'incidents',
  access: 'internal',
  summary: 'Who changed what and when, as field-level diffs (kept after deletion)',
  params: { id: 'Incident id' },
  response: { status: 200, description: 'Oldest first', schema: HistoryResponse },
  errors: [404],
});
incidentRoutes.get('/:id/history', async (c) => {
  requireInternal(c.var.actor);
  const param = c.req.param('id');
  const row = await findIncident(c.var.db, param, false);
  const items = await listAudit(c.var.db, ['incident', 'case'], row?.id ?? param);
  if (items.length === 0) throw notFound('incident_not_found', 'Incident', param);
  return c.json({ items });
});
