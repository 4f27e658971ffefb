import type { Context } from 'hono';
import { can } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { readHelpRequest } from '../../modules/help/help.service.js';
import type { WorkspaceEnv } from '../env.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The help request a new incident is to be linked to, from the editor's hidden field: only one
 * the person works and may see (the same refusal as its page), else nothing is saved.
 */
export async function helpRequestToLink(
  c: Context<WorkspaceEnv>,
  field: string | undefined,
): Promise<string | null> {
  const id = (field ?? '').trim();
  if (!id) return null;
  if (!UUID.test(id) || !can(c.var.actor, 'help.work')) {
    throw new AppError('help_request_not_found', 'No such help request');
  }
  await readHelpRequest(c.var.db, c.var.actor, id, null);
  return id;
}
