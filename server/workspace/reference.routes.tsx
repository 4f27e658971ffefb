import { Hono } from 'hono';
import type { WorkspaceEnv } from './env.js';
import { interventionRoutes } from './interventions.routes.js';
import { outletRoutes } from './outlets.routes.js';
import { peopleRoutes } from './people.routes.js';
import { placeRoutes } from './places.routes.js';
import { vocabularyRoutes } from './vocabularies.routes.js';

/**
 * The workspace's reference pages: people, outlets, statements and letters, and for
 * administrators the vocabularies and the gazetteer. Full paths, mounted at the workspace's root.
 */
export const referenceRoutes = new Hono<WorkspaceEnv>();

referenceRoutes.route('/', peopleRoutes);
referenceRoutes.route('/', outletRoutes);
referenceRoutes.route('/', interventionRoutes);
referenceRoutes.route('/', vocabularyRoutes);
referenceRoutes.route('/', placeRoutes);
