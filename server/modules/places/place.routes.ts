import { Hono } from 'hono';
import { requireInternal } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { notFound } from '../../http/errors.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam, readQuery } from '../../http/validate.js';
import { presentPlace } from './place.presenter.js';
import * as repo from './place.repo.js';
import { Place, PlaceCode, PlaceInput, PlaceList, PlaceQuery } from './place.schema.js';
import { savePlace } from './place.service.js';

/** The gazetteer: countries, regions and cities with names in kk, ru and en. */
export const placeRoutes = new Hono<AppEnv>();

describeRoute({
  method: 'get',
  path: '/places',
  tag: 'places',
  access: 'public',
  summary: 'List places of the gazetteer',
  query: PlaceQuery,
  response: { status: 200, description: 'The places', schema: PlaceList },
});
placeRoutes.get('/', async (c) => {
  const filter = readQuery(c, PlaceQuery);
  const rows = await repo.listPlaces(c.var.db, filter);
  return c.json({ items: rows.map(presentPlace) });
});

describeRoute({
  method: 'get',
  path: '/places/{code}',
  tag: 'places',
  access: 'public',
  summary: 'One place',
  params: { code: 'Place code, e.g. KZ-SEV or KZ-SEV-petropavlovsk' },
  response: { status: 200, description: 'The place', schema: Place },
  errors: [404],
});
placeRoutes.get('/:code', async (c) => {
  const code = readParam(c.req.param('code'), PlaceCode, 'code', 'place_not_found');
  const row = await repo.findPlace(c.var.db, code);
  if (!row) throw notFound('place_not_found', 'Place', code);
  return c.json(presentPlace(row));
});

describeRoute({
  method: 'put',
  path: '/places/{code}',
  tag: 'places',
  access: 'internal',
  summary: 'Add a place, or update it (send its current version)',
  params: { code: 'Place code: the country code, then -REGION, then -city' },
  body: PlaceInput,
  response: { status: 200, description: 'The saved place (201 when created)', schema: Place },
  errors: [404, 409],
});
placeRoutes.put('/:code', async (c) => {
  requireInternal(c.var.actor);
  const code = readParam(c.req.param('code'), PlaceCode, 'code', 'place_not_found');
  const input = await readJson(c, PlaceInput);
  const { place, created } = await savePlace(c.var.db, c.var.actor, code, input);
  return c.json(place, created ? 201 : 200);
});
