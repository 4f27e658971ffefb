import { Hono } from 'hono';
import type { WorkspaceEnv } from '../env.js';
import { helpAccess } from './access.routes.js';
import { helpActions } from './actions.routes.js';
import { helpDraft } from './draft.routes.js';
import { helpPages } from './help.routes.js';

/** The help desk's workspace pages, mounted with one line: the session and help.work come first (help.routes). */
export const helpWorkspace = new Hono<WorkspaceEnv>();
helpWorkspace.route('/', helpPages);
helpWorkspace.route('/', helpAccess);
helpWorkspace.route('/', helpActions);
helpWorkspace.route('/', helpDraft);
