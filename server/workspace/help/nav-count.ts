import type { Db } from '../../db/database.js';
import { can, type Principal } from '../../http/auth.js';
import { helpQueueCounts } from '../../modules/help/help.service.js';

/**
 * How many requests wait for this person (as the queue counts them for them), for the
 * navigation's "Help desk (3)"; null for those who do not work the desk.
 */
export async function helpWaitingFor(db: Db, who: Principal): Promise<number | null> {
  if (!can(who, 'help.work')) return null;
  return (await helpQueueCounts(db, who)).waiting;
}
