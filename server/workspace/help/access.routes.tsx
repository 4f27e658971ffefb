import { type Context, Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import { can } from '../../http/auth.js';
import { AppError, asAppError } from '../../http/errors.js';
import type { WorkspaceEnv } from '../env.js';
import { form, lang, me, one, problem } from '../forms.js';
import { checkCsrf } from '../session.js';
import type { Notice } from '../views/layout.js';
import { accessData, grantAccess, revokeAccess, unlockDesk } from './desk-access.js';
import { H } from './help.routes.js';
import { helpPath } from './help.words.js';
import { AccessPage } from './views/access.page.js';

/** The desk key page: administrators (help.keys) see who holds the key and give or take access. */
export const helpAccess = new Hono<WorkspaceEnv>();

const A = `${H}/access`;
const ACCOUNT = ':account{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}';

function requireKeys(c: Context<WorkspaceEnv>) {
  if (!can(c.var.actor, 'help.keys'))
    throw new AppError('forbidden', 'Access to the desk key is given by administrators');
}

helpAccess.use(A, async (c, next) => {
  requireKeys(c);
  await next();
});
helpAccess.use(`${A}/*`, async (c, next) => {
  requireKeys(c);
  await next();
});

async function page(c: Context<WorkspaceEnv>, notice?: Notice, status = 200) {
  return c.html(
    <AccessPage lang={lang(c)} me={me(c)} data={await accessData(c)} notice={notice} />,
    status as 200,
  );
}

const DONE = { unlocked: 'hd.unlocked', granted: 'hd.granted', revoked: 'hd.revoked' } as const;

helpAccess.get(A, (c) => {
  const done = c.req.query('done') as keyof typeof DONE | undefined;
  const text = done && done in DONE ? t(lang(c), DONE[done]) : null;
  return page(c, text ? { kind: 'done', text } : undefined);
});

/** One change on the page; a refusal (wrong recovery key, no key pair yet) is told on the page itself. */
async function change(
  c: Context<WorkspaceEnv>,
  done: keyof typeof DONE,
  work: (f: Record<string, string | string[]>) => Promise<void>,
) {
  const f = await form(c);
  checkCsrf(c, c.var.session, f);
  try {
    await work(f);
  } catch (thrown) {
    const err = asAppError(thrown);
    if (!err || err.status === 403 || err.status === 404) throw thrown;
    return page(c, problem(lang(c), err), err.status);
  }
  return c.redirect(`${helpPath(lang(c), '/access')}?done=${done}`, 303);
}

helpAccess.post(`${A}/unlock`, (c) => change(c, 'unlocked', (f) => unlockDesk(c, one(f.recoveryKey))));
helpAccess.post(`${A}/${ACCOUNT}/grant`, (c) =>
  change(c, 'granted', () => grantAccess(c, c.req.param('account'))),
);
helpAccess.post(`${A}/${ACCOUNT}/revoke`, (c) =>
  change(c, 'revoked', () => revokeAccess(c, c.req.param('account'))),
);
