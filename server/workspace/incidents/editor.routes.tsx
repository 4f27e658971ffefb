import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Context, Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import { can } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { linkHelpIncident } from '../../modules/help/help.service.js';
import { gateHistory, readerScope } from '../../modules/incidents/incident.gate.js';
import { IncidentInput, type IncidentView } from '../../modules/incidents/incident.schema.js';
import { createIncident, readIncident, updateIncident } from '../../modules/incidents/incident.service.js';
import { readPerson, updatePerson } from '../../modules/people/person.service.js';
import { searchPersons } from '../../modules/people/person-search.js';
import type { WorkspaceEnv } from '../env.js';
import { type FieldDetail, fieldDetails, problemsNotice } from '../field-errors.js';
import { form, lang, me } from '../forms.js';
import { helpRequestToLink } from '../help/link.js';
import { checkCsrf, requireSession } from '../session.js';
import { editorOptions } from './editor.options.js';
import { EDITOR_SCRIPT, EditorPage, type EditorProps, type TheirChange } from './editor.page.js';
import type { RowCandidates } from './editor.rows.js';
import type { HistoryEntry } from './history.js';
import {
  documentOf,
  type FormValues,
  formPathOf,
  GROUPS,
  type Group,
  type RowsOf,
  valuesFrom,
  valuesOf,
  withRowAdded,
  withRowRemoved,
} from './incident-form.js';
import { whoTheyAre } from './victim-candidates.js';
import { applyChoices, findFor, outletIdsOf } from './victim-picker.js';

/** The incident editor: a new incident, or an existing one edited, with rows and people found without saving. */
export const editorPages = new Hono<WorkspaceEnv>();

const W = '/:lang{kk|ru|en}/workspace/incidents';
editorPages.use(`${W}/new`, requireSession());
editorPages.use(`${W}/:reference/edit`, requireSession());

/** The editor page with these values (also the draft made from a help request). */
export async function render(
  c: Context<WorkspaceEnv>,
  values: FormValues,
  reference: string | null,
  extra: Partial<EditorProps> = {},
  status = 200,
) {
  const l = lang(c);
  const options = await editorOptions(c.var.db, l, readerScope(c.var.actor), t(l, 'ed.noRegion'));
  const { _csrf: _, _add: _a, _remove: _r, _find: _f, ...shown } = values;
  return c.html(
    <EditorPage
      lang={l}
      me={me(c)}
      values={shown}
      options={options}
      reference={reference}
      mayChangeVisibility={can(c.var.actor, 'incidents.visibility')}
      {...extra}
    />,
    status as 200,
  );
}

/** A button that changes the form rather than saving it: add a row, remove one, find a person. */
type Step = { add: Group } | { remove: Group; index: number } | { find: number } | null;

function stepOf(values: FormValues): Step {
  const add = values._add as Group | undefined;
  if (add && GROUPS.includes(add)) return { add };
  const remove = /^(victims|violations|sources)\.(\d{1,3})$/.exec(values._remove ?? '');
  if (remove) return { remove: remove[1] as Group, index: Number(remove[2]) };
  if (/^\d{1,3}$/.test(values._find ?? '')) return { find: Number(values._find) };
  return null;
}

/** Shows the form again after an "add", "remove" or "find": nothing is saved, everything typed is kept. */
async function rework(
  c: Context<WorkspaceEnv>,
  values: FormValues,
  step: NonNullable<Step>,
  ref: string | null,
) {
  if ('add' in step) return render(c, withRowAdded(values, step.add), ref);
  if ('remove' in step) return render(c, withRowRemoved(values, step.remove, step.index), ref);
  const found = await findFor(c.var.db, readerScope(c.var.actor), values, step.find);
  return render(c, values, ref, { candidates: new Map([[step.find, { candidates: found, warn: false }]]) });
}

/** The problems of a save, on the form's own fields, with what was typed to quote. */
function refused(c: Context<WorkspaceEnv>, values: FormValues, details: FieldDetail[], rows: RowsOf) {
  const onForm = details.map((d) => ({ ...d, path: formPathOf(d.path, rows) }));
  return { errors: onForm, notice: problemsNotice(lang(c), onForm, (path) => values[path] ?? '') };
}

/** Links existing victims to the outlets the editor chose for them (a new person gets them on creation). */
async function linkOutlets(c: Context<WorkspaceEnv>, values: FormValues, rows: RowsOf, personIds: string[]) {
  for (const [k, i] of rows.victims.entries()) {
    const id = personIds[k];
    if (!id || values[`victims.${i}.outletsShown`] !== 'true') continue;
    const { row, outletIds } = await readPerson(c.var.db, c.var.actor, id);
    const wanted = outletIdsOf(values, i).sort();
    if (wanted.join() === [...outletIds].sort().join()) continue;
    await updatePerson(c.var.db, c.var.actor, id, {
      name: row.name,
      names: row.names as Record<string, string>,
      aliases: row.aliases,
      roles: row.roles,
      gender: row.gender,
      consentToName: row.consent_to_name,
      notes: row.notes,
      outletIds: wanted,
      version: row.version,
    });
  }
}

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

