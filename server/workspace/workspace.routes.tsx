import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { renderSVG } from 'uqr';
import { t } from '../../shared/i18n/index.js';
import { isLanguage } from '../../shared/languages.js';
import { AppError } from '../http/errors.js';
import { securityHeaders } from '../http/security.js';
import { findAccount, twoFactorRequired } from '../modules/accounts/account.repo.js';
import { AccountInput, AccountUpdate, TokenInput } from '../modules/accounts/account.schema.js';
import * as accounts from '../modules/accounts/account.service.js';
import { createToken, listTokens, revokeToken } from '../modules/accounts/api-token.service.js';
import { completeSecondFactor, logIn } from '../modules/accounts/login.service.js';
import { endSession } from '../modules/accounts/session.service.js';
import { totpUri } from '../modules/accounts/totp.js';
import {
  confirmEnrolment,
  disableTwoFactor,
  renewRecoveryCodes,
  startEnrolment,
} from '../modules/accounts/two-factor.service.js';
import { dashboardData } from './dashboard.data.js';
import type { WorkspaceEnv } from './env.js';
import { parseForm } from './form-state.js';
import { address, form, lang, me, one, problem } from './forms.js';
import { helpWorkspace } from './help/workspace.help.js';
import { historyPages } from './history.routes.js';
import { casePages } from './incidents/case.routes.js';
import { editorPages } from './incidents/editor.routes.js';
import { filePages } from './incidents/files.routes.js';
import { incidentPages } from './incidents/incidents.routes.js';
import { notificationPages, notificationsView } from './notifications.routes.js';
import { referenceRoutes } from './reference.routes.js';
import {
  checkCsrf,
  checkLoginCsrf,
  clearSessionCookie,
  loginCsrf,
  requireSession,
  SESSION_COOKIE,
  setSessionCookie,
  workspacePath,
} from './session.js';
import { PasswordPage, TokensPage, TwoFactorPage } from './views/account.pages.js';
import { AccountsPage } from './views/accounts.page.js';
import { DashboardPage } from './views/dashboard.page.js';
import { type Notice, RefusedPage } from './views/layout.js';
import { LoginPage, SecondFactorPage } from './views/sign-in.pages.js';

/** The monitors' workspace: sign-in, the dashboard, one's account and tokens, and accounts. */
export const workspaceRoutes = new Hono<WorkspaceEnv>();

const W = '/:lang{kk|ru|en}/workspace';

workspaceRoutes.use(`${W}/*`, securityHeaders);
workspaceRoutes.use(W, securityHeaders);

// Sign-in: the only pages without a session.
workspaceRoutes.get(`${W}/login`, (c) => {
  c.header('Cache-Control', 'no-store');
  return c.html(<LoginPage lang={lang(c)} csrf={loginCsrf(c)} />);
});

workspaceRoutes.post(`${W}/login`, async (c) => {
  c.header('Cache-Control', 'no-store');
  const l = lang(c);
  const f = await form(c);
  const username = one(f.username);
  try {
    checkLoginCsrf(c, f);
    const session = await logIn(c.var.db, {
      username,
      password: one(f.password),
      address: address(c),
      userAgent: c.req.header('user-agent') ?? null,
    });
    setSessionCookie(c, session.token);
    // The second step is asked in the language of the sign-in page; the workspace then opens
    // in the language the account chose.
    return c.redirect(
      session.needsSecondFactor ? workspacePath(l, 'second-factor') : workspacePath(session.language),
      303,
    );
  } catch (err) {
    const notice = problem(l, err);
    return c.html(
      <LoginPage lang={l} csrf={loginCsrf(c)} username={username} notice={notice} />,
      (err as AppError).status,
    );
  }
});

workspaceRoutes.get(`${W}/second-factor`, requireSession('second_factor'), (c) =>
  c.html(<SecondFactorPage lang={lang(c)} csrf={c.var.session.csrfToken} />),
);

