import { Hono } from 'hono';
import { z } from 'zod';
import { authorize, requireInternal } from '../../http/auth.js';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { AppError } from '../../http/errors.js';
import { describeRoute, inputSchema, outputSchema } from '../../http/openapi.js';
import { readJson, readParam } from '../../http/validate.js';
import { AccountInput, AccountUpdate, AccountView, TokenView } from './account.schema.js';
import * as accounts from './account.service.js';
import { listTokens, revokeToken } from './api-token.service.js';

/** Accounts (administrators), the caller's own account, and API tokens. */
export const accountRoutes = new Hono<AppEnv>();

const AccountList = outputSchema('AccountList', z.object({ items: z.array(AccountView) }));
const TokenList = outputSchema('ApiTokenList', z.object({ items: z.array(TokenView) }));
const CreatedAccount = outputSchema(
  'CreatedAccount',
  z.object({
    account: AccountView,
    temporaryPassword: z.string().describe('Shown once; the person must change it at first sign-in'),
  }),
);
const ResetInput = inputSchema(
  'PasswordResetInput',
  z.strictObject({ clearTwoFactor: z.boolean().default(false).describe('Also forget a lost authenticator') }),
);
const TwoFactorSetting = inputSchema('TwoFactorSetting', z.strictObject({ required: z.boolean() }));

const accountId = (raw: string) => readParam(raw, Uuid, 'id', 'account_not_found');

describeRoute({
  method: 'get',
  path: '/me',
  tag: 'accounts',
  access: 'internal',
  summary: "The token's account: who it is and what role it has",
  response: { status: 200, description: 'The account', schema: AccountView },
});
accountRoutes.get('/me', async (c) => {
  const who = c.var.actor;
  requireInternal(who);
  if (who.kind !== 'account') throw new AppError('unauthorized', 'No account');
  return c.json(await accounts.readAccount(c.var.db, who, who.id));
});

describeRoute({
  method: 'get',
  path: '/accounts',
  tag: 'accounts',
  access: 'internal',
  summary: 'Every account (administrators)',
  response: { status: 200, description: 'Accounts by username', schema: AccountList },
});
accountRoutes.get('/accounts', async (c) =>
  c.json({ items: await accounts.listAccounts(c.var.db, c.var.actor) }),
);

describeRoute({
  method: 'post',
  path: '/accounts',
  tag: 'accounts',
  access: 'internal',
  summary: 'Create an account with a temporary password (administrators)',
  body: AccountInput,
  response: { status: 201, description: 'The account and its temporary password', schema: CreatedAccount },
  errors: [409],
});
accountRoutes.post('/accounts', async (c) => {
  authorize(c.var.actor, 'accounts.manage');
  const created = await accounts.createAccount(c.var.db, c.var.actor, await readJson(c, AccountInput));
  return c.json(created, 201);
});

describeRoute({
  method: 'get',
  path: '/accounts/{id}',
  tag: 'accounts',
  access: 'internal',
  summary: 'One account (administrators, or the account itself)',
  params: { id: 'Account id' },
  response: { status: 200, description: 'The account', schema: AccountView },
  errors: [404],
});
accountRoutes.get('/accounts/:id', async (c) =>
  c.json(await accounts.readAccount(c.var.db, c.var.actor, accountId(c.req.param('id')))),
);

describeRoute({
  method: 'put',
  path: '/accounts/{id}',
  tag: 'accounts',
  access: 'internal',
  summary: 'Change name, role or language, or disable the account (administrators); ends its sessions',
  params: { id: 'Account id' },
  body: AccountUpdate,
  response: { status: 200, description: 'The account', schema: AccountView },
  errors: [404, 409],
});
accountRoutes.put('/accounts/:id', async (c) => {
  authorize(c.var.actor, 'accounts.manage');
  const id = accountId(c.req.param('id'));
  return c.json(await accounts.updateAccount(c.var.db, c.var.actor, id, await readJson(c, AccountUpdate)));
});

describeRoute({
  method: 'post',
  path: '/accounts/{id}/password-reset',
  tag: 'accounts',
  access: 'internal',
  summary:
    'Give the account a temporary password, end its sessions, revoke its API tokens, lift a lock (administrators)',
  params: { id: 'Account id' },
  body: ResetInput,
  response: { status: 200, description: 'The temporary password', schema: CreatedAccount },
  errors: [404],
});
accountRoutes.post('/accounts/:id/password-reset', async (c) => {
  authorize(c.var.actor, 'accounts.manage');
  const id = accountId(c.req.param('id'));
  const input = await readJson(c, ResetInput);
  return c.json(await accounts.resetPassword(c.var.db, c.var.actor, id, input));
});

describeRoute({
  method: 'put',
  path: '/settings/two-factor',
  tag: 'accounts',
  access: 'internal',
  summary: 'Make two-factor sign-in mandatory for every account, or optional (administrators)',
  body: TwoFactorSetting,
  response: { status: 204, description: 'Saved' },
});
accountRoutes.put('/settings/two-factor', async (c) => {
  authorize(c.var.actor, 'accounts.manage');
  const { required } = await readJson(c, TwoFactorSetting);
  await accounts.requireTwoFactor(c.var.db, c.var.actor, required);
  return c.body(null, 204);
});

describeRoute({
  method: 'get',
  path: '/tokens',
  tag: 'accounts',
  access: 'internal',
  summary: "The caller's API tokens (never the tokens themselves). Tokens are created in the workspace",
  response: { status: 200, description: 'Tokens, newest first', schema: TokenList },
});
accountRoutes.get('/tokens', async (c) => {
  requireInternal(c.var.actor);
  const who = c.var.actor;
  // A token may list its owner's tokens; creating them needs a signed-in session.
  const owner = who.kind === 'account' ? { ...who, scopes: null } : who;
  return c.json({ items: await listTokens(c.var.db, owner) });
});

describeRoute({
  method: 'delete',
  path: '/tokens/{id}',
  tag: 'accounts',
  access: 'internal',
  summary: 'Revoke an API token at once (its owner, or an administrator)',
  params: { id: 'Token id' },
  response: { status: 200, description: 'The revoked token', schema: TokenView },
  errors: [404],
});
accountRoutes.delete('/tokens/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'token_not_found');
  return c.json(await revokeToken(c.var.db, c.var.actor, id));
});
