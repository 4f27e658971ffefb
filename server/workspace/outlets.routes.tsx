import { type Context, Hono } from 'hono';
import type { OutletRow } from '../db/schema.js';
import { can, confidentialReader } from '../http/auth.js';
import { AppError } from '../http/errors.js';
import { readerScope } from '../modules/incidents/incident.gate.js';
import { linkedIncidents } from '../modules/incidents/incident-links.repo.js';
import { OutletInput } from '../modules/outlets/outlet.schema.js';
import { createOutlet, listOutletsFor, readOutlet, updateOutlet } from '../modules/outlets/outlet.service.js';
import { peopleOfOutlet } from '../modules/people/person-links.repo.js';
import type { WorkspaceEnv } from './env.js';
import {
  type Fields,
  type FormState,
  freshForm,
  lines,
  localized,
  localizedFields,
  parseForm,
  submitForm,
  text,
  textOrNull,
  version,
} from './form-state.js';
import { form, lang, me } from './forms.js';
import { savedNotice, termChoices, UUID } from './reference.data.js';
import { requireSession } from './session.js';
import type { Notice } from './views/layout.js';
import { OutletFormPage } from './views/outlet.form.page.js';
import { OutletPage } from './views/outlet.page.js';
import { OutletsPage } from './views/outlets.page.js';

/** Outlets: the list, an outlet's page with its people and incidents, and the forms. */
export const outletRoutes = new Hono<WorkspaceEnv>();

const O = '/:lang{kk|ru|en}/workspace/outlets';
const ID = `:id{${UUID}}`;

const outletFields = (o: OutletRow): Fields => ({
  name: o.name,
  ...localizedFields('names', o.names),
  aliases: o.aliases.join('\n'),
  type: o.outlet_type,
  independence: o.independence,
  country: o.country ?? '',
  url: o.url ?? '',
  version: String(o.version),
});

const outletInput = (f: Fields) =>
  parseForm(OutletInput, {
    name: text(f, 'name'),
    names: localized(f, 'names'),
    aliases: lines(f, 'aliases'),
    type: text(f, 'type'),
    independence: text(f, 'independence') || 'unknown',
    country: textOrNull(f, 'country')?.toUpperCase() ?? null,
    url: textOrNull(f, 'url'),
    version: version(f),
  });

const typeChoices = (c: Context<WorkspaceEnv>) => termChoices(c.var.db, 'outlet_type', lang(c));

function mayWrite(c: Context<WorkspaceEnv>): void {
  if (!can(c.var.actor, 'people.write')) {
    throw new AppError('forbidden', 'Your account may not add or edit outlets');
  }
}

async function formPage(
  c: Context<WorkspaceEnv>,
  state: FormState,
  outlet?: OutletRow,
  notice?: Notice,
  status = 200,
) {
  return c.html(
    <OutletFormPage
      lang={lang(c)}
      me={me(c)}
      state={state}
      types={await typeChoices(c)}
      outlet={outlet}
      notice={notice}
    />,
    status as 200,
  );
}

async function findOrFail(c: Context<WorkspaceEnv>): Promise<OutletRow> {
  const id = c.req.param('id') as string;
  return readOutlet(c.var.db, c.var.actor, id);
}

outletRoutes.get(O, requireSession(), async (c) => {
  const q = (c.req.query('q') ?? '').trim().slice(0, 200);
  return c.html(
    <OutletsPage
      lang={lang(c)}
      me={me(c)}
      q={q}
      outlets={await listOutletsFor(c.var.db, c.var.actor, q || undefined)}
      typeLabels={new Map(await typeChoices(c))}
      mayAdd={can(c.var.actor, 'people.write')}
    />,
  );
});

outletRoutes.get(`${O}/new`, requireSession(), (c) => {
  mayWrite(c);
  return formPage(c, freshForm({ independence: 'unknown', country: 'KZ' }));
});

outletRoutes.post(O, requireSession(), async (c) => {
  mayWrite(c);
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      const outlet = await createOutlet(c.var.db, c.var.actor, outletInput({ ...f, version: '' }));
      return `/${lang(c)}/workspace/outlets/${outlet.id}?done=saved`;
    },
    render: (state, notice, status) => formPage(c, state, undefined, notice, status),
  });
});

outletRoutes.get(`${O}/${ID}`, requireSession(), async (c) => {
  const outlet = await findOrFail(c);
  const [people, incidents, types] = await Promise.all([
    peopleOfOutlet(c.var.db, outlet.id, readerScope(c.var.actor)),
    linkedIncidents(c.var.db, { outletId: outlet.id }, confidentialReader(c.var.actor)),
    typeChoices(c),
  ]);
  const typeLabel = new Map(types).get(outlet.outlet_type) ?? outlet.outlet_type;
  return c.html(
    <OutletPage
      lang={lang(c)}
      me={me(c)}
      data={{ outlet, people, incidents, typeLabel }}
      mayEdit={can(c.var.actor, 'people.write')}
      notice={savedNotice(c)}
    />,
  );
});

outletRoutes.get(`${O}/${ID}/edit`, requireSession(), async (c) => {
  mayWrite(c);
  const outlet = await findOrFail(c);
  return formPage(c, freshForm(outletFields(outlet)), outlet);
});

outletRoutes.post(`${O}/${ID}`, requireSession(), async (c) => {
  mayWrite(c);
  const outlet = await findOrFail(c);
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      await updateOutlet(c.var.db, c.var.actor, outlet.id, outletInput(f));
      return `/${lang(c)}/workspace/outlets/${outlet.id}?done=saved`;
    },
    current: async () => {
      const now = await readOutlet(c.var.db, c.var.actor, outlet.id).catch(() => null);
      return now ? outletFields(now) : null;
    },
    render: (state, notice, status) => formPage(c, state, outlet, notice, status),
  });
});
