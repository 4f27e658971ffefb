import { Hono } from 'hono';
import { requireInternal } from '../../http/auth.js';
import { DeleteQuery, Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { notFound } from '../../http/errors.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam, readQuery } from '../../http/validate.js';
import { HistoryResponse } from '../audit/audit.schema.js';
import { gateHistory } from './incident.gate.js';
import { Incident, IncidentInput, PublicIncident } from './incident.schema.js';
import * as service from './incident.service.js';
import { addGrant, GrantInput, GrantList, listGrants, removeGrant } from './incident-grants.js';
import { IncidentList, IncidentQuery, PublicIncidentList } from './incident-list.schema.js';
import { listIncidents } from './incident-list.service.js';

/** Incidents as whole documents: violations, victims and sources travel with the incident. */
export const incidentRoutes = new Hono<AppEnv>();

const idParam = { id: 'Incident id (UUID) or reference (KZ-2023-0042)' };

describeRoute({
  method: 'get',
  path: '/incidents',
  tag: 'incidents',
  access: 'public',
  summary: 'List incidents with filters, cursor pagination and facet counts for the same filters',
  query: IncidentQuery,
  response: {
    status: 200,
    description: 'A page of incidents',
    schema: IncidentList,
    publicSchema: PublicIncidentList,
  },
});
incidentRoutes.get('/', async (c) => {
  const query = readQuery(c, IncidentQuery);
  return c.json(await listIncidents(c.var.db, query, c.var.actor, c.var.stalledAfterDays));
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
  const view = await service.createIncident(c.var.db, c.var.actor, input);
  c.header('Location', `/api/v1/incidents/${view.id}`);
  return c.json(view, 201);
});

describeRoute({
  method: 'get',
  path: '/incidents/{id}',
  tag: 'incidents',
  access: 'public',
  summary:
    'One incident. Without a token: the PublicIncident shape, and only for verified public records. A merged duplicate answers 301 to the incident it was merged into',
  params: idParam,
  response: { status: 200, description: 'The incident', schema: Incident, publicSchema: PublicIncident },
  errors: [404],
});
incidentRoutes.get('/:id', async (c) => {
  const found = await service.readOrMerged(c.var.db, c.var.actor, c.req.param('id'), c.var.stalledAfterDays);
  if ('mergedInto' in found) return c.redirect(`/api/v1/incidents/${found.mergedInto}`, 301);
  return c.json(found.incident);
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
  return c.json(await service.updateIncident(c.var.db, c.var.actor, c.req.param('id'), input));
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
  await service.deleteIncident(c.var.db, c.var.actor, c.req.param('id'), version);
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
  const items = await gateHistory(c.var.db, c.var.actor, c.req.param('id'), ['incident', 'case', 'evidence']);
  if (items.length === 0) throw notFound('incident_not_found', 'Incident', c.req.param('id'));
  return c.json({ items });
});

describeRoute({
  method: 'get',
  path: '/incidents/{id}/grants',
  tag: 'incidents',
  access: 'internal',
  summary: 'Who besides editors and administrators may see this confidential incident',
  params: { id: 'Incident id' },
  response: { status: 200, description: 'Grants, oldest first', schema: GrantList },
  errors: [404],
});
incidentRoutes.get('/:id/grants', async (c) =>
  c.json({ items: await listGrants(c.var.db, c.var.actor, c.req.param('id')) }),
);

describeRoute({
  method: 'post',
  path: '/incidents/{id}/grants',
  tag: 'incidents',
  access: 'internal',
  summary: 'Let one account, or everyone with a role, see this confidential incident (editors)',
  params: { id: 'Incident id' },
  body: GrantInput,
  response: { status: 201, description: 'The grants now', schema: GrantList },
  errors: [404, 409],
});
incidentRoutes.post('/:id/grants', async (c) => {
  requireInternal(c.var.actor);
  const input = await readJson(c, GrantInput);
  return c.json({ items: await addGrant(c.var.db, c.var.actor, c.req.param('id'), input) }, 201);
});

describeRoute({
  method: 'delete',
  path: '/incidents/{id}/grants/{grantId}',
  tag: 'incidents',
  access: 'internal',
  summary: 'Take a grant back (editors)',
  params: { id: 'Incident id', grantId: 'Grant id' },
  response: { status: 204, description: 'Removed' },
  errors: [404],
});
incidentRoutes.delete('/:id/grants/:grantId', async (c) => {
  requireInternal(c.var.actor);
  const grantId = readParam(c.req.param('grantId'), Uuid, 'grantId', 'grant_not_found');
  await removeGrant(c.var.db, c.var.actor, c.req.param('id'), grantId);
  return c.body(null, 204);
});