workspaceRoutes.post(`${W}/second-factor`, requireSession('second_factor'), async (c) => {
  const l = lang(c);
  const f = await form(c);
  try {
    checkCsrf(c, c.var.session, f);
    const { language } = await completeSecondFactor(
      c.var.db,
      getCookie(c, SESSION_COOKIE) as string,
      one(f.code),
      address(c),
    );
    return c.redirect(workspacePath(language), 303);
  } catch (err) {
    const notice = problem(l, err);
    if ((err as AppError).code === 'account_locked') {
      clearSessionCookie(c);
      return c.html(<LoginPage lang={l} csrf={loginCsrf(c)} notice={notice} />, 429);
    }
    return c.html(
      <SecondFactorPage lang={l} csrf={c.var.session.csrfToken} notice={notice} />,
      (err as AppError).status,
    );
  }
});

workspaceRoutes.post(`${W}/logout`, requireSession('any'), async (c) => {
  checkCsrf(c, c.var.session, await form(c));
  await endSession(c.var.db, getCookie(c, SESSION_COOKIE) as string);
  clearSessionCookie(c);
  return c.redirect(workspacePath(lang(c), 'login'), 303);
});

// One's own password and second factor: reachable while those gates are open.
workspaceRoutes.get(`${W}/password`, requireSession('change_password'), async (c) => {
  const l = lang(c);
  const language = (await findAccount(c.var.db, c.var.session.account.id))?.language;
  const done = c.req.query('done');
  const notice: Notice | undefined =
    done === 'language' || done === 'notifications' ? { kind: 'done', text: t(l, 'ws.saved') } : undefined;
  return c.html(
    <PasswordPage
      lang={l}
      me={me(c)}
      forced={c.var.session.gate === 'change_password'}
      language={language}
      notifications={c.var.session.gate ? undefined : await notificationsView(c)}
      notice={notice}
    />,
  );
});

// The language the workspace opens in after sign-in; the page answers in the one just chosen.
workspaceRoutes.post(`${W}/language`, requireSession(), async (c) => {
  const f = await form(c);
  checkCsrf(c, c.var.session, f);
  const chosen = one(f.language);
  if (!isLanguage(chosen)) {
    throw new AppError('validation_failed', 'Unknown language', [{ path: 'language', code: 'invalid_enum' }]);
  }
  await accounts.chooseOwnLanguage(c.var.db, c.var.session.account.id, chosen);
  return c.redirect(`${workspacePath(chosen, 'password')}?done=language`, 303);
});

workspaceRoutes.post(`${W}/password`, requireSession('change_password'), async (c) => {
  const l = lang(c);
  const f = await form(c);
  const forced = c.var.session.gate === 'change_password';
  try {
    checkCsrf(c, c.var.session, f);
    if (one(f.next) !== one(f.repeat))
      throw new AppError('validation_failed', 'mismatch', [{ path: 'repeat', code: 'mismatch' }]);
    await accounts.changeOwnPassword(
      c.var.db,
      c.var.session.account.id,
      one(f.current),
      one(f.next),
      c.var.session.tokenHash,
    );
    return c.redirect(`${workspacePath(l, 'two-factor')}?done=password`, 303);
  } catch (err) {
    const notice =
      (err as AppError).details?.[0]?.code === 'mismatch'
        ? { kind: 'error' as const, text: t(l, 'ws.error.mismatch') }
        : problem(l, err);
    return c.html(
      <PasswordPage lang={l} me={me(c)} forced={forced} notice={notice} />,
      (err as AppError).status,
    );
  }
});

async function twoFactorState(c: Context<WorkspaceEnv>, recoveryCodes: string[] | null = null) {
  const account = c.var.session.account;
  const db = c.var.db;
  const fresh = (await findAccount(db, account.id)) as NonNullable<Awaited<ReturnType<typeof findAccount>>>;
  const enabled = fresh.totp_enabled_at !== null;
  let enrolment = null;
  if (!enabled) {
    const { secret } = await startEnrolment(db, account.id);
    enrolment = { secret, qrSvg: renderSVG(totpUri(secret, fresh.username)) };
  }
  return { enabled, required: await twoFactorRequired(db), enrolment, recoveryCodes };
}

