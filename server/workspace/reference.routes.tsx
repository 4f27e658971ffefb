import { Hono } from 'hono';
import type { WorkspaceEnv } from './env.js';
import { peopleRoutes } from './people.routes.js';

/**
 * administrators the vocabularies and the gazetteer. Full paths, mounted at the workspace's root.
 */
export const referenceRoutes = new Hono<WorkspaceEnv>();

referenceRoutes.route('/', peopleRoutes);
