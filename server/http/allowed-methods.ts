import type { Hono } from 'hono';
import type { AppEnv } from './env.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods some route of `app` answers at `path` (middleware left out), so that a request for
 * an address that exists, with a method it does not take, is told 405 rather than 404.
 */
export function allowedMethods(app: Hono<AppEnv>, path: string): string[] {
  return METHODS.filter((method) => {
    const [matches] = app.router.match(method, path);
    return matches.some(([[, route]]) => route.method === method);
  });
}
