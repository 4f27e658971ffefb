import {
  type Permission,
  ROLE_PERMISSIONS,
  type Role,
  SEES_ALL_CONFIDENTIAL,
  scopeOf,
  type TokenScope,
} from '../../shared/access/permissions.js';
import { AppError } from './errors.js';

/**
 * Who is making a request: nobody in particular (the public), a person's account (through a
 * session or an API token), or the system itself (the demo loader and the command line).
 */
export type Principal =
  | { kind: 'public' }
  | { kind: 'system'; id: string }
  | {
      kind: 'account';
      id: string;
      username: string;
      role: Role;
      /** An API token's scopes; null for a browser session, which carries the whole role. */
      scopes: readonly TokenScope[] | null;
    };

export const PUBLIC: Principal = { kind: 'public' };

export const systemPrincipal = (id: string): Principal => ({ kind: 'system', id: `system:${id}` });

/** Whether the principal holds a permission: through its role, narrowed by a token's scopes. */
export function can(who: Principal, permission: Permission): boolean {
  if (who.kind === 'system') return true;
  if (who.kind === 'public') return false;
  if (!ROLE_PERMISSIONS[who.role].has(permission)) return false;
  return who.scopes === null || who.scopes.includes(scopeOf(permission));
}

/**
 * Throws unless the principal may do this; returns the name written into the audit log. Services
 * call it before they change anything, so no route or page can forget it.
 */
export function authorize(who: Principal, permission: Permission): string {
  if (who.kind === 'public') {
    throw new AppError('unauthorized', 'Sign in or send an API token to do this');
  }
  if (!can(who, permission)) {
    throw new AppError('forbidden', `Your account may not do this (needs ${permission})`, [
      { path: '', code: permission },
    ]);
  }
  return who.id;
}

/** Internal readers see restricted records and internal fields; everyone else the public view. */
export const audienceOf = (who: Principal): 'internal' | 'public' =>
  can(who, 'records.read') ? 'internal' : 'public';

/**
 * Which confidential incidents an internal reader may see: all of them (null), or only those
 * granted to the account or its role, or recorded by it.
 */
export function confidentialReader(who: Principal): { accountId: string; role: Role } | null {
  if (who.kind !== 'account' || SEES_ALL_CONFIDENTIAL.has(who.role)) return null;
  return { accountId: who.id, role: who.role };
}

/** Throws unless the caller may read internal records: any signed-in role, or a read-scoped token. */
export function requireInternal(who: Principal): void {
  authorize(who, 'records.read');
}

/** The name the audit log records for a principal. */
export function auditName(who: Principal): string {
  return who.kind === 'public' ? 'public' : who.id;
}
