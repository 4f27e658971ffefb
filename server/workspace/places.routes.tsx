import { type Context, Hono } from 'hono';
import type { Labels } from '../../shared/languages.js';
import type { PlaceRow } from '../db/schema.js';
import { can } from '../http/auth.js';
import { AppError, type ErrorDetail, notFound, zodDetails } from '../http/errors.js';
import * as repo from '../modules/places/place.repo.js';
import { PlaceCode, PlaceInput, type PlaceKind } from '../modules/places/place.schema.js';
import { savePlace } from '../modules/places/place.service.js';
import type { WorkspaceEnv } from './env.js';
import {
  type Fields,
  type FormState,
  freshForm,
  lines,
  localized,
  localizedFields,
  numberOrNull,
  submitForm,
  text,
  version,
} from './form-state.js';
import { form, lang, me } from './forms.js';
import { savedNotice } from './reference.data.js';
import { requireSession } from './session.js';
import type { Notice } from './views/layout.js';
import { PlaceFormPage } from './views/place.form.page.js';
import { type CountryTree, PlacesPage } from './views/places.page.js';

/** Administrators: the gazetteer (country → regions → cities), names per language, new places. */
export const placeRoutes = new Hono<WorkspaceEnv>();

const G = '/:lang{kk|ru|en}/workspace/places';
const CODE = ':code{[A-Z]{2}[A-Za-z0-9-]*}';
const CHILD_KIND: Record<PlaceKind, PlaceKind | null> = { country: 'region', region: 'city', city: null };

function mayAdminister(c: Context<WorkspaceEnv>): void {
  if (!can(c.var.actor, 'reference.write')) {
    throw new AppError('forbidden', 'The gazetteer is edited by administrators');
  }
}

function treeOf(places: PlaceRow[]): CountryTree[] {
  const children = (code: string) => places.filter((p) => p.parent_code === code);
  return places
    .filter((p) => p.kind === 'country')
    .map((country) => ({
      country,
      regions: children(country.code).map((region) => ({ region, cities: children(region.code) })),
    }));
}

const placeFields = (p: PlaceRow): Fields => ({
  ...localizedFields('names', p.names as Labels),
  aliases: p.aliases.join('\n'),
  lat: p.lat === null ? '' : String(p.lat),
  lon: p.lon === null ? '' : String(p.lon),
  version: String(p.version),
});

/** The form as the service's input; the code is checked like the API checks it. */
function placeInput(f: Fields, code: string, kind: PlaceKind, parent: string | null) {
  const details: ErrorDetail[] = PlaceCode.safeParse(code).success
    ? []
    : [{ path: 'code', code: 'invalid_format' }];
  const parsed = PlaceInput.safeParse({
    kind,
    parent,
    names: localized(f, 'names'),
    aliases: lines(f, 'aliases'),
    lat: numberOrNull(f, 'lat'),
    lon: numberOrNull(f, 'lon'),
    version: version(f),
  });
  if (!parsed.success) details.push(...zodDetails(parsed.error));
  if (!parsed.success || details.length > 0) throw new AppError('validation_failed', 'Invalid form', details);
  return parsed.data;
}

/** The place a new one goes into (none for a country); cities have no places inside them. */
async function parentOf(c: Context<WorkspaceEnv>, code: string): Promise<PlaceRow | null> {
  if (!code) return null;
  const parent = await repo.findPlace(c.var.db, code);
  if (!parent || CHILD_KIND[parent.kind] === null) throw notFound('place_not_found', 'Place', code);
  return parent;
}

function formPage(
  c: Context<WorkspaceEnv>,
  state: FormState,
  parent: PlaceRow | null,
  place?: PlaceRow,
  notice?: Notice,
  status = 200,
) {
  return c.html(
    <PlaceFormPage lang={lang(c)} me={me(c)} state={state} parent={parent} place={place} notice={notice} />,
    status as 200,
  );
}

placeRoutes.get(G, requireSession(), async (c) => {
  mayAdminister(c);
  const tree = treeOf(await repo.listPlaces(c.var.db, {}));
  return c.html(<PlacesPage lang={lang(c)} me={me(c)} tree={tree} notice={savedNotice(c)} />);
});

placeRoutes.get(`${G}/new`, requireSession(), async (c) => {
  mayAdminister(c);
  const parent = await parentOf(c, c.req.query('parent') ?? '');
  return formPage(c, freshForm({ code: parent ? `${parent.code}-` : '' }), parent);
});

placeRoutes.post(G, requireSession(), async (c) => {
  mayAdminister(c);
  const f = await form(c);
  const parent = await parentOf(c, text(f, 'parent'));
  return submitForm(c, f, {
    save: async () => {
      const code = text(f, 'code');
      const kind = parent ? (CHILD_KIND[parent.kind] as PlaceKind) : 'country';
      await savePlace(
        c.var.db,
        c.var.actor,
        code,
        placeInput({ ...f, version: '' }, code, kind, parent?.code ?? null),
      );
      return `/${lang(c)}/workspace/places?done=saved`;
    },
    render: (state, notice, status) => formPage(c, state, parent, undefined, notice, status),
  });
});

async function findOrFail(c: Context<WorkspaceEnv>): Promise<PlaceRow> {
  const code = c.req.param('code') as string;
  const place = await repo.findPlace(c.var.db, code);
  if (!place) throw notFound('place_not_found', 'Place', code);
  return place;
}

placeRoutes.get(`${G}/${CODE}`, requireSession(), async (c) => {
  mayAdminister(c);
  const place = await findOrFail(c);
  const parent = place.parent_code ? ((await repo.findPlace(c.var.db, place.parent_code)) ?? null) : null;
  return formPage(c, freshForm(placeFields(place)), parent, place);
});

placeRoutes.post(`${G}/${CODE}`, requireSession(), async (c) => {
  mayAdminister(c);
  const place = await findOrFail(c);
  const parent = place.parent_code ? ((await repo.findPlace(c.var.db, place.parent_code)) ?? null) : null;
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      await savePlace(
        c.var.db,
        c.var.actor,
        place.code,
        placeInput(f, place.code, place.kind, place.parent_code),
      );
      return `/${lang(c)}/workspace/places?done=saved`;
    },
    current: async () => {
      const now = await repo.findPlace(c.var.db, place.code);
      return now ? placeFields(now) : null;
    },
    render: (state, notice, status) => formPage(c, state, parent, place, notice, status),
  });
});
