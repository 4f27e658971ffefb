import { type Context, Hono } from 'hono';
import { INTERVENTION_KINDS } from '../../shared/accountability/codes.js';
import type { LocalizedText } from '../../shared/languages.js';
import type { InterventionRow } from '../db/schema.js';
import { can, confidentialReader } from '../http/auth.js';
import { AppError, type ErrorDetail, zodDetails } from '../http/errors.js';
import { todayUtc } from '../modules/cases/accountability.effective.js';
import { linkedIncidents } from '../modules/incidents/incident-links.repo.js';
import { isOverdue } from '../modules/interventions/intervention.presenter.js';
import { InterventionInput } from '../modules/interventions/intervention.schema.js';
import {
  createIntervention,
  findInterventionFor,
  kindPermission,
  listInterventionsFor,
  updateIntervention,
} from '../modules/interventions/intervention.service.js';
import type { WorkspaceEnv } from './env.js';
import {
  type Fields,
  type FormState,
  freshForm,
  localized,
  localizedFields,
  submitForm,
  text,
  textOrNull,
  version,
} from './form-state.js';
import { form, lang, me } from './forms.js';
import { savedNotice, UUID } from './reference.data.js';
import { requireSession } from './session.js';
import { InterventionFormPage } from './views/intervention.form.page.js';
import { InterventionPage } from './views/intervention.page.js';
import { InterventionsPage } from './views/interventions.page.js';
import type { Notice } from './views/layout.js';
import { shown } from './views/reference.parts.js';

/** Statements, alerts and letters with their replies: the list, a record's page, and the forms. */
export const interventionRoutes = new Hono<WorkspaceEnv>();

const I = '/:lang{kk|ru|en}/workspace/interventions';
const ID = `:id{${UUID}}`;

/** The kinds this account may record: statements need statements.write, the rest letters.write. */
const kindsFor = (c: Context<WorkspaceEnv>) =>
  INTERVENTION_KINDS.filter((k) => can(c.var.actor, kindPermission(k)));

function mayWrite(c: Context<WorkspaceEnv>, kind?: string): void {
  if (kind ? !can(c.var.actor, kindPermission(kind)) : kindsFor(c).length === 0) {
    throw new AppError('forbidden', 'Your account may not record this');
  }
}

/** The incidents of an intervention that this reader may see. */
async function incidentsOf(c: Context<WorkspaceEnv>, id: string) {
  const { incidentIds } = await findInterventionFor(c.var.db, c.var.actor, id);
  return { seen: await linkedIncidents(c.var.db, { ids: incidentIds }, confidentialReader(c.var.actor)) };
}

const interventionFields = (row: InterventionRow, references: string[]): Fields => ({
  kind: row.kind,
  issuedOn: row.issued_on ?? '',
  ...localizedFields('title', row.title as LocalizedText),
  ...localizedFields('body', row.body as LocalizedText),
  originalLanguage: row.original_language ?? '',
  issuedBy: row.issued_by ?? '',
  addressee: row.addressee ?? '',
  deadline: row.deadline ?? '',
  replyStatus: row.reply_status,
  replyOn: row.reply_on ?? '',
  replyText: row.reply_text ?? '',
  url: row.url ?? '',
  sourceExcerpt: row.source_excerpt ?? '',
  visibility: row.visibility,
  incidents: references.join('\n'),
  version: String(row.version),
});

/**
 * The form as the service's input. Incidents are typed by reference and must be ones the reader
 * can see; the service keeps the links to incidents hidden from them as they are.
 */