/**
 * A post of the editor: a step that reworks the form, or a save. A save waits while a victim's
 * name is near someone already recorded, until the person chooses them or a new person.
 */
async function post(c: Context<WorkspaceEnv>, incident: IncidentView | null) {
  const f = await form(c);
  checkCsrf(c, c.var.session, f);
  const audience = readerScope(c.var.actor);
  const values = await applyChoices(c.var.db, audience, valuesFrom(f));
  // A draft made from a help request links to it on creation; the request is checked first.
  const fromRequest = incident ? null : await helpRequestToLink(c, values.helpRequest);
  const ref = incident?.reference ?? null;
  const step = stepOf(values);
  if (step) return rework(c, values, step, ref);
  const { document, namesakes, rows } = await documentOf(c.var.db, audience, values, incident !== null);
  const parsed = IncidentInput.safeParse(document);
  const details: FieldDetail[] = parsed.success ? [] : fieldDetails(parsed.error);
  const candidates = new Map<number, RowCandidates>(
    [...namesakes].map(([i, found]) => [i, { candidates: found, warn: true }]),
  );
  for (const i of namesakes.keys()) details.push({ path: `victims.${i}.choice`, code: 'near_namesake' });
  if (!parsed.success || namesakes.size > 0) {
    return render(c, values, ref, { ...refused(c, values, details, rows), candidates }, 422);
  }
  try {
    const saved = incident
      ? await updateIncident(c.var.db, c.var.actor, incident.id, parsed.data)
      : await createIncident(c.var.db, c.var.actor, parsed.data);
    if (fromRequest) await linkHelpIncident(c.var.db, c.var.actor, fromRequest, saved.id);
    await linkOutlets(
      c,
      values,
      rows,
      (saved as IncidentView).victims.map((v) => v.personId),
    );
    const done = incident ? 'saved' : 'created';
    return c.redirect(`/${lang(c)}/workspace/incidents/${saved.reference}?done=${done}`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.code === 'forbidden') throw err;
    if (err.code === 'version_conflict' && incident) {
      // Keep what was typed; carry the current version so saving again is a deliberate choice.
      const conflict = await theirChanges(c, incident.id, Number(values.version));
      return render(c, { ...values, version: String(incident.version) }, ref, { conflict }, 409);
    }
    return render(c, values, ref, refused(c, values, err.details, rows), err.status);
  }
}

async function load(c: Context<WorkspaceEnv>): Promise<IncidentView> {
  const reference = c.req.param('reference') as string;
  return (await readIncident(c.var.db, c.var.actor, reference, c.var.stalledAfterDays)) as IncidentView;
}

editorPages.get(`${W}/new`, (c) =>
  render(c, { 'place.country': 'KZ', originalLanguage: lang(c), 'sources.0.type': 'media_report' }, null),
);
editorPages.post(`${W}/new`, (c) => post(c, null));
editorPages.get(`${W}/:reference/edit`, async (c) => {
  const incident = await load(c);
  return render(c, valuesOf(incident), incident.reference);
});
editorPages.post(`${W}/:reference/edit`, async (c) => post(c, await load(c)));

/**
 * Suggestions while a victim's name is typed: the same search and the same scope as the form's
 * "find" (people of an incident hidden from the reader are never offered), as JSON for the script.
 */
editorPages.get(`${W}/person-suggestions`, requireSession(), async (c) => {
  const l = lang(c);
  const q = (c.req.query('q') ?? '').slice(0, 300);
  const found = await searchPersons(c.var.db, readerScope(c.var.actor), q);
  const options = await editorOptions(c.var.db, l, readerScope(c.var.actor), '');
  const roles = new Map(options.victimRoles.map(([code, label]) => [code, label] as [string, string]));
  c.header('Cache-Control', 'private, no-store');
  return c.json({
    label: t(l, 'ed.suggestions'),
    items: found.map((p) => ({ id: p.id, name: p.name, about: whoTheyAre(l, p, roles) })),
  });
});

const SCRIPT = readFileSync(
  resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../../../web/editor.js'),
  'utf8',
);

// The editor's script, from this server (the pages' CSP allows scripts from here only).
editorPages.get(EDITOR_SCRIPT, (c) => {
  c.header('Cache-Control', 'public, max-age=3600');
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' });
});