workspaceRoutes.get(`${W}/two-factor`, requireSession('enrol_two_factor'), async (c) => {
  const l = lang(c);
  const notice =
    c.req.query('done') === 'password'
      ? { kind: 'done' as const, text: t(l, 'ws.passwordChanged') }
      : undefined;
  return c.html(<TwoFactorPage lang={l} me={me(c)} state={await twoFactorState(c)} notice={notice} />);
});

workspaceRoutes.post(`${W}/two-factor`, requireSession('enrol_two_factor'), async (c) => {
  const l = lang(c);
  const f = await form(c);
  const id = c.var.session.account.id;
  try {
    checkCsrf(c, c.var.session, f);
    const action = one(f.action);
    let codes: string[] | null = null;
    if (action === 'confirm') codes = await confirmEnrolment(c.var.db, id, one(f.code));
    else if (action === 'renew') codes = await renewRecoveryCodes(c.var.db, id, one(f.password));
    else if (action === 'disable') await disableTwoFactor(c.var.db, id, one(f.password));
    else throw new AppError('validation_failed', 'Unknown action', [{ path: 'action', code: 'unknown' }]);
    return c.html(
      <TwoFactorPage
        lang={l}
        me={me(c)}
        state={await twoFactorState(c, codes)}
        notice={{ kind: 'done', text: t(l, 'ws.saved') }}
      />,
    );
  } catch (err) {
    return c.html(
      <TwoFactorPage lang={l} me={me(c)} state={await twoFactorState(c)} notice={problem(l, err)} />,
      (err as AppError).status,
    );
  }
});

/** Any refusal on a workspace page is shown in the workspace frame, not as JSON. */
workspaceRoutes.onError((err, c) => {
  const session = (c as Context<WorkspaceEnv>).var.session;
  if (!(err instanceof AppError) || !session) throw err;
  const l = lang(c);
  return c.html(
    <RefusedPage lang={l} me={me(c as Context<WorkspaceEnv>)} path={c.req.path} notice={problem(l, err)} />,
    err.status,
  );
});

// Everything else needs a complete session.
workspaceRoutes.get(`${W}/`, requireSession(), async (c) => {
  const data = await dashboardData(c.var.db, c.var.actor, c.var.stalledAfterDays);
  return c.html(<DashboardPage lang={lang(c)} me={me(c)} data={data} />);
});
workspaceRoutes.get(W, (c) => c.redirect(workspacePath(lang(c)), 301));

async function tokensPage(c: Context<WorkspaceEnv>, created: string | null, notice?: Notice, status = 200) {
  const tokens = await listTokens(c.var.db, c.var.actor);
  return c.html(
    <TokensPage lang={lang(c)} me={me(c)} tokens={tokens} created={created} notice={notice} />,
    status as 200,
  );
}

workspaceRoutes.get(`${W}/tokens`, requireSession(), (c) => tokensPage(c, null));

workspaceRoutes.post(`${W}/tokens`, requireSession(), async (c) => {
  const f = await form(c);
  try {
    checkCsrf(c, c.var.session, f);
    const scopes = Array.isArray(f.scopes) ? f.scopes : f.scopes ? [f.scopes] : [];
    const days = one(f.days);
    const input = parseForm(TokenInput, {
      name: one(f.name),
      scopes,
      expiresInDays: days ? Number(days) : null,
    });
    const token = await createToken(c.var.db, c.var.actor, input);
    return tokensPage(c, token.token);
  } catch (err) {
    return tokensPage(c, null, problem(lang(c), err), (err as AppError).status);
  }
});

