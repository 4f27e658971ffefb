import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../shared/i18n/index.js';
import type { LocalizedText } from '../../shared/languages.js';
import { can, confidentialReader } from '../http/auth.js';
import { Uuid } from '../http/common.schema.js';
import { AppError, asAppError, notFound } from '../http/errors.js';
import { linkedIncidents } from '../modules/incidents/incident-links.repo.js';
import type { PersonView } from '../modules/people/person.schema.js';
import { PersonMergeInput, RelationInput } from '../modules/people/person.schema.js';
import { deletePerson, readPerson, searchPeopleFor } from '../modules/people/person.service.js';
import { mergePerson } from '../modules/people/person-merge.service.js';
import { addRelation, removeRelation } from '../modules/people/person-relations.service.js';
import type { WorkspaceEnv } from './env.js';
import { type Fields, parseForm, text } from './form-state.js';
import { form, lang, me } from './forms.js';
import { checkCsrf, requireSession } from './session.js';
import type { Notice } from './views/layout.js';
import { type MergeCandidate, PersonMergePage } from './views/person.merge.page.js';

/*
 * What an editor does to a person besides editing: merge a duplicate into the person they repeat,
 * delete one nothing refers to, and link a relative or an associate to their journalist. Each
 * refusal comes back as the page it was asked from, with the reason in the reader's language.
 */

type Page = (c: Context<WorkspaceEnv>, id: string, notice?: Notice, status?: number) => Promise<Response>;

interface PersonPages {
  personPage: Page;
  loadPerson: (c: Context<WorkspaceEnv>, id: string) => Promise<PersonView | null>;
  roleLabels: (c: Context<WorkspaceEnv>) => Promise<Map<string, string>>;
}

const DONE = ['saved', 'merged', 'merged_away', 'related', 'unrelated'] as const;
const DONE_TEXT = {
  saved: 'ws.saved',
  merged: 'pp.merged',
  merged_away: 'pp.mergedAway',
  related: 'pp.relationAdded',
  unrelated: 'pp.relationRemoved',
} as const;

/** The notice a person's page shows after an action (`?done=`). */
export function personNotice(c: Context<WorkspaceEnv>): Notice | undefined {
  const done = c.req.query('done') as (typeof DONE)[number];
  return DONE.includes(done) ? { kind: 'done', text: t(lang(c), DONE_TEXT[done]) } : undefined;
}

const REFUSALS: Record<string, Parameters<typeof t>[1]> = {
  merge_would_disclose: 'pp.error.merge_would_disclose',
  same_person: 'pp.error.same_person',
  already_related: 'pp.error.already_related',
};

