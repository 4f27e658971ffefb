import { z } from 'zod';
import { ROLES } from '../../../shared/access/permissions.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound } from '../../http/errors.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';
import { recordAudit } from '../audit/audit.repo.js';
import { gateIncident } from './incident.gate.js';
import * as repo from './incident-grants.repo.js';

export const GrantInput = inputSchema(
  'GrantInput',
  z
    .strictObject({ accountId: z.uuid().optional(), role: z.enum(ROLES).optional() })
    .refine((g) => (g.accountId === undefined) !== (g.role === undefined), {
      message: 'Grant to one account or to one role',
      path: ['accountId'],
    }),
);
export type GrantInput = z.infer<typeof GrantInput>;

export const Grant = outputSchema(
  'Grant',
  z.object({
    id: z.uuid(),
    accountId: z.uuid().nullable(),
    role: z.enum(ROLES).nullable(),
    grantedBy: z.string(),
    grantedAt: z.string(),
  }),
);
export const GrantList = outputSchema('GrantList', z.object({ items: z.array(Grant) }));

async function rows(db: Db, incidentId: string) {
  const list = await repo.listGrantRows(db, incidentId);
  return list.map((g) => ({
    id: g.id,
    accountId: g.account_id,
    role: g.role,
    grantedBy: g.granted_by,
    grantedAt: g.granted_at.toISOString(),
  }));
}

/** Who besides editors and administrators may see a confidential incident. */
export async function listGrants(db: Db, who: Principal, incidentId: string) {
  authorize(who, 'records.read');
  return rows(db, (await gateIncident(db, who, incidentId)).id);
}

/** Grants an account or a whole role sight of a confidential incident (editors). */
export function addGrant(db: Db, who: Principal, incidentId: string, input: GrantInput) {
  const actor = authorize(who, 'incidents.visibility');
  return inTransaction(db, async (trx) => {
    const incident = await gateIncident(trx, who, incidentId, { access: 'write' });
    if (input.accountId && !(await repo.accountExists(trx, input.accountId))) {
      throw new AppError('unknown_code', 'No such account', [{ path: 'accountId', code: 'unknown_id' }]);
    }
    const before = await rows(trx, incident.id);
    await repo.insertGrant(trx, {
      incident_id: incident.id,
      account_id: input.accountId ?? null,
      role: input.role ?? null,
      granted_by: actor,
    });
    const after = await rows(trx, incident.id);
    const strip = (list: typeof after) => list.map((g) => g.accountId ?? `role:${g.role}`);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'incident',
      entityId: incident.id,
      before: { grants: strip(before) },
      after: { grants: strip(after) },
    });
    return after;
  });
}

/** Takes a grant back. */
export function removeGrant(db: Db, who: Principal, incidentId: string, grantId: string) {
  const actor = authorize(who, 'incidents.visibility');
  return inTransaction(db, async (trx) => {
    const incident = await gateIncident(trx, who, incidentId, { access: 'write' });
    const before = await rows(trx, incident.id);
    if (!(await repo.deleteGrant(trx, incident.id, grantId)))
      throw notFound('grant_not_found', 'Grant', grantId);
    const after = await rows(trx, incident.id);
    const strip = (list: typeof after) => list.map((g) => g.accountId ?? `role:${g.role}`);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'incident',
      entityId: incident.id,
      before: { grants: strip(before) },
      after: { grants: strip(after) },
    });
  });
}
