import { type Context, Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import type { HelpCategory, HelpStatus } from '../../db/schema.help.js';
import { AppError, asAppError } from '../../http/errors.js';
import {
  addHelpNote,
  answerHelpRequest,
  assignHelpRequest,
  setHelpCategory,
  setHelpStatus,
} from '../../modules/help/help.service.js';
import type { HelpFile } from '../../modules/help/help.types.js';
import type { WorkspaceEnv } from '../env.js';
import { form, lang, one, problem } from '../forms.js';
import { checkCsrf } from '../session.js';
import { H, ID, renderRequest } from './help.routes.js';
import { helpPath } from './help.words.js';

/** The work on one request: assign, move, re-file, note, answer. Each a form with CSRF; state changes carry the version. */
export const helpActions = new Hono<WorkspaceEnv>();

type Fields = Awaited<ReturnType<typeof form>>;

/** The version a form was read at; a form without one is refused (never "whatever is current"). */
function versionOf(f: Fields): number {
  const v = Number(one(f.version));
  if (!Number.isInteger(v) || v < 1) {
    throw new AppError('validation_failed', 'The form lacks its version', [
      { path: 'version', code: 'required' },
    ]);
  }
  return v;
}

/**
 * Runs one change and goes back to the request. A refusal of the account (forbidden, not found)
 * is shown in the frame; a stale version shows the request as it is now; a bad field says which.
 */
async function act(
  c: Context<WorkspaceEnv>,
  done: string,
  change: (f: Fields, id: string) => Promise<void>,
  typedAs?: 'note' | 'answer',
) {
  const id = c.req.param('id') as string;
  const f = await form(c);
  checkCsrf(c, c.var.session, f);
  try {
    await change(f, id);
  } catch (thrown) {
    const err = asAppError(thrown);
    if (!err || err.status === 403 || err.status === 404) throw thrown;
    const l = lang(c);
    const notice =
      err.code === 'version_conflict' ? { kind: 'error' as const, text: t(l, 'hd.stale') } : problem(l, err);
    const typed = typedAs ? { [typedAs]: one(f.text) } : undefined;
    return renderRequest(c, id, notice, err.status, typed);
  }
  return c.redirect(`${helpPath(lang(c), `/${id}`)}?done=${done}`, 303);
}

/** The text of a note or an answer: required, and said so by field. */
function textOf(f: Fields): string {
  const text = one(f.text).trim();
  if (!text)
    throw new AppError('validation_failed', 'Text is required', [{ path: 'text', code: 'required' }]);
  return text;
}

helpActions.post(`${H}/${ID}/assign`, (c) =>
  act(c, 'assigned', (f, id) =>
    assignHelpRequest(c.var.db, c.var.actor, id, one(f.account) || null, versionOf(f)),
  ),
);

helpActions.post(`${H}/${ID}/status`, (c) =>
  act(c, 'status', (f, id) =>
    setHelpStatus(c.var.db, c.var.actor, id, one(f.status) as HelpStatus, versionOf(f)),
  ),
);

helpActions.post(`${H}/${ID}/category`, (c) =>
  act(c, 'category', (f, id) =>
    setHelpCategory(c.var.db, c.var.actor, id, one(f.category) as HelpCategory, versionOf(f)),
  ),
);

helpActions.post(`${H}/${ID}/notes`, (c) =>
  act(c, 'note', (f, id) => addHelpNote(c.var.db, c.var.actor, id, textOf(f)), 'note'),
);

/** The files attached to an answer, as posted (the service checks their sizes and count). */
async function postedFiles(c: Context<WorkspaceEnv>): Promise<HelpFile[]> {
  const body = await c.req.parseBody({ all: true });
  const files = [body.files ?? []].flat().filter((v): v is File => v instanceof File && v.size > 0);
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      mediaType: file.type || 'application/octet-stream',
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

helpActions.post(`${H}/${ID}/answer`, (c) =>
  act(
    c,
    'answer',
    async (f, id) => answerHelpRequest(c.var.db, c.var.actor, id, textOf(f), await postedFiles(c)),
    'answer',
  ),
);
