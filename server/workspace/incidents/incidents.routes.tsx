import { type Context, Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import { can } from '../../http/auth.js';
import { AppError, type ErrorDetail } from '../../http/errors.js';
import { parseParams } from '../../http/validate.js';
import { listAssignable } from '../../modules/accounts/account.repo.js';
import { listEvidence } from '../../modules/evidence/evidence.service.js';
import { findDuplicates } from '../../modules/incidents/duplicates.js';
import { workflowPermission } from '../../modules/incidents/incident.access.js';
import { gateHistory, gateIncident, readerScope } from '../../modules/incidents/incident.gate.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import { IncidentInput } from '../../modules/incidents/incident.schema.js';
import { createIncident, readIncident, updateIncident } from '../../modules/incidents/incident.service.js';
import { addGrant, GrantInput, listGrants, removeGrant } from '../../modules/incidents/incident-grants.js';
import { IncidentQuery } from '../../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../../modules/incidents/incident-list.service.js';
import { isPublicRow } from '../../modules/incidents/incident-scope.repo.js';
import { CommentInput } from '../../modules/incidents/workflow.routes.js';
import {
  addComment,
  assignIncident,
  listComments,
  mergeIncident,
  moveIncident,
  TRANSITIONS,
  type Verification,
} from '../../modules/incidents/workflow.service.js';
import type { WorkspaceEnv } from '../env.js';
import { parseForm } from '../form-state.js';
import { form, lang, me, one, problem } from '../forms.js';
import { checkCsrf, requireSession } from '../session.js';
import { editorOptions } from './editor.options.js';
import { EditorPage, type TheirChange } from './editor.page.js';
import type { HistoryEntry } from './history.js';
import { IncidentPage, type IncidentPageData } from './incident.page.js';
import { documentOf, type FormValues, valuesOf } from './incident-form.js';
import { ListPage } from './list.page.js';
import { caseOf, reviewLookups, victimsOf } from './review.data.js';

/** The workspace's incident pages: list, editor, the record with its workflow, and its history. */
export const incidentPages = new Hono<WorkspaceEnv>();

const W = '/:lang{kk|ru|en}/workspace/incidents';
incidentPages.use(`${W}/*`, requireSession());
incidentPages.use(W, requireSession());

const flat = (f: Record<string, string | string[]>): FormValues =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, one(v)]));

const pagePath = (c: Context, reference: string, rest = '') =>
  `/${lang(c)}/workspace/incidents/${reference}${rest}`;

incidentPages.get(W, async (c) => {
  const q = c.req.query('q') ?? '';
  const verification = c.req.query('verification') ?? '';
  const mine = c.req.query('mine') === 'true';
  const params = new URLSearchParams({ limit: '50', q, verification });
  if (mine) params.set('assignedTo', c.var.session.account.id);
  // An unknown state in the address is the reader's mistake: 400 in the workspace frame.
  const query = parseParams(params, IncidentQuery, true);
  const result = await listIncidents(c.var.db, query, c.var.actor, c.var.stalledAfterDays);
  return c.html(
    <ListPage
      lang={lang(c)}
      me={me(c)}
      items={result.items as never}
      total={result.total ?? result.items.length}
      query={{ q, verification, mine }}
      mayCreate={can(c.var.actor, 'incidents.write')}
    />,
  );
});

async function editor(
  c: Context<WorkspaceEnv>,
  values: FormValues,
  reference: string | null,
  extra: Partial<Parameters<typeof EditorPage>[0]> = {},
  status = 200,
) {
  const options = await editorOptions(c.var.db, lang(c), readerScope(c.var.actor));
  return c.html(
    <EditorPage
      lang={lang(c)}
      me={me(c)}
      values={values}
      options={options}
      reference={reference}
      mayChangeVisibility={can(c.var.actor, 'incidents.visibility')}
      {...extra}
    />,
    status as 200,
  );
}

/** What went wrong with a save, field by field, in the reader's language. */
function invalidNotice(c: Context, details: ErrorDetail[]) {
  const ambiguous = details.find((d) => d.code === 'ambiguous');
  const l = lang(c);
  if (ambiguous) {
    return {
      kind: 'error' as const,
      text: `${problem(l, new AppError('validation_failed', '', details)).text} ${ambiguous.message ?? ''}`,
    };
  }
  return problem(l, new AppError('validation_failed', 'Invalid', details));
}

/** The incident document the editor's fields describe, checked by the API's own schema. */
async function documentFrom(c: Context<WorkspaceEnv>, values: FormValues, editing: boolean) {
  return parseForm(IncidentInput, await documentOf(c.var.db, readerScope(c.var.actor), values, editing));
}

incidentPages.get(`${W}/new`, (c) => editor(c, { 'place.country': 'KZ', originalLanguage: lang(c) }, null));

incidentPages.post(`${W}/new`, async (c) => {
  const f = await form(c);
  const values = flat(f);
  try {
    checkCsrf(c, c.var.session, f);
    const created = await createIncident(c.var.db, c.var.actor, await documentFrom(c, values, false));
    return c.redirect(`${pagePath(c, created.reference)}?done=created`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.code === 'csrf_failed' || err.code === 'forbidden') throw err;
    return editor(
      c,
      values,
      null,
      { notice: invalidNotice(c, err.details), invalid: new Set(err.details.map((d) => d.path)) },
      err.status,
    );
  }
});

async function load(c: Context<WorkspaceEnv>): Promise<IncidentView> {
  const view = await readIncident(
    c.var.db,
    c.var.actor,
    c.req.param('reference') as string,
    c.var.stalledAfterDays,
  );
  return view as IncidentView;
}

