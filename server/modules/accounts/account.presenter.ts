import type { AccountRow, ApiTokenRow } from '../../db/schema.accounts.js';
import type { AccountView, TokenView } from './account.schema.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentAccount(row: AccountRow): AccountView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    language: row.language,
    twoFactor: row.totp_enabled_at !== null,
    mustChangePassword: row.must_change_password,
    disabled: row.disabled_at !== null,
    lockedUntil: row.locked_until && row.locked_until > new Date() ? iso(row.locked_until) : null,
    lastLoginAt: iso(row.last_login_at),
    version: row.version,
  };
}

export function presentToken(row: ApiTokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as TokenView['scopes'],
    createdAt: row.created_at.toISOString(),
    expiresAt: iso(row.expires_at),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}