workspaceRoutes.post(`${W}/tokens/:id{[0-9a-f-]{36}}/revoke`, requireSession(), async (c) => {
  checkCsrf(c, c.var.session, await form(c));
  await revokeToken(c.var.db, c.var.actor, c.req.param('id'));
  return c.redirect(workspacePath(lang(c), 'tokens'), 303);
});

// Administrators.
async function accountsPage(c: Context<WorkspaceEnv>, notice?: Notice, status = 200) {
  const list = await accounts.listAccounts(c.var.db, c.var.actor);
  return c.html(
    <AccountsPage
      lang={lang(c)}
      me={me(c)}
      accounts={list}
      twoFactorRequired={await twoFactorRequired(c.var.db)}
      notice={notice}
    />,
    status as 200,
  );
}

workspaceRoutes.get(`${W}/accounts`, requireSession(), (c) => accountsPage(c));

workspaceRoutes.post(`${W}/accounts`, requireSession(), async (c) => {
  const l = lang(c);
  const f = await form(c);
  try {
    checkCsrf(c, c.var.session, f);
    const input = parseForm(AccountInput, {
      username: one(f.username),
      displayName: one(f.displayName),
      role: one(f.role),
      language: one(f.language),
    });
    const { account, temporaryPassword } = await accounts.createAccount(c.var.db, c.var.actor, input);
    return accountsPage(c, {
      kind: 'done',
      text: t(l, 'ws.accountCreated', { username: account.username, password: temporaryPassword ?? '' }),
    });
  } catch (err) {
    return accountsPage(c, problem(l, err), (err as AppError).status);
  }
});

workspaceRoutes.post(`${W}/accounts/two-factor-rule`, requireSession(), async (c) => {
  const l = lang(c);
  const f = await form(c);
  try {
    checkCsrf(c, c.var.session, f);
    await accounts.requireTwoFactor(c.var.db, c.var.actor, one(f.required) === 'true');
    return accountsPage(c, { kind: 'done', text: t(l, 'ws.saved') });
  } catch (err) {
    return accountsPage(c, problem(l, err), (err as AppError).status);
  }
});

workspaceRoutes.post(`${W}/accounts/:id{[0-9a-f-]{36}}`, requireSession(), async (c) => {
  const l = lang(c);
  const f = await form(c);
  try {
    checkCsrf(c, c.var.session, f);
    const input = parseForm(AccountUpdate, {
      displayName: one(f.displayName),
      role: one(f.role),
      language: one(f.language),
      disabled: one(f.disabled) === 'true',
      version: Number(one(f.version)),
    });
    await accounts.updateAccount(c.var.db, c.var.actor, c.req.param('id'), input);
    return accountsPage(c, { kind: 'done', text: t(l, 'ws.saved') });
  } catch (err) {
    return accountsPage(c, problem(l, err), (err as AppError).status);
  }
});

workspaceRoutes.post(`${W}/accounts/:id{[0-9a-f-]{36}}/reset`, requireSession(), async (c) => {
  const l = lang(c);
  const f = await form(c);
  try {
    checkCsrf(c, c.var.session, f);
    const { account, temporaryPassword } = await accounts.resetPassword(
      c.var.db,
      c.var.actor,
      c.req.param('id'),
      {
        clearTwoFactor: one(f.clearTwoFactor) === 'true',
      },
    );
    return accountsPage(c, {
      kind: 'done',
      text: t(l, 'ws.resetDone', { username: account.username, password: temporaryPassword }),
    });
  } catch (err) {
    return accountsPage(c, problem(l, err), (err as AppError).status);
  }
});

workspaceRoutes.route('/', notificationPages);
workspaceRoutes.route('/', helpWorkspace);
workspaceRoutes.route('/', historyPages);
workspaceRoutes.route('/', filePages);
workspaceRoutes.route('/', casePages);
workspaceRoutes.route('/', editorPages);
workspaceRoutes.route('/', incidentPages);
workspaceRoutes.route('/', referenceRoutes);
