import { ROLE_PERMISSIONS, type TokenScope } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, can, type Principal } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { presentToken } from './account.presenter.js';
import type { TokenInput, TokenView } from './account.schema.js';
import * as repo from './api-token.repo.js';
import { randomSecret, sha256 } from './secrets.js';

/** Tokens look like `qg_…` so that secret scanners and people can recognise them. */
const PREFIX = 'qg_';

function owner(who: Principal): Extract<Principal, { kind: 'account' }> {
  if (who.kind !== 'account') throw new AppError('unauthorized', 'Sign in to manage API tokens');
  if (who.scopes !== null) {
    throw new AppError(
      'forbidden',
      'API tokens are managed from a signed-in session, not with another token',
    );
  }
  return who;
}

/** Creates a token for the signed-in person; the token itself is returned this once. */
export async function createToken(
  db: Db,
  who: Principal,
  input: TokenInput,
): Promise<TokenView & { token: string }> {
  const me = owner(who);
  authorize(who, 'records.read');
  const scopes = [...new Set(input.scopes)] as TokenScope[];
  if (scopes.includes('admin') && !ROLE_PERMISSIONS[me.role].has('accounts.manage')) {
    throw new AppError('forbidden', 'Only administrators can create tokens with the admin scope', [
      { path: 'scopes', code: 'admin' },
    ]);
  }
  const token = `${PREFIX}${randomSecret()}`;
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  return inTransaction(db, async (trx) => {
    const row = await repo.insertToken(trx, {
      account_id: me.id,
      name: input.name,
      token_hash: sha256(token),
      prefix: token.slice(0, PREFIX.length + 6),
      scopes,
      expires_at: expiresAt,
    });
    const view = presentToken(row);
    await recordAudit(trx, {
      actor: me.id,
      action: 'create',
      entityType: 'api_token',
      entityId: row.id,
      before: null,
      after: view,
    });
    return { ...view, token };
  });
}

export async function listTokens(db: Db, who: Principal): Promise<TokenView[]> {
  const me = owner(who);
  const rows = await repo.listTokenRows(db, me.id);
  return rows.map(presentToken);
}

/**
 * Revokes a token at once: its owner may (from a session, or with a write-scoped token), and an
 * administrator may revoke anyone's.
 */
export async function revokeToken(db: Db, who: Principal, id: string): Promise<TokenView> {
  if (who.kind !== 'account') throw new AppError('unauthorized', 'Sign in to manage API tokens');
  if (who.scopes !== null && !who.scopes.includes('write')) {
    throw new AppError('forbidden', 'A read-only token cannot revoke tokens', [{ path: '', code: 'write' }]);
  }
  const me = who;
  const anyone = can(who, 'accounts.manage');
  return inTransaction(db, async (trx) => {
    const row = await repo.findToken(trx, id);
    if (!row || (row.account_id !== me.id && !anyone)) {
      throw new AppError('token_not_found', `API token ${id} does not exist`);
    }
    if (row.revoked_at) return presentToken(row);
    const after = await repo.revokeTokenRow(trx, id);
    await recordAudit(trx, {
      actor: me.id,
      action: 'update',
      entityType: 'api_token',
      entityId: id,
      before: presentToken(row),
      after: presentToken(after),
    });
    return presentToken(after);
  });
}

/** The principal an Authorization header's token stands for, or null when it is not a live token. */
export async function tokenPrincipal(db: Db, token: string): Promise<Principal | null> {
  if (!token.startsWith(PREFIX)) return null;
  const row = await repo.liveToken(db, sha256(token));
  if (!row) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await repo.markTokenUsed(db, row.token_id);
  }
  return {
    kind: 'account',
    id: row.id,
    username: row.username,
    role: row.role,
    scopes: row.scopes as TokenScope[],
  };
}
