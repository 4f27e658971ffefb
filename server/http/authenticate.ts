import type { MiddlewareHandler } from 'hono';
import { tokenPrincipal } from '../modules/accounts/api-token.service.js';
import { PUBLIC } from './auth.js';
import type { AppEnv } from './env.js';
import { AppError } from './errors.js';

/**
 * Sets the API caller from an `Authorization: Bearer qg_…` token. No header means the public; a
 * token that is unknown, revoked, expired or whose account is disabled is refused outright, so a
 * script never silently falls back to public data.
 */
export function authenticateApi(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      c.set('actor', PUBLIC);
      return next();
    }
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const principal = token ? await tokenPrincipal(c.var.db, token) : null;
    if (!principal) throw new AppError('unauthorized', 'The API token is not valid, revoked or expired');
    c.set('actor', principal);
    return next();
  };
}
