import { type Context, Hono } from 'hono';
import { t } from '../../shared/i18n/index.js';
import { can, confidentialReader } from '../http/auth.js';
import { AppError, notFound } from '../http/errors.js';
import { linkedIncidents } from '../modules/incidents/incident-links.repo.js';
import { findOutlets } from '../modules/outlets/outlet.repo.js';
import { listOutletsFor } from '../modules/outlets/outlet.service.js';
import { presentPerson } from '../modules/people/person.presenter.js';
import { PersonInput, type PersonView } from '../modules/people/person.schema.js';
import {
  createPerson,
  readPerson,
  readPersonOrMerged,
  searchPeopleFor,
  updatePerson,
} from '../modules/people/person.service.js';
import { proceedingsOfSubject } from '../modules/people/person-links.repo.js';
import { relationsFor } from '../modules/people/person-relations.service.js';
import type { WorkspaceEnv } from './env.js';
import {
  all,
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
import { personNotice, registerPersonActions } from './person-actions.routes.js';
import { termChoices, UUID } from './reference.data.js';
import { requireSession } from './session.js';
import type { Notice } from './views/layout.js';
import { PeoplePage } from './views/people.page.js';
import { PersonFormPage } from './views/person.form.page.js';
import { PersonPage } from './views/person.page.js';

/** People: the list with cross-script search, a person's page, and the forms to add and edit. */
export const peopleRoutes = new Hono<WorkspaceEnv>();

const P = '/:lang{kk|ru|en}/workspace/people';
const ID = `:id{${UUID}}`;

const personFields = (p: PersonView): Fields => ({
  name: p.name,
  ...localizedFields('names', p.names),
  aliases: p.aliases.join('\n'),
  roles: p.roles,
  gender: p.gender,
  consentToName: p.consentToName ? 'true' : '',
  notes: p.notes ?? '',
  outletIds: p.outletIds,
  version: String(p.version),
});

const personInput = (f: Fields) =>
  parseForm(PersonInput, {
    name: text(f, 'name'),
    names: localized(f, 'names'),
    aliases: lines(f, 'aliases'),
    roles: all(f, 'roles'),
    gender: text(f, 'gender') || 'unknown',
    consentToName: text(f, 'consentToName') === 'true',
    notes: textOrNull(f, 'notes'),
    outletIds: all(f, 'outletIds'),
    version: version(f),
  });

const roleChoices = (c: Context<WorkspaceEnv>) => termChoices(c.var.db, 'victim_role', lang(c));
export const roleLabels = async (c: Context<WorkspaceEnv>) => new Map(await roleChoices(c));

export async function loadPerson(c: Context<WorkspaceEnv>, id: string): Promise<PersonView | null> {
  const found = await readPerson(c.var.db, c.var.actor, id).catch(() => null);
  return found && presentPerson(found.row, found.outletIds);
}

function mayWrite(c: Context<WorkspaceEnv>): void {
  if (!can(c.var.actor, 'people.write')) {
    throw new AppError('forbidden', 'Your account may not add or edit people');
  }
}

async function formPage(
  c: Context<WorkspaceEnv>,
  state: FormState,
  person?: { id: string; name: string },
  notice?: Notice,
  status = 200,
) {
  // The list of outlets is cut at 500 names: the person's own outlets are always among the choices.
  const listed = await listOutletsFor(c.var.db, c.var.actor, undefined);
  const linked = all(state.fields, 'outletIds').filter(
    (id) => new RegExp(`^${UUID}$`).test(id) && !listed.some((o) => o.id === id),
  );
  const outlets = [...listed, ...(await findOutlets(c.var.db, linked))];
  const choices = {
    roles: await roleChoices(c),
    outlets: outlets.map((o) => [o.id, o.name] as [string, string]),
  };
  return c.html(
    <PersonFormPage
      lang={lang(c)}
      me={me(c)}
      state={state}
      choices={choices}
      person={person}
      notice={notice}
    />,
    status as 200,
  );
}

peopleRoutes.get(P, requireSession(), async (c) => {
  const q = (c.req.query('q') ?? '').trim().slice(0, 200);
  const people = await searchPeopleFor(c.var.db, c.var.actor, q || undefined);
  return c.html(
    <PeoplePage
      lang={lang(c)}
      me={me(c)}
      q={q}
      people={people}
      roleLabels={await roleLabels(c)}
      mayAdd={can(c.var.actor, 'people.write')}
      notice={
        c.req.query('done') === 'deleted' ? { kind: 'done', text: t(lang(c), 'pp.deleted') } : undefined
      }
    />,
  );
});

peopleRoutes.get(`${P}/new`, requireSession(), (c) => {
  mayWrite(c);
  return formPage(c, freshForm({ gender: 'unknown' }));
});

peopleRoutes.post(P, requireSession(), async (c) => {
  mayWrite(c);
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      const person = await createPerson(c.var.db, c.var.actor, personInput({ ...f, version: '' }));
      return `/${lang(c)}/workspace/people/${person.id}?done=saved`;
    },
    render: (state, notice, status) => formPage(c, state, undefined, notice, status),
  });
});

