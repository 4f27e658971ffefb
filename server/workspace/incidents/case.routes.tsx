import { type Context, Hono } from 'hono';
import type { LocalizedText } from '../../../shared/languages.js';
import { can } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { NamePublicInput } from '../../modules/actors/actor.schema.js';
import { setNamePublic } from '../../modules/actors/actor.service.js';
import { todayUtc } from '../../modules/cases/accountability.effective.js';
import { loadCase } from '../../modules/cases/case.load.js';
import { presentCase } from '../../modules/cases/case.presenter.js';
import {
  InvolvementInput,
  LegalStatusInput,
  ProceedingEventInput,
  ProceedingInput,
  RetractInput,
} from '../../modules/cases/case.schema.js';
import * as cases from '../../modules/cases/case.service.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import { readIncident } from '../../modules/incidents/incident.service.js';
import { listTerms } from '../../modules/vocabularies/vocabulary.repo.js';
import type { WorkspaceEnv } from '../env.js';
import { parseForm } from '../form-state.js';
import { form, lang, me, one, problem } from '../forms.js';
import { checkCsrf, requireSession } from '../session.js';
import type { Notice } from '../views/layout.js';
import type { Refused } from './case.fields.js';
import { CasePage } from './case.page.js';

/** The case timeline editor: involvement and legal status, proceedings and their steps. */
export const casePages = new Hono<WorkspaceEnv>();

const W = '/:lang{kk|ru|en}/workspace/incidents/:reference/case';
casePages.use(W, requireSession());
casePages.use(`${W}/*`, requireSession());

async function incident(c: Context<WorkspaceEnv>): Promise<IncidentView> {
  return (await readIncident(
    c.var.db,
    c.var.actor,
    c.req.param('reference') as string,
    c.var.stalledAfterDays,
  )) as IncidentView;
}

async function render(c: Context<WorkspaceEnv>, notice?: Notice, status = 200, refused?: Refused) {
  const i = await incident(c);
  const parts = await loadCase(c.var.db, i.id, false);
  if (!parts) throw new AppError('incident_not_found', 'No such incident');
  const l = lang(c);
  const actorTypes = (await listTerms(c.var.db, 'actor_type')).map((term) => ({
    value: term.code,
    label: (term.labels as LocalizedText)[l] ?? term.code,
  }));
  return c.html(
    <CasePage
      lang={l}
      me={me(c)}
      reference={i.reference}
      story={presentCase(parts, todayUtc(), c.var.stalledAfterDays)}
      actorTypes={actorTypes}
      mayCase={can(c.var.actor, 'cases.write')}
      mayProceed={can(c.var.actor, 'proceedings.write')}
      notice={notice}
      refused={refused}
    />,
    status as 200,
  );
}

const orNull = (value: string | string[] | undefined) => one(value).trim() || null;

/** The schema's paths that the forms name differently. */
const FORM_NAME: Record<string, string> = {
  'actor.type': 'actorType',
  'actor.name': 'actorName',
  'actor.namePublic': 'actorNamePublic',
};

/** Refusals that belong to the form's fields; the others are told in words above the page. */
const FIELD_PROBLEMS: ReadonlySet<string> = new Set(['validation_failed', 'unknown_code']);

/**
 * Runs one change from a posted form, then shows the timeline again. A refused form comes back
 * as typed, its scope naming which of the page's forms it was, each reason beside its field.
 */
function change(
  scope: (c: Context<WorkspaceEnv>) => string,
  work: (
    c: Context<WorkspaceEnv>,
    f: Record<string, string | string[]>,
    incidentId: string,
  ) => Promise<unknown>,
) {
  return async (c: Context<WorkspaceEnv>) => {
    const f = await form(c);
    checkCsrf(c, c.var.session, f);
    // The gate first: an incident the reader may not see is not found, and nothing posted is shown.
    const i = await incident(c);
    try {
      await work(c, f, i.id);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const { _csrf: _, ...typed } = f;
      const onFields = FIELD_PROBLEMS.has(err.code) && err.details.length > 0;
      const errors = onFields ? err.details.map((d) => ({ ...d, path: FORM_NAME[d.path] ?? d.path })) : [];
      const refused: Refused = { scope: scope(c), fields: typed, errors };
      return render(c, onFields ? undefined : problem(lang(c), err), err.status, refused);
    }
    return c.redirect(`/${lang(c)}/workspace/incidents/${i.reference}/case`, 303);
  };
}

