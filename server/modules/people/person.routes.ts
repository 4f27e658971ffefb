import { Hono } from 'hono';
import { requireInternal } from '../../http/auth.js';
import { DeleteQuery, Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam, readQuery } from '../../http/validate.js';
import { historyIntegrity } from '../audit/audit.history.js';
import { HistoryResponse } from '../audit/audit.schema.js';
import { recordHistory } from '../audit/record-history.js';
import { presentPerson, presentPublicPerson } from './person.presenter.js';
import * as repo from './person.repo.js';
import {
  Person,
  PersonInput,
  PersonList,
  PersonMergeInput,
  PersonQuery,
  PersonRelation,
  PersonRelations,
  PublicPerson,
  RelationInput,
} from './person.schema.js';
import * as service from './person.service.js';
import { mergePerson } from './person-merge.service.js';
import { addRelation, relationsFor, removeRelation } from './person-relations.service.js';

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
    'One person. The public sees only people who consented to be named and are victims in a public incident, without internal fields (PublicPerson). A person merged into another answers 308 to that person, when the caller may read them',
  params: idParam,
  response: { status: 200, description: 'The person', schema: Person, publicSchema: PublicPerson },
  errors: [404],
});
personRoutes.get('/:id', async (c) => {
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  // The public cannot tell an unconsented person from one that does not exist.
  const found = await service.readPersonOrMerged(c.var.db, c.var.actor, id);
  if ('mergedInto' in found) return c.redirect(`/api/v1/people/${found.mergedInto}`, 308);
  const { row, outletIds, audience } = found;
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
  summary:
    "Delete a person nothing refers to: 409 still_referenced, with a detail per kind (violations: a victim; actors: recorded as an actor; proceedings: a case's subject; relations: related to someone), otherwise",
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
  const items = (await recordHistory(c.var.db, c.var.actor, 'person', id)).entries;
  return c.json({ items, integrity: await historyIntegrity(c.var.db, items) });
});

describeRoute({
  method: 'post',
  path: '/people/{id}/merge',
  tag: 'people',
  access: 'internal',
  summary:
    'Merge this duplicate into the person they repeat, with a reason: victims, actors, cases, outlets and relations move, the incidents naming them are recomputed, this id then answers 308 to the target. The stricter consent wins. 409 merge_would_disclose when some reader may see only one of the two',
  params: idParam,
  body: PersonMergeInput,
  response: { status: 200, description: 'The person merged into', schema: Person },
  errors: [404, 409],
});
personRoutes.post('/:id/merge', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  const { into, version, reason } = await readJson(c, PersonMergeInput);
  return c.json(await mergePerson(c.var.db, c.var.actor, id, into, version, reason));
});

describeRoute({
  method: 'get',
  path: '/people/{id}/relations',
  tag: 'people',
  access: 'internal',
  summary:
    'The journalists this person is a relative or associate of, their own relatives and associates, and the incidents that targeted those because of their work (only people and incidents the caller may see)',
  params: idParam,
  response: { status: 200, description: 'Relations both ways', schema: PersonRelations },
  errors: [404],
});
personRoutes.get('/:id/relations', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  await service.readPerson(c.var.db, c.var.actor, id);
  const found = await relationsFor(c.var.db, c.var.actor, id);
  return c.json({
    journalists: found.journalists,
    relatives: found.relatives,
    targetedIncidents: found.targeted.map((i) => ({ id: i.id, reference: i.reference })),
  });
});

describeRoute({
  method: 'post',
  path: '/people/{id}/relations',
  tag: 'people',
  access: 'internal',
  summary: 'Record that this person is a relative or an associate of a journalist',
  params: idParam,
  body: RelationInput,
  response: { status: 201, description: 'The relation', schema: PersonRelation },
  errors: [404, 409],
});
personRoutes.post('/:id/relations', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  const { journalistId, kind } = await readJson(c, RelationInput);
  return c.json(await addRelation(c.var.db, c.var.actor, id, journalistId, kind), 201);
});

describeRoute({
  method: 'delete',
  path: '/people/{id}/relations/{journalistId}',
  tag: 'people',
  access: 'internal',
  summary: 'Remove the relation of this person to a journalist',
  params: { ...idParam, journalistId: 'The journalist they were recorded as related to' },
  response: { status: 204, description: 'Removed' },
  errors: [404],
});
personRoutes.delete('/:id/relations/:journalistId', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'person_not_found');
  const journalistId = readParam(c.req.param('journalistId'), Uuid, 'journalistId', 'person_not_found');
  await removeRelation(c.var.db, c.var.actor, id, journalistId);
  return c.body(null, 204);
});