async function interventionInput(c: Context<WorkspaceEnv>, f: Fields) {
  const references = [
    ...new Set(
      text(f, 'incidents')
        .toUpperCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
  const found = await linkedIncidents(c.var.db, { references }, confidentialReader(c.var.actor));
  const known = new Set(found.map((i) => i.reference));
  const missing = references.filter((r) => !known.has(r));
  const details: ErrorDetail[] = missing.length
    ? [{ path: 'incidents', code: 'unknown_reference', message: missing.join(', ') }]
    : [];
  const parsed = InterventionInput.safeParse({
    kind: text(f, 'kind'),
    issuedOn: textOrNull(f, 'issuedOn'),
    title: localized(f, 'title'),
    body: localized(f, 'body'),
    originalLanguage: textOrNull(f, 'originalLanguage'),
    issuedBy: textOrNull(f, 'issuedBy'),
    addressee: textOrNull(f, 'addressee'),
    deadline: textOrNull(f, 'deadline'),
    replyStatus: text(f, 'replyStatus') || 'none_yet',
    replyOn: textOrNull(f, 'replyOn'),
    replyText: textOrNull(f, 'replyText'),
    url: textOrNull(f, 'url'),
    sourceExcerpt: textOrNull(f, 'sourceExcerpt'),
    visibility: text(f, 'visibility') || 'restricted',
    incidentIds: found.map((i) => i.id),
    version: version(f),
  });
  if (!parsed.success) details.push(...zodDetails(parsed.error));
  if (!parsed.success || details.length > 0) throw new AppError('validation_failed', 'Invalid form', details);
  return parsed.data;
}

function formPage(
  c: Context<WorkspaceEnv>,
  state: FormState,
  row?: InterventionRow,
  notice?: Notice,
  status = 200,
) {
  const record = row ? { id: row.id, title: shown(lang(c), row.title as LocalizedText) } : undefined;
  return c.html(
    <InterventionFormPage
      lang={lang(c)}
      me={me(c)}
      state={state}
      kinds={kindsFor(c)}
      record={record}
      notice={notice}
    />,
    status as 200,
  );
}

async function findOrFail(c: Context<WorkspaceEnv>): Promise<InterventionRow> {
  const id = c.req.param('id') as string;
  return (await findInterventionFor(c.var.db, c.var.actor, id)).row;
}

interventionRoutes.get(I, requireSession(), async (c) => {
  const kind = INTERVENTION_KINDS.find((k) => k === c.req.query('kind')) ?? '';
  const overdue = c.req.query('overdue') === 'true';
  const rows = (await listInterventionsFor(c.var.db, c.var.actor, { kind: kind || undefined, overdue })).map(
    (found) => found.row,
  );
  const today = todayUtc();
  return c.html(
    <InterventionsPage
      lang={lang(c)}
      me={me(c)}
      filter={{ kind, overdue }}
      items={rows.map((row) => ({ row, overdue: isOverdue(row, today) }))}
      mayAdd={kindsFor(c).length > 0}
    />,
  );
});

interventionRoutes.get(`${I}/new`, requireSession(), (c) => {
  mayWrite(c);
  const kind = kindsFor(c).includes('letter') ? 'letter' : (kindsFor(c)[0] as string);
  return formPage(c, freshForm({ kind, replyStatus: 'none_yet', visibility: 'restricted' }));
});

interventionRoutes.post(I, requireSession(), async (c) => {
  mayWrite(c);
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      const input = await interventionInput(c, { ...f, version: '' });
      const saved = await createIntervention(c.var.db, c.var.actor, input);
      return `/${lang(c)}/workspace/interventions/${saved.id}?done=saved`;
    },
    render: (state, notice, status) => formPage(c, state, undefined, notice, status),
  });
});

interventionRoutes.get(`${I}/${ID}`, requireSession(), async (c) => {
  const row = await findOrFail(c);
  const { seen } = await incidentsOf(c, row.id);
  return c.html(
    <InterventionPage
      lang={lang(c)}
      me={me(c)}
      row={row}
      overdue={isOverdue(row, todayUtc())}
      incidents={seen}
      mayEdit={can(c.var.actor, kindPermission(row.kind))}
      notice={savedNotice(c)}
    />,
  );
});

interventionRoutes.get(`${I}/${ID}/edit`, requireSession(), async (c) => {
  const row = await findOrFail(c);
  mayWrite(c, row.kind);
  const { seen } = await incidentsOf(c, row.id);
  return formPage(
    c,
    freshForm(
      interventionFields(
        row,
        seen.map((i) => i.reference),
      ),
    ),
    row,
  );
});

interventionRoutes.post(`${I}/${ID}`, requireSession(), async (c) => {
  const row = await findOrFail(c);
  mayWrite(c, row.kind);
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      const input = await interventionInput(c, f);
      await updateIntervention(c.var.db, c.var.actor, row.id, input);
      return `/${lang(c)}/workspace/interventions/${row.id}?done=saved`;
    },
    current: async () => {
      const now = await findInterventionFor(c.var.db, c.var.actor, row.id).then(
        (found) => found.row,
        () => null,
      );
      if (!now) return null;
      return interventionFields(
        now,
        (await incidentsOf(c, row.id)).seen.map((i) => i.reference),
      );
    },
    render: (state, notice, status) => formPage(c, state, row, notice, status),
  });
});