const param = (c: Context<WorkspaceEnv>) => c.req.param('id') as string;

casePages.get(W, (c) => render(c));

casePages.post(
  `${W}/involvements`,
  change(
    () => 'involvement',
    (c, f, id) => {
      const input = parseForm(InvolvementInput, {
        actor: {
          type: one(f.actorType),
          name: orNull(f.actorName),
          namePublic: one(f.actorNamePublic) === 'true',
        },
        role: one(f.role),
        headcount: Number(one(f.headcount) || 1),
        status: one(f.status) || 'unidentified',
        statusOn: orNull(f.statusOn),
        note: orNull(f.note),
      });
      return cases.addInvolvement(c.var.db, c.var.actor, id, input);
    },
  ),
);

casePages.post(
  `${W}/involvements/:id{[0-9a-f-]{36}}/status`,
  change(
    (c) => `status-${param(c)}`,
    (c, f) => {
      const input = parseForm(LegalStatusInput, {
        status: one(f.status),
        on: orNull(f.on),
        note: orNull(f.note),
      });
      return cases.changeLegalStatus(c.var.db, c.var.actor, c.req.param('id') as string, input);
    },
  ),
);

casePages.post(
  `${W}/actors/:id{[0-9a-f-]{36}}/name-public`,
  change(
    (c) => `namePublic-${param(c)}`,
    (c, f) =>
      setNamePublic(
        c.var.db,
        c.var.actor,
        c.req.param('id') as string,
        parseForm(NamePublicInput, {
          namePublic: one(f.namePublic) === 'true',
          version: Number(one(f.version)),
        }),
      ),
  ),
);

casePages.post(
  `${W}/proceedings`,
  change(
    () => 'proceeding',
    (c, f, id) => {
      const input = parseForm(ProceedingInput, {
        kind: one(f.kind),
        authority: orNull(f.authority),
        caseNumber: orNull(f.caseNumber),
        article: orNull(f.article),
      });
      return cases.addProceeding(c.var.db, c.var.actor, id, input);
    },
  ),
);

const eventOf = (f: Record<string, string | string[]>, withVersion: boolean) => ({
  type: one(f.type),
  on: orNull(f.on),
  article: orNull(f.article),
  reason: orNull(f.reason),
  sentence: orNull(f.sentence),
  note: orNull(f.note),
  ...(withVersion ? { version: Number(one(f.version)) } : {}),
});

casePages.post(
  `${W}/proceedings/:id{[0-9a-f-]{36}}/events`,
  change(
    (c) => `event-new-${param(c)}`,
    (c, f) =>
      cases.addProceedingEvent(
        c.var.db,
        c.var.actor,
        c.req.param('id') as string,
        parseForm(ProceedingEventInput, eventOf(f, false)),
      ),
  ),
);

casePages.post(
  `${W}/events/:id{[0-9a-f-]{36}}`,
  change(
    (c) => `event-${param(c)}`,
    (c, f) =>
      cases.correctProceedingEvent(
        c.var.db,
        c.var.actor,
        c.req.param('id') as string,
        parseForm(ProceedingEventInput, eventOf(f, true)),
      ),
  ),
);

casePages.post(
  `${W}/events/:id{[0-9a-f-]{36}}/retract`,
  change(
    (c) => `retract-${param(c)}`,
    (c, f) =>
      cases.retractProceedingEvent(
        c.var.db,
        c.var.actor,
        c.req.param('id') as string,
        parseForm(RetractInput, { reason: one(f.reason), version: Number(one(f.version)) }),
      ),
  ),
);
