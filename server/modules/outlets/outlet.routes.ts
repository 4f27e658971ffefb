import { Hono } from 'hono';
import { requireInternal } from '../../http/auth.js';
import { DeleteQuery, Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam, readQuery } from '../../http/validate.js';
import { presentOutlet } from './outlet.presenter.js';
import { Outlet, OutletInput, OutletList, OutletQuery } from './outlet.schema.js';
import * as service from './outlet.service.js';

/** Newspapers, sites, channels: the outlets victims work for. */
export const outletRoutes = new Hono<AppEnv>();

const idParam = { id: 'Outlet id' };

describeRoute({
  method: 'get',
  path: '/outlets',
  tag: 'outlets',
  access: 'public',
  summary: 'List or find outlets',
  query: OutletQuery,
  response: { status: 200, description: 'Outlets by name', schema: OutletList },
});
outletRoutes.get('/', async (c) => {
  const { q } = readQuery(c, OutletQuery);
  return c.json({ items: (await service.listOutletsFor(c.var.db, c.var.actor, q)).map(presentOutlet) });
});

describeRoute({
  method: 'post',
  path: '/outlets',
  tag: 'outlets',
  access: 'internal',
  summary: 'Add an outlet',
  body: OutletInput,
  response: { status: 201, description: 'The new outlet', schema: Outlet },
  errors: [409],
});
outletRoutes.post('/', async (c) => {
  requireInternal(c.var.actor);
  const input = await readJson(c, OutletInput);
  return c.json(await service.createOutlet(c.var.db, c.var.actor, input), 201);
});

describeRoute({
  method: 'get',
  path: '/outlets/{id}',
  tag: 'outlets',
  access: 'public',
  summary: 'One outlet',
  params: idParam,
  response: { status: 200, description: 'The outlet', schema: Outlet },
  errors: [404],
});
outletRoutes.get('/:id', async (c) => {
  const id = readParam(c.req.param('id'), Uuid, 'id', 'outlet_not_found');
  return c.json(presentOutlet(await service.readOutlet(c.var.db, c.var.actor, id)));
});

describeRoute({
  method: 'put',
  path: '/outlets/{id}',
  tag: 'outlets',
  access: 'internal',
  summary: 'Update an outlet',
  params: idParam,
  body: OutletInput,
  response: { status: 200, description: 'The updated outlet', schema: Outlet },
  errors: [404, 409],
});
outletRoutes.put('/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'outlet_not_found');
  const input = await readJson(c, OutletInput);
  return c.json(await service.updateOutlet(c.var.db, c.var.actor, id, input));
});

describeRoute({
  method: 'delete',
  path: '/outlets/{id}',
  tag: 'outlets',
  access: 'internal',
  summary: 'Delete an outlet nobody is linked to',
  params: idParam,
  query: DeleteQuery,
  response: { status: 204, description: 'Deleted' },
  errors: [404, 409],
});
outletRoutes.delete('/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'outlet_not_found');
  const { version } = readQuery(c, DeleteQuery);
  await service.deleteOutlet(c.var.db, c.var.actor, id, version);
  return c.body(null, 204);
});