/** A person's page; a merged id leads to the person it became. */
export async function personPage(c: Context<WorkspaceEnv>, id: string, notice?: Notice, status = 200) {
  const person = await loadPerson(c, id);
  if (!person) {
    const found = await readPersonOrMerged(c.var.db, c.var.actor, id).catch(() => null);
    if (found && 'mergedInto' in found) {
      return c.redirect(`/${lang(c)}/workspace/people/${found.mergedInto}?done=merged_away`, 301);
    }
    throw notFound('person_not_found', 'Person', id);
  }
  const reader = confidentialReader(c.var.actor);
  const mayEdit = can(c.var.actor, 'people.write');
  const relq = (c.req.query('relq') ?? '').trim().slice(0, 200);
  const [outlets, incidents, caseIncidents, labels, relations] = await Promise.all([
    findOutlets(c.var.db, person.outletIds),
    linkedIncidents(c.var.db, { victimId: id }, reader),
    linkedIncidents(c.var.db, { subjectId: id }, reader),
    roleLabels(c),
    relationsFor(c.var.db, c.var.actor, id),
  ]);
  const cases = await proceedingsOfSubject(
    c.var.db,
    id,
    caseIncidents.map((i) => i.id),
  );
  const related = new Set([
    id,
    ...relations.journalists.map((j) => j.id),
    ...relations.relatives.map((r) => r.id),
  ]);
  const candidates =
    mayEdit && relq
      ? (await searchPeopleFor(c.var.db, c.var.actor, relq)).filter((p) => !related.has(p.id)).slice(0, 20)
      : null;
  return c.html(
    <PersonPage
      lang={lang(c)}
      me={me(c)}
      data={{
        person,
        outlets,
        incidents,
        cases,
        roleLabels: labels,
        relations: { ...relations, candidates, relq },
      }}
      mayEdit={mayEdit}
      mayMerge={can(c.var.actor, 'people.delete')}
      notice={notice ?? personNotice(c)}
    />,
    status as 200,
  );
}

peopleRoutes.get(`${P}/${ID}`, requireSession(), (c) => personPage(c, c.req.param('id')));

peopleRoutes.get(`${P}/${ID}/edit`, requireSession(), async (c) => {
  mayWrite(c);
  const person = await loadPerson(c, c.req.param('id'));
  if (!person) throw notFound('person_not_found', 'Person', c.req.param('id'));
  return formPage(c, freshForm(personFields(person)), person);
});

peopleRoutes.post(`${P}/${ID}`, requireSession(), async (c) => {
  mayWrite(c);
  const id = c.req.param('id');
  const person = await loadPerson(c, id);
  if (!person) throw notFound('person_not_found', 'Person', id);
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      await updatePerson(c.var.db, c.var.actor, id, personInput(f));
      return `/${lang(c)}/workspace/people/${id}?done=saved`;
    },
    current: async () => {
      const now = await loadPerson(c, id);
      return now ? personFields(now) : null;
    },
    render: (state, notice, status) => formPage(c, state, person, notice, status),
  });
});

registerPersonActions(peopleRoutes, P, ID, { personPage, loadPerson, roleLabels });
