import { type Context, Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import { HELP_CATEGORIES, HELP_STATUSES } from '../../db/schema.help.js';
import { can } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { contentDisposition, sanitizeFileName } from '../../modules/evidence/file-name.js';
import { listHelpRequests, readHelpRequest, readStaffFile } from '../../modules/help/help.service.js';
import type { HelpListFilter } from '../../modules/help/help.types.js';
import { helpRequestOfIncident, listHelpWorkers } from '../../modules/help/queue-links.repo.js';
import { gateIncident } from '../../modules/incidents/incident.gate.js';
import type { WorkspaceEnv } from '../env.js';
import { lang, me } from '../forms.js';
import { requireSession } from '../session.js';
import type { Notice } from '../views/layout.js';
import { sessionDeskKey } from './desk-key.js';
import { QueuePage } from './views/queue.page.js';
import { RequestPage, type RequestPageData } from './views/request.page.js';

/** The help desk in the workspace: the queue, one request, its files. Every page needs help.work. */
export const helpPages = new Hono<WorkspaceEnv>();

export const H = '/:lang{kk|ru|en}/workspace/help';
export const ID = ':id{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}';

/** Refuses in the workspace frame anyone who does not work the desk, before anything is read. */
export function requireHelpWork(c: Context<WorkspaceEnv>): void {
  if (!can(c.var.actor, 'help.work'))
    throw new AppError('forbidden', 'Your account does not work the help desk');
}

helpPages.use(H, requireSession());
helpPages.use(`${H}/*`, requireSession());
helpPages.use(H, async (c, next) => {
  requireHelpWork(c);
  await next();
});
helpPages.use(`${H}/*`, async (c, next) => {
  requireHelpWork(c);
  await next();
});

const FILTERS: { [K in keyof HelpListFilter]-?: readonly string[] } = {
  status: HELP_STATUSES,
  category: HELP_CATEGORIES,
  lane: ['trusted', 'moderated'],
  assigned: ['me', 'none'],
};

/** The queue's filters from the address; an unknown value is refused, naming the field. */
function filterOf(c: Context<WorkspaceEnv>): HelpListFilter {
  const filter: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(FILTERS)) {
    const value = c.req.query(name);
    if (!value) continue;
    if (!allowed.includes(value)) {
      throw new AppError('invalid_query', 'Unknown filter value', [{ path: name, code: 'invalid_enum' }]);
    }
    filter[name] = value;
  }
  return filter as HelpListFilter;
}

helpPages.get(H, async (c) => {
  const filter = filterOf(c);
  const items = await listHelpRequests(c.var.db, c.var.actor, filter);
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  return c.html(
    <QueuePage
      lang={lang(c)}
      me={me(c)}
      filter={filter}
      items={items}
      query={query}
      mayKeys={can(c.var.actor, 'help.keys')}
    />,
  );
});

/** What the reader may not see is simply absent; any other failure is a failure. */
const unlessNotFound = (err: unknown): null => {
  if (err instanceof AppError && err.status === 404) return null;
  throw err;
};

/** The incident made from a request, by reference, when the reader may see it. */
async function incidentReferenceOf(c: Context<WorkspaceEnv>, incidentId: string | null) {
  if (!incidentId) return null;
  const found = await gateIncident(c.var.db, c.var.actor, incidentId).catch(unlessNotFound);
  return found?.reference ?? null;
}

/** Everything the request page shows, read as this person with this session's desk key. */
export async function requestPageData(c: Context<WorkspaceEnv>, id: string): Promise<RequestPageData> {
  const db = c.var.db;
  const request = await readHelpRequest(db, c.var.actor, id, await sessionDeskKey(c));
  return {
    request,
    myId: c.var.session.account.id,
    workers: await listHelpWorkers(db),
    incidentReference: await incidentReferenceOf(c, request.incidentId),
    mayDraft: request.kind === 'report' && can(c.var.actor, 'incidents.write') && !request.incidentId,
    mayKeys: can(c.var.actor, 'help.keys'),
  };
}

const DONE = ['assigned', 'status', 'category', 'note', 'answer'] as const;

export async function renderRequest(
  c: Context<WorkspaceEnv>,
  id: string,
  notice?: Notice,
  status = 200,
  typed?: RequestPageData['typed'],
) {
  const l = lang(c);
  const data = { ...(await requestPageData(c, id)), typed };
  const done = c.req.query('done') as (typeof DONE)[number] | undefined;
  const shown =
    notice ??
    (done && DONE.includes(done) ? { kind: 'done' as const, text: t(l, `hd.done.${done}`) } : undefined);
  return c.html(<RequestPage lang={l} me={me(c)} data={data} notice={shown} />, status as 200);
}

helpPages.get(`${H}/${ID}`, (c) => renderRequest(c, c.req.param('id')));

/**
 * A file of the thread, always as a download: never shown inline, never sniffed, never cached,
 * and its content type is not the sender's claim (which could make a page of it).
 */
helpPages.get(`${H}/${ID}/files/:fileId{[0-9a-f-]{36}}`, async (c) => {
  const key = await sessionDeskKey(c);
  if (!key) throw new AppError('help_desk_locked', 'This session does not hold the help desk key');
  const file = await readStaffFile(c.var.db, c.var.actor, c.req.param('id'), c.req.param('fileId'), key);
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/octet-stream',
    'content-disposition': contentDisposition('attachment', sanitizeFileName(file.name)),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    'cross-origin-resource-policy': 'same-origin',
  });
});

/** Used by the incident page: the request an incident came from, for readers who work the desk and may see it. */
export async function helpRequestShownFor(
  c: Context<WorkspaceEnv>,
  incidentId: string,
): Promise<string | null> {
  if (!can(c.var.actor, 'help.work')) return null;
  const id = await helpRequestOfIncident(c.var.db, incidentId);
  if (!id) return null;
  const visible = await readHelpRequest(c.var.db, c.var.actor, id, null).catch(unlessNotFound);
  return visible ? id : null;
}
