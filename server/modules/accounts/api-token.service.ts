import { sql } from 'kysely';
import { ROLE_PERMISSIONS, type TokenScope } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, can, type Principal } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { presentToken } from './account.presenter.js';
import type { TokenInput, TokenView } from './account.schema.js';
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
    const row = await trx
      .insertInto('api_tokens')
      .values({
        account_id: me.id,
        name: input.name,
        token_hash: sha256(token),
        prefix: token.slice(0, PREFIX.length + 6),
        scopes,
        expires_at: expiresAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const view = presentToken(row);
    await recordAudit(trx, {
      actor: me.id,
      action: 'token.created',
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
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('account_id', '=', me.id)
    .orderBy('created_at', 'desc')
    .execute();
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
    const row = await trx.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || (row.account_id !== me.id && !anyone)) {
      throw new AppError('token_not_found', `API token ${id} does not exist`);
    }
    if (row.revoked_at) return presentToken(row);
    const after = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: me.id,
      action: 'token.revoked',
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
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.scopes',
      'api_tokens.last_used_at',
      'accounts.id',
      'accounts.username',
      'accounts.role',
    ])
    .where('api_tokens.token_hash', '=', sha256(token))
    .where('api_tokens.revoked_at', 'is', null)
    .where('accounts.disabled_at', 'is', null)
    .where((eb) =>
      eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', sql<Date>`now()`)]),
    )
    .executeTakeFirst();
  if (!row) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: new Date() })
      .where('id', '=', row.token_id)
      .execute();
  }
  return {
    kind: 'account',
    id: row.id,
    username: row.username,
    role: row.role,
    scopes: row.scopes as TokenScope[],
  };
}