incidentPages.get(`${W}/:reference/edit`, async (c) => {
  const incident = await load(c);
  return editor(c, valuesOf(incident), incident.reference);
});

/** The changes others saved after the version this person read, for the conflict panel. */
async function theirChanges(c: Context<WorkspaceEnv>, incidentId: string, readVersion: number) {
  const entries = (await gateHistory(c.var.db, c.var.actor, incidentId, ['incident'])) as HistoryEntry[];
  const later = entries.filter((e) =>
    e.changes.some((ch) => ch.path === 'version' && Number(ch.after) > readVersion),
  );
  const hidden = new Set(['version', 'updatedAt', 'updatedBy']);
  const changes: TheirChange[] = later.flatMap((e) => e.changes.filter((ch) => !hidden.has(ch.path)));
  return { by: later.at(-1)?.actorName ?? '?', changes };
}

incidentPages.post(`${W}/:reference/edit`, async (c) => {
  const incident = await load(c);
  const f = await form(c);
  const values = flat(f);
  try {
    checkCsrf(c, c.var.session, f);
    const saved = await updateIncident(
      c.var.db,
      c.var.actor,
      incident.id,
      await documentFrom(c, values, true),
    );
    return c.redirect(`${pagePath(c, saved.reference)}?done=saved`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.code === 'csrf_failed' || err.code === 'forbidden') throw err;
    if (err.code === 'version_conflict') {
      // Keep what was typed; carry the current version so saving again is a deliberate choice.
      const conflict = await theirChanges(c, incident.id, Number(values.version));
      return editor(
        c,
        { ...values, version: String(incident.version) },
        incident.reference,
        { conflict },
        409,
      );
    }
    return editor(
      c,
      values,
      incident.reference,
      { notice: invalidNotice(c, err.details), invalid: new Set(err.details.map((d) => d.path)) },
      err.status,
    );
  }
});

incidentPages.get(`${W}/:reference`, async (c) => {
  const db = c.var.db;
  const incident = await load(c);
  const who = c.var.actor;
  const moves = TRANSITIONS[incident.verification as Verification].filter(
    (to) =>
      can(who, workflowPermission(incident.verification, to) ?? 'incidents.write') &&
      !(to === 'published' && incident.visibility === 'confidential'),
  );
  const merged = incident.mergedInto
    ? await gateIncident(db, who, incident.mergedInto).catch(() => null)
    : null;
  const done = c.req.query('done');
  const l = lang(c);
  const notice =
    done === 'created'
      ? { kind: 'done' as const, text: t(l, 'wi.created', { reference: incident.reference }) }
      : done === 'saved'
        ? { kind: 'done' as const, text: t(l, 'wi.saved') }
        : undefined;
  return c.html(
    <IncidentPage
      lang={l}
      me={me(c)}
      notice={notice}
      data={{
        incident,
        moves,
        mayEdit: can(who, 'incidents.write') && incident.verification !== 'merged',
        mayMerge: can(who, 'incidents.verify') && incident.verification !== 'merged',
        mayRelease: can(who, 'incidents.visibility'),
        assignable: await listAssignable(db),
        comments: await listComments(db, who, incident.id),
        duplicates: incident.verification === 'merged' ? [] : await findDuplicates(db, who, incident.id),
        mergedInto: merged?.reference ?? null,
        grants:
          incident.visibility === 'confidential' && can(who, 'incidents.visibility')
            ? await listGrants(db, who, incident.id)
            : null,
        files: (await listEvidence(db, who, incident.id)).items as IncidentPageData['files'],
        isPublic: isPublicRow(incident),
        look: await reviewLookups(db, who, { known: victimsOf(incident) }),
        story: await caseOf(db, incident.id, c.var.stalledAfterDays),
      }}
    />,
  );
});

async function action(
  c: Context<WorkspaceEnv>,
  work: (f: FormValues, incident: IncidentView) => Promise<unknown>,
) {
  const incident = await load(c);
  const f = await form(c);
  checkCsrf(c, c.var.session, f);
  await work(flat(f), incident);
  return c.redirect(pagePath(c, incident.reference), 303);
}

incidentPages.post(`${W}/:reference/move`, (c) =>
  action(c, (f, i) =>
    moveIncident(c.var.db, c.var.actor, i.id, f.to as Verification, Number(f.version), f.reason || null),
  ),
);
incidentPages.post(`${W}/:reference/assign`, (c) =>
  action(c, (f, i) => assignIncident(c.var.db, c.var.actor, i.id, f.accountId || null)),
);
incidentPages.post(`${W}/:reference/comments`, (c) =>
  action(c, (f, i) => {
    const { body } = parseForm(CommentInput, { body: f.body ?? '' });
    return addComment(c.var.db, c.var.actor, i.id, body);
  }),
);
incidentPages.post(`${W}/:reference/grants`, (c) =>
  action(c, (f, i) => {
    const [kind, value] = (f.grantee ?? '').split(':');
    const grant = parseForm(GrantInput, kind === 'role' ? { role: value } : { accountId: value });
    return addGrant(c.var.db, c.var.actor, i.id, grant);
  }),
);
incidentPages.post(`${W}/:reference/grants/:grant{[0-9a-f-]{36}}/remove`, (c) =>
  action(c, (_f, i) => removeGrant(c.var.db, c.var.actor, i.id, c.req.param('grant') as string)),
);
incidentPages.post(`${W}/:reference/merge`, async (c) => {
  const incident = await load(c);
  const f = flat(await form(c));
  checkCsrf(c, c.var.session, f);
  const target = await mergeIncident(
    c.var.db,
    c.var.actor,
    incident.id,
    f.into ?? '',
    Number(f.version),
    f.reason || null,
  );
  return c.redirect(pagePath(c, target.reference), 303);
});
