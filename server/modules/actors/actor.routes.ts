import { Hono } from 'hono';
import { audienceOf, requireInternal } from '../../http/auth.js';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam } from '../../http/validate.js';
import { presentActor, presentPublicActor } from './actor.presenter.js';
import { Actor, ActorInput, ActorList, PublicActor } from './actor.schema.js';
import * as service from './actor.service.js';

/** Perpetrators and other actors: police, officials, private security, unknown persons… */
export const actorRoutes = new Hono<AppEnv>();

describeRoute({
  method: 'get',
  path: '/actors',
  tag: 'accountability',
  access: 'internal',
  summary: 'List actors',
  response: { status: 200, description: 'Actors by type and name', schema: ActorList },
});
actorRoutes.get('/', async (c) => {
  requireInternal(c.var.actor);
  return c.json({ items: (await service.listActorsFor(c.var.db, c.var.actor)).map(presentActor) });
});

describeRoute({
  method: 'post',
  path: '/actors',
  tag: 'accountability',
  access: 'internal',
  summary: 'Add an actor',
  body: ActorInput,
  response: { status: 201, description: 'The new actor', schema: Actor },
});
actorRoutes.post('/', async (c) => {
  requireInternal(c.var.actor);
  return c.json(await service.createActor(c.var.db, c.var.actor, await readJson(c, ActorInput)), 201);
});

describeRoute({
  method: 'get',
  path: '/actors/{id}',
  tag: 'accountability',
  access: 'public',
  summary: 'One actor (the public sees institutions named, individuals not)',
  params: { id: 'Actor id' },
  response: { status: 200, description: 'The actor', schema: Actor, publicSchema: PublicActor },
  errors: [404],
});
actorRoutes.get('/:id', async (c) => {
  const id = readParam(c.req.param('id'), Uuid, 'id', 'actor_not_found');
  const row = await service.readActor(c.var.db, c.var.actor, id);
  return c.json(audienceOf(c.var.actor) === 'internal' ? presentActor(row) : presentPublicActor(row));
});

describeRoute({
  method: 'put',
  path: '/actors/{id}',
  tag: 'accountability',
  access: 'internal',
  summary: 'Update an actor',
  params: { id: 'Actor id' },
  body: ActorInput,
  response: { status: 200, description: 'The updated actor', schema: Actor },
  errors: [404, 409],
});
actorRoutes.put('/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'actor_not_found');
  return c.json(await service.updateActor(c.var.db, c.var.actor, id, await readJson(c, ActorInput)));
});
