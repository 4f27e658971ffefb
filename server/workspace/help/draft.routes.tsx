import { Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import { can } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { draftFromHelpRequest } from '../../modules/help/help.service.js';
import type { WorkspaceEnv } from '../env.js';
import { form, lang } from '../forms.js';
import { render as renderEditor } from '../incidents/editor.routes.js';
import { checkCsrf } from '../session.js';
import { sessionDeskKey } from './desk-key.js';
import { draftValues } from './draft.js';
import { H, ID } from './help.routes.js';

/** "Turn into a draft incident": the editor, pre-filled from the report, posted (never in an address). */
export const helpDraft = new Hono<WorkspaceEnv>();

helpDraft.post(`${H}/${ID}/draft`, async (c) => {
  checkCsrf(c, c.var.session, await form(c));
  if (!can(c.var.actor, 'incidents.write'))
    throw new AppError('forbidden', 'Your account may not record incidents');
  const key = await sessionDeskKey(c);
  if (!key) throw new AppError('help_desk_locked', 'This session does not hold the help desk key');
  const id = c.req.param('id');
  const draft = await draftFromHelpRequest(c.var.db, c.var.actor, id, key);
  const notice = { kind: 'done' as const, text: t(lang(c), 'hd.fromRequest') };
  return renderEditor(c, draftValues(id, draft), null, { notice });
});
