import type { Role, TokenScope } from '../../../shared/access/permissions.js';
import type { Db } from '../../db/database.js';
import { systemPrincipal } from '../../http/auth.js';
import { countAccounts, findAccountByUsername } from './account.repo.js';
import { AccountInput } from './account.schema.js';
import { createAccount, resetPassword } from './account.service.js';
import { createToken } from './api-token.service.js';

const CLI = systemPrincipal('command-line');

/**
 * Creates an administrator from the command line. With no password given, a temporary one is
 * generated and must be changed at first sign-in.
 */
export async function createAdministrator(
  db: Db,
  username: string,
  displayName: string,
  password: string | null,
) {
  const input = AccountInput.safeParse({ username, displayName, role: 'administrator', language: 'ru' });
  if (!input.success)
    throw new Error(
      `Not a valid account: ${input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return createAccount(db, CLI, input.data, password);
}

/** For an administrator locked out with no other administrator to help: a temporary password. */
export async function resetFromCommandLine(db: Db, username: string, clearTwoFactor: boolean) {
  const account = await findAccountByUsername(db, username);
  if (!account) throw new Error(`There is no account "${username}".`);
  return resetPassword(db, CLI, account.id, { clearTwoFactor });
}

export const hasAccounts = async (db: Db) => (await countAccounts(db)) > 0;

/**
 * An account with an API token, for scripts and the benchmarks: created if missing. The account
 * gets a random password nobody knows; it signs in only through the token.
 */
export async function accountWithToken(
  db: Db,
  username: string,
  role: Role,
  scopes: TokenScope[] = ['read', 'write', ...(role === 'administrator' ? (['admin'] as const) : [])],
): Promise<{ accountId: string; token: string }> {
  const existing = await findAccountByUsername(db, username);
  const accountId =
    existing?.id ??
    (
      await createAccount(
        db,
        CLI,
        AccountInput.parse({ username, displayName: username, role, language: 'en' }),
      )
    ).account.id;
  const owner = { kind: 'account', id: accountId, username, role, scopes: null } as const;
  const { token } = await createToken(db, owner, { name: `${username} token`, scopes, expiresInDays: null });
  return { accountId, token };
}
