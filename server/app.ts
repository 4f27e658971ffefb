import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { DEFAULT_MAX_UPLOAD_MB, DEFAULT_STALLED_AFTER_DAYS } from './config.js';
import type { Database } from './db/schema.js';
import { allowedMethods } from './http/allowed-methods.js';
import { PUBLIC } from './http/auth.js';
import { authenticateApi } from './http/authenticate.js';
import { trustedProxies } from './http/client-address.js';
import type { AppEnv } from './http/env.js';
import { AppError } from './http/errors.js';
import { buildOpenApi } from './http/openapi.js';
import { refuseUnstorableUrl } from './http/validate.js';
import { accountRoutes } from './modules/accounts/account.routes.js';
import { prepareDummyHash } from './modules/accounts/password.js';
import { actorRoutes } from './modules/actors/actor.routes.js';
import { caseRoutes } from './modules/cases/case.routes.js';
import { contextRoutes } from './modules/context/context.routes.js';
import { evidenceRoutes, isUploadRequest } from './modules/evidence/evidence.routes.js';
import { DEFAULT_INTAKE_LIMITS, helpBodyMax, type IntakeLimits } from './modules/help/intake-limits.js';
import { incidentRoutes } from './modules/incidents/incident.routes.js';
import { workflowRoutes } from './modules/incidents/workflow.routes.js';
import { interventionRoutes } from './modules/interventions/intervention.routes.js';
import { outletRoutes } from './modules/outlets/outlet.routes.js';
import { personRoutes } from './modules/people/person.routes.js';
import { placeRoutes } from './modules/places/place.routes.js';
import { statisticsRoutes } from './modules/statistics/statistics.routes.js';
import { vocabularyRoutes } from './modules/vocabularies/vocabulary.routes.js';
import { VERSION } from './version.js';
import { failureResponse } from './web/error-response.js';
import { helpRoutes } from './web/help/help.routes.js';
import { HELP_PATH, HELP_UPLOAD_PATH, privateAnswer } from './web/help/help-paths.js';
import { isLanguage, pickLanguage } from './web/locale.js';
import { webRoutes } from './web/web.routes.js';
import { workspaceRoutes } from './workspace/workspace.routes.js';

/** Bodies larger than this are refused before they are read to the end. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The sign-in forms, open to anyone, carry a username and a password or code: far less. */
export const SIGN_IN_BODY_BYTES = 16 * 1024;
const SIGN_IN_PATH = /^\/(kk|ru|en)\/workspace\/(login|second-factor)\/?$/;

export interface AppOptions {
  db: Kysely<Database>;
  stalledAfterDays?: number;
  /** Where evidence files are stored, and the largest upload in bytes (25 MiB unless given). */
  files: { dir: string; maxBytes?: number };
  /** QORGAU_TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies?: readonly string[];
  /** Whether staff notifications can be mailed (QORGAU_SMTP_URL is set); the settings say so. */
  mailEnabled?: boolean;
  /** The public help forms' limits (tests and benchmarks set their own). */
  helpLimits?: Partial<IntakeLimits>;
}

const limit = (maxSize: number, words: string) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('payload_too_large', `The body is larger than ${words}`, [
        { path: '', code: 'too_large' },
      ]);
    },
  });
const bodyLimitFor = { signIn: limit(SIGN_IN_BODY_BYTES, '16 KiB'), any: limit(MAX_BODY_BYTES, '1 MiB') };

/**
 * Every body is limited before a handler reads it: a declared Content-Length over the limit is
 * refused at once, a chunked body is counted as it arrives and refused at the first byte over.
 * Uploads are streamed and limited by their own size (QORGAU_MAX_UPLOAD_MB).
 */
