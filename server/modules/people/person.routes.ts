import { Hono } from 'hono';
import { requireInternal } from '../../http/auth.js';
import { DeleteQuery, Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam, readQuery } from '../../http/validate.js';
import { HistoryResponse } from '../audit/audit.schema.js';
import { recordHistory } from '../audit/record-history.js';
import { presentPerson, presentPublicPerson } from './person.presenter.js';
import * as repo from './person.repo.js';
import { Person, PersonInput, PersonList, PersonQuery, PublicPerson } from './person.schema.js';
import * as service from './person.service.js';

/** Victims (and later perpetrators): names across scripts, roles, outlets, consent. */
export const personRoutes = new Hono<AppEnv>();

const idParam = { id: 'Person id' };

describeRoute({
  method: 'get',
  path: '/people',
  tag: 'people',
  access: 'internal',
  summary: 'Find people by name in any script',
  query: PersonQuery,
  response: { status: 200, description: 'People by name', schema: PersonList },
});
personRoutes.get('/', async (c) => {
  requireInternal(c.var.actor);
  const { q } = readQuery(c, PersonQuery);
  const rows = await service.searchPeopleFor(c.var.db, c.var.actor, q);
  const outlets = await repo.outletIdsOf(
    c.var.db,
    rows.map((r) => r.id),
  );
  return c.json({ items: rows.map((r) => presentPerson(r, outlets.get(r.id) ?? [])) });
});

describeRoute({
  method: 'post',
  path: '/people',
  tag: 'people',
  access: 'internal',
  summary: 'Add a person',
  body: PersonInput,
  response: { status: 201, description: 'The new person', schema: Person },
});
personRoutes.post('/', async (c) => {
  requireInternal(c.var.actor);
  const input = await readJson(c, PersonInput);
  return c.json(await service.createPerson(c.var.db, c.var.actor, input), 201);
});

describeRoute({
  method: 'get',
  path: '/people/{id}',
  tag: 'people',
  access: 'public',
  summary:
    'One person. The public sees only people who consented to be named and are victims in a public incident, without internal fields (PublicPerson)',
  params: idParam,
  response: { status: 200, description: 'The person', schema: Person, publicSchema: PublicPerson },
  errors: [404],
});
personRoutes.get('/:id', async (c) => {
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  // The public cannot tell an unconsented person from one that does not exist.
  const { row, outletIds, audience } = await service.readPerson(c.var.db, c.var.actor, id);
  return c.json(
    audience === 'internal' ? presentPerson(row, outletIds) : presentPublicPerson(row, outletIds),
  );
});

describeRoute({
  method: 'put',
  path: '/people/{id}',
  tag: 'people',
  access: 'internal',
  summary: 'Update a person',
  params: idParam,
  body: PersonInput,
  response: { status: 200, description: 'The updated person', schema: Person },
  errors: [404, 409],
});
personRoutes.put('/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  const input = await readJson(c, PersonInput);
  return c.json(await service.updatePerson(c.var.db, c.var.actor, id, input));
});

describeRoute({
  method: 'delete',
  path: '/people/{id}',
  tag: 'people',
  access: 'internal',
  summary: 'Delete a person who is no victim in any incident',
  params: idParam,
  query: DeleteQuery,
  response: { status: 204, description: 'Deleted' },
  errors: [404, 409],
});
personRoutes.delete('/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  const { version } = readQuery(c, DeleteQuery);
  await service.deletePerson(c.var.db, c.var.actor, id, version);
  return c.body(null, 204);
});

describeRoute({
  method: 'get',
  path: '/people/{id}/history',
  tag: 'people',
  access: 'internal',
  summary: 'Every change to the person',
  params: idParam,
  response: { status: 200, description: 'Oldest first', schema: HistoryResponse },
});
personRoutes.get('/:id/history', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  return c.json({ items: (await recordHistory(c.var.db, c.var.actor, 'person', id)).entries });
});
