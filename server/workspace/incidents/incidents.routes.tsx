import { type Context, Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import { can } from '../../http/auth.js';
import { parseParams } from '../../http/validate.js';
import { listAssignable } from '../../modules/accounts/account.repo.js';
import { listEvidence } from '../../modules/evidence/evidence.service.js';
import { findDuplicates } from '../../modules/incidents/duplicates.js';
import { workflowPermission } from '../../modules/incidents/incident.access.js';
import { gateHistory, gateIncident } from '../../modules/incidents/incident.gate.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import { readIncident } from '../../modules/incidents/incident.service.js';
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
import { form, lang, me, one } from '../forms.js';
import { helpRequestShownFor } from '../help/help.routes.js';
import { checkCsrf, requireSession } from '../session.js';
import { IncidentPage, type IncidentPageData } from './incident.page.js';
import type { FormValues } from './incident-form.js';
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

async function load(c: Context<WorkspaceEnv>): Promise<IncidentView> {
  const view = await readIncident(
    c.var.db,
    c.var.actor,
    c.req.param('reference') as string,
    c.var.stalledAfterDays,
  );
  return view as IncidentView;
}

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
        helpRequestId: await helpRequestShownFor(c, incident.id),
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