const limitBodies: MiddlewareHandler<AppEnv> = (c, next) => {
  if (isUploadRequest(c.req.method, c.req.path)) return next();
  // The help forms with files: a declared length over their limit is refused at once; otherwise
  // the form reader counts the body and, at the limit, gives the person their text back.
  if (c.req.method === 'POST' && HELP_UPLOAD_PATH.test(c.req.path)) {
    if (Number(c.req.header('content-length') ?? 0) > helpBodyMax(c.var.helpLimits)) {
      throw new AppError('payload_too_large', 'The form is larger than the help desk takes', [
        { path: '', code: 'too_large' },
      ]);
    }
    return next();
  }
  if (HELP_PATH.test(c.req.path)) return bodyLimitFor.signIn(c, next);
  return (SIGN_IN_PATH.test(c.req.path) ? bodyLimitFor.signIn : bodyLimitFor.any)(c, next);
};

/** Builds the HTTP application: middleware, the module routers, and the one error mapping. */
export function buildApp({
  db,
  stalledAfterDays = DEFAULT_STALLED_AFTER_DAYS,
  files,
  trustedProxies: proxyEntries = [],
  mailEnabled = false,
  helpLimits,
}: AppOptions) {
  const intake: IntakeLimits = { ...DEFAULT_INTAKE_LIMITS, ...helpLimits };
  const app = new Hono<AppEnv>();
  const proxies = proxyEntries.length > 0 ? trustedProxies(proxyEntries) : null;
  prepareDummyHash();
  const store = { dir: files.dir, maxBytes: files.maxBytes ?? DEFAULT_MAX_UPLOAD_MB * 1024 * 1024 };
  app.use('*', privateAnswer);
  app.use('*', async (c, next) => {
    c.set('helpLimits', intake);
    await next();
  });
  app.use('*', limitBodies);
  app.use('*', refuseUnstorableUrl());
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('stalledAfterDays', stalledAfterDays);
    c.set('files', store);
    c.set('trustedProxies', proxies);
    c.set('mailEnabled', mailEnabled);
    c.set('actor', PUBLIC);
    await next();
  });
  app.use('/api/*', authenticateApi());

  const api = new Hono<AppEnv>();
  api.route('/', accountRoutes);
  api.route('/', caseRoutes);
  api.route('/', contextRoutes);
  api.route('/', evidenceRoutes);
  api.route('/incidents', incidentRoutes);
  api.route('/incidents', workflowRoutes);
  api.route('/actors', actorRoutes);
  api.route('/interventions', interventionRoutes);
  api.route('/statistics', statisticsRoutes);
  api.route('/people', personRoutes);
  api.route('/outlets', outletRoutes);
  api.route('/places', placeRoutes);
  api.route('/vocabularies', vocabularyRoutes);
  api.get('/openapi.json', (c) => c.json(buildOpenApi(VERSION)));
  app.route('/api/v1', api);
  app.route('/', helpRoutes);
  app.route('/', workspaceRoutes as unknown as Hono<AppEnv>);
  app.route('/', webRoutes);

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.notFound((c) => {
    const path = c.req.path;
    const allowed = allowedMethods(app, path);
    if (allowed.length > 0) {
      c.header('Allow', allowed.includes('GET') ? ['HEAD', ...allowed].join(', ') : allowed.join(', '));
      throw new AppError('method_not_allowed', `This address does not take ${c.req.method}`);
    }
    // A person who left out the language ("/workspace/") is sent to the same page in theirs.
    if (c.req.method === 'GET' && !path.startsWith('/api/') && !isLanguage(path.split('/')[1])) {
      const lang = pickLanguage(getCookie(c, 'lang'), c.req.header('accept-language'));
      if (allowedMethods(app, `/${lang}${path}`).includes('GET')) {
        c.header('Vary', 'Accept-Language, Cookie');
        return c.redirect(`/${lang}${path}${new URL(c.req.url).search}`, 302);
      }
    }
    throw new AppError('not_found', 'There is nothing at this address');
  });
  app.onError((err, c) => failureResponse(c, err));
  return app;
}

export type App = ReturnType<typeof buildApp>;
