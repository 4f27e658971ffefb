import type { AppEnv } from '../http/env.js';
import type { ActiveSession } from '../modules/accounts/session.service.js';

/** A workspace handler also knows the signed-in session. */
export interface WorkspaceEnv {
  Variables: AppEnv['Variables'] & {
    session: ActiveSession;
    /** For those who work the help desk: how many requests wait, shown in the navigation. */
    helpWaiting?: number;
  };
}