/** A refusal in the reader's words; anything else is the site's error page. */
function refusal(c: Context<WorkspaceEnv>, thrown: unknown): { notice: Notice; status: number } {
  const err = asAppError(thrown);
  if (!err || err.code === 'forbidden' || err.code === 'unauthorized' || err.code === 'csrf_failed')
    throw thrown;
  const l = lang(c);
  const say = (key: Parameters<typeof t>[1], vars = {}) => ({
    notice: { kind: 'error' as const, text: t(l, key, vars) },
    status: err.status,
  });
  if (err.code === 'still_referenced') {
    const reasons = err.details.map((d) => t(l, `pp.ref.${d.code}` as Parameters<typeof t>[1])).join('; ');
    return say('pp.refused', { reasons });
  }
  if (err.code === 'version_conflict') return say('ref.conflict');
  if (err.code.endsWith('_not_found')) return say('pp.error.gone');
  const known = REFUSALS[err.details[0]?.code ?? ''] ?? REFUSALS[err.code];
  if (known) return say(known);
  const field = err.details[0]?.path;
  if (field === 'into') return say('pp.error.chooseInto');
  if (field === 'reason') return say('pp.error.reason');
  return say('ref.fieldsInvalid');
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const RelationPair = z.strictObject({ personId: Uuid, journalistId: Uuid });

const versionOf = (f: Fields) => Number(text(f, 'version')) || 0;

/**
 * The people the search found, and the one chosen before a refusal (so the form comes back with
 * the choice and the reason typed), each with what tells them apart.
 */
async function mergeCandidates(c: Context<WorkspaceEnv>, personId: string, q: string, chosen: string) {
  const found = q
    ? (await searchPeopleFor(c.var.db, c.var.actor, q)).filter((p) => p.id !== personId).slice(0, 20)
    : [];
  if (chosen && chosen !== personId && !found.some((p) => p.id === chosen)) {
    const again = await readPerson(c.var.db, c.var.actor, chosen).catch(() => null);
    if (again) found.unshift(again.row);
  }
  if (!q && found.length === 0) return null;
  const reader = confidentialReader(c.var.actor);
  const candidates: MergeCandidate[] = [];
  for (const p of found) {
    const incidents = await linkedIncidents(c.var.db, { victimId: p.id }, reader);
    candidates.push({
      id: p.id,
      name: p.name,
      names: p.names as LocalizedText,
      roles: p.roles,
      consentToName: p.consent_to_name,
      incidents: incidents.length,
    });
  }
  return candidates;
}

function mayMerge(c: Context<WorkspaceEnv>): void {
  if (!can(c.var.actor, 'people.delete')) {
    throw new AppError('forbidden', 'Your account may not merge or delete people');
  }
}

/** Adds the merge, delete and relation routes to the people routes (`P` the list, `ID` one person). */
export function registerPersonActions(routes: Hono<WorkspaceEnv>, P: string, ID: string, pages: PersonPages) {
  const mergePage = async (
    c: Context<WorkspaceEnv>,
    typed: { q: string; into: string; reason: string },
    notice?: Notice,
    status = 200,
  ) => {
    const person = await pages.loadPerson(c, c.req.param('id') as string);
    if (!person) throw notFound('person_not_found', 'Person', c.req.param('id') as string);
    return c.html(
      <PersonMergePage
        lang={lang(c)}
        me={me(c)}
        person={person}
        q={typed.q}
        candidates={await mergeCandidates(c, person.id, typed.q, UUID_RE.test(typed.into) ? typed.into : '')}
        chosen={typed.into}
        reason={typed.reason}
        roleLabels={await pages.roleLabels(c)}
        notice={notice}
      />,
      status as 200,
    );
  };

  routes.get(`${P}/${ID}/merge`, requireSession(), (c) => {
    mayMerge(c);
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    return mergePage(c, { q, into: '', reason: '' });
  });

  routes.post(`${P}/${ID}/merge`, requireSession(), async (c) => {
    mayMerge(c);
    const id = c.req.param('id') as string;
    const f = await form(c);
    const typed = { q: text(f, 'q').slice(0, 200), into: text(f, 'into'), reason: text(f, 'reason') };
    try {
      checkCsrf(c, c.var.session, f);
      const input = parseForm(PersonMergeInput, {
        into: typed.into,
        version: versionOf(f),
        reason: typed.reason,
      });
      const target = await mergePerson(c.var.db, c.var.actor, id, input.into, input.version, input.reason);
      return c.redirect(`/${lang(c)}/workspace/people/${target.id}?done=merged`, 303);
    } catch (thrown) {
      const { notice, status } = refusal(c, thrown);
      return mergePage(c, typed, notice, status);
    }
  });

  routes.post(`${P}/${ID}/delete`, requireSession(), async (c) => {
    mayMerge(c);
    const id = c.req.param('id') as string;
    const f = await form(c);
    try {
      checkCsrf(c, c.var.session, f);
      await deletePerson(c.var.db, c.var.actor, id, versionOf(f));
      return c.redirect(`/${lang(c)}/workspace/people?done=deleted`, 303);
    } catch (thrown) {
      const { notice, status } = refusal(c, thrown);
      return pages.personPage(c, id, notice, status);
    }
  });

  routes.post(`${P}/${ID}/relations`, requireSession(), async (c) => {
    const id = c.req.param('id') as string;
    const f = await form(c);
    try {
      checkCsrf(c, c.var.session, f);
      const input = parseForm(RelationInput, {
        journalistId: text(f, 'journalistId'),
        kind: text(f, 'kind'),
      });
      await addRelation(c.var.db, c.var.actor, id, input.journalistId, input.kind);
      return c.redirect(`/${lang(c)}/workspace/people/${id}?done=related#relations`, 303);
    } catch (thrown) {
      const { notice, status } = refusal(c, thrown);
      return pages.personPage(c, id, notice, status);
    }
  });

  routes.post(`${P}/${ID}/relations/remove`, requireSession(), async (c) => {
    const id = c.req.param('id') as string;
    const f = await form(c);
    try {
      checkCsrf(c, c.var.session, f);
      const pair = parseForm(RelationPair, {
        personId: text(f, 'personId'),
        journalistId: text(f, 'journalistId'),
      });
      await removeRelation(c.var.db, c.var.actor, pair.personId, pair.journalistId);
      return c.redirect(`/${lang(c)}/workspace/people/${id}?done=unrelated#relations`, 303);
    } catch (thrown) {
      const { notice, status } = refusal(c, thrown);
      return pages.personPage(c, id, notice, status);
    }
  });
}
