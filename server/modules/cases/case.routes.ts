import { type Context, Hono } from 'hono';
import { audienceOf, requireInternal } from '../../http/auth.js';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { notFound } from '../../http/errors.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam } from '../../http/validate.js';
import { gateIncident } from '../incidents/incident.gate.js';
import { findPeople } from '../people/person.repo.js';
import { todayUtc } from './accountability.effective.js';
import { loadCase } from './case.load.js';
import { type CaseParts, presentCase, presentPublicCase } from './case.presenter.js';
import {
  Case,
  InvolvementInput,
  InvolvementUpdate,
  LegalStatusInput,
  OverrideInput,
  ProceedingEventInput,
  ProceedingInput,
  PublicCase,
  RetractInput,
} from './case.schema.js';
import * as service from './case.service.js';

/** The accountability story of an incident: who did it, and what the authorities did. */
export const caseRoutes = new Hono<AppEnv>();

const incidentParam = { id: 'Incident id or reference' };

/** The case after a change, as an internal reader sees it with the configured stall threshold. */
const present = (c: Context<AppEnv>, parts: CaseParts) =>
  presentCase(parts, todayUtc(), c.var.stalledAfterDays);
const changed = { status: 200, description: 'The case after the change', schema: Case };

describeRoute({
  method: 'get',
  path: '/incidents/{id}/case',
  tag: 'accountability',
  access: 'public',
  summary: 'Involvements, proceedings with their event logs, and the derived accountability status',
  params: incidentParam,
  response: { status: 200, description: 'The case', schema: Case, publicSchema: PublicCase },
  errors: [404],
});
caseRoutes.get('/incidents/:id/case', async (c) => {
  const isPublic = audienceOf(c.var.actor) === 'public';
  const incident = await gateIncident(c.var.db, c.var.actor, c.req.param('id'));
  const parts = await loadCase(c.var.db, incident.id, isPublic);
  if (!parts) throw notFound('incident_not_found', 'Incident', c.req.param('id'));
  const today = todayUtc();
  if (!isPublic) return c.json(presentCase(parts, today, c.var.stalledAfterDays));
  const subjects = parts.proceedings.flatMap((p) => (p.subject_id ? [p.subject_id] : []));
  const named = new Set(
    (await findPeople(c.var.db, subjects)).filter((p) => p.consent_to_name).map((p) => p.id),
  );
  return c.json(presentPublicCase(parts, today, c.var.stalledAfterDays, named));
});

describeRoute({
  method: 'post',
  path: '/incidents/{id}/involvements',
  tag: 'accountability',
  access: 'internal',
  summary: 'Record that an actor took part, in which role, and their legal status',
  params: incidentParam,
  body: InvolvementInput,
  response: { ...changed, status: 201 },
  errors: [404],
});
caseRoutes.post('/incidents/:id/involvements', async (c) => {
  requireInternal(c.var.actor);
  const input = await readJson(c, InvolvementInput);
  return c.json(
    present(c, await service.addInvolvement(c.var.db, c.var.actor, c.req.param('id'), input)),
    201,
  );
});

describeRoute({
  method: 'put',
  path: '/involvements/{id}',
  tag: 'accountability',
  access: 'internal',
  summary: 'Change an involvement’s role, headcount, violation or note',
  params: { id: 'Involvement id' },
  body: InvolvementUpdate,
  response: changed,
  errors: [404, 409],
});
caseRoutes.put('/involvements/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'involvement_not_found');
  const input = await readJson(c, InvolvementUpdate);
  return c.json(present(c, await service.updateInvolvement(c.var.db, c.var.actor, id, input)), 200);
});

describeRoute({
  method: 'post',
  path: '/involvements/{id}/status',
  tag: 'accountability',
  access: 'internal',
  summary: 'A dated change of legal status (identified, detained, charged, convicted…)',
  params: { id: 'Involvement id' },
  body: LegalStatusInput,
  response: changed,
  errors: [404],
});
caseRoutes.post('/involvements/:id/status', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'involvement_not_found');
  const input = await readJson(c, LegalStatusInput);
  return c.json(present(c, await service.changeLegalStatus(c.var.db, c.var.actor, id, input)), 200);
});

describeRoute({
  method: 'post',
  path: '/incidents/{id}/proceedings',
  tag: 'accountability',
  access: 'internal',
  summary: 'Open a legal track: against the perpetrators or against the journalist',
  params: incidentParam,
  body: ProceedingInput,
  response: { ...changed, status: 201 },
  errors: [404],
});
caseRoutes.post('/incidents/:id/proceedings', async (c) => {
  requireInternal(c.var.actor);
  const input = await readJson(c, ProceedingInput);
  return c.json(
    present(c, await service.addProceeding(c.var.db, c.var.actor, c.req.param('id'), input)),
    201,
  );
});

describeRoute({
  method: 'put',
  path: '/proceedings/{id}',
  tag: 'accountability',
  access: 'internal',
  summary: 'Update a proceeding’s case number, authority, article or note',
  params: { id: 'Proceeding id' },
  body: ProceedingInput,
  response: changed,
  errors: [404, 409],
});
caseRoutes.put('/proceedings/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'proceeding_not_found');
  const input = await readJson(c, ProceedingInput);
  return c.json(present(c, await service.updateProceeding(c.var.db, c.var.actor, id, input)), 200);
});

describeRoute({
  method: 'post',
  path: '/proceedings/{id}/events',
  tag: 'accountability',
  access: 'internal',
  summary: 'Append a dated event to the proceeding’s log',
  params: { id: 'Proceeding id' },
  body: ProceedingEventInput,
  response: { ...changed, status: 201 },
  errors: [404],
});
caseRoutes.post('/proceedings/:id/events', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'proceeding_not_found');
  const input = await readJson(c, ProceedingEventInput);
  return c.json(present(c, await service.addProceedingEvent(c.var.db, c.var.actor, id, input)), 201);
});

describeRoute({
  method: 'put',
  path: '/proceeding-events/{id}',
  tag: 'accountability',
  access: 'internal',
  summary: 'Correct an event (the history keeps what it said before)',
  params: { id: 'Event id' },
  body: ProceedingEventInput,
  response: changed,
  errors: [404, 409],
});
caseRoutes.put('/proceeding-events/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'event_not_found');
  const input = await readJson(c, ProceedingEventInput);
  return c.json(present(c, await service.correctProceedingEvent(c.var.db, c.var.actor, id, input)), 200);
});

describeRoute({
  method: 'post',
  path: '/proceeding-events/{id}/retract',
  tag: 'accountability',
  access: 'internal',
  summary: 'Retract an event with a reason: it stays in the log, marked, and no longer counts',
  params: { id: 'Event id' },
  body: RetractInput,
  response: changed,
  errors: [404, 409],
});
caseRoutes.post('/proceeding-events/:id/retract', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'event_not_found');
  const input = await readJson(c, RetractInput);
  return c.json(present(c, await service.retractProceedingEvent(c.var.db, c.var.actor, id, input)), 200);
});

describeRoute({
  method: 'put',
  path: '/incidents/{id}/accountability-override',
  tag: 'accountability',
  access: 'internal',
  summary:
    'Set the accountability status by hand (with a written reason), or remove the override (status null)',
  params: incidentParam,
  body: OverrideInput,
  response: changed,
  errors: [404],
});
caseRoutes.put('/incidents/:id/accountability-override', async (c) => {
  requireInternal(c.var.actor);
  const input = await readJson(c, OverrideInput);
  return c.json(present(c, await service.setOverride(c.var.db, c.var.actor, c.req.param('id'), input)), 200);
});
