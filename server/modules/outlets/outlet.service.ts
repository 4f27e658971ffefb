import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { checkReferences } from '../../http/references.js';
import { recordAudit } from '../audit/audit.repo.js';
import { readerScope } from '../incidents/incident.gate.js';
import { presentOutlet } from './outlet.presenter.js';
import * as repo from './outlet.repo.js';
import type { OutletInput } from './outlet.schema.js';

async function toValues(trx: Db, input: OutletInput): Promise<repo.OutletValues> {
  await checkReferences(trx, {
    vocabulary: { outlet_type: [{ path: 'type', code: input.type }] },
    countries: input.country ? [{ path: 'country', code: input.country }] : [],
  });
  return {
    name: input.name,
    names: JSON.stringify(input.names),
    aliases: input.aliases,
    outlet_type: input.type,
    independence: input.independence,
    country: input.country,
    url: input.url,
  };
}

export function createOutlet(db: Db, who: Principal, input: OutletInput) {
  const actor = authorize(who, 'people.write');
  return inTransaction(db, async (trx) => {
    if (input.version !== undefined) {
      throw new AppError('validation_failed', 'A new outlet has no version', [
        { path: 'version', code: 'not_allowed' },
      ]);
    }
    const row = await repo.insertOutlet(trx, await toValues(trx, input));
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'outlet',
      entityId: row.id,
      before: null,
      after: presentOutlet(row),
    });
    return presentOutlet(row);
  });
}

export function updateOutlet(db: Db, who: Principal, id: string, input: OutletInput) {
  const actor = authorize(who, 'people.write');
  return inTransaction(db, async (trx) => {
    const existing = await repo.findOutlet(trx, id, readerScope(who, 'write'));
    if (!existing) throw notFound('outlet_not_found', 'Outlet', id);
    if (input.version === undefined) {
      throw new AppError('validation_failed', 'Send the version you read', [
        { path: 'version', code: 'required' },
      ]);
    }
    const row = await repo.updateOutlet(trx, id, input.version, await toValues(trx, input));
    if (!row) throw versionConflict(existing.version);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'outlet',
      entityId: id,
      before: presentOutlet(existing),
      after: presentOutlet(row),
    });
    return presentOutlet(row);
  });
}

export function deleteOutlet(db: Db, who: Principal, id: string, version: number) {
  const actor = authorize(who, 'people.delete');
  return inTransaction(db, async (trx) => {
    const existing = await repo.findOutlet(trx, id, readerScope(who, 'write'));
    if (!existing) throw notFound('outlet_not_found', 'Outlet', id);
    const row = await repo.deleteOutlet(trx, id, version);
    if (!row) throw versionConflict(existing.version);
    await recordAudit(trx, {
      actor,
      action: 'delete',
      entityType: 'outlet',
      entityId: id,
      before: presentOutlet(existing),
      after: null,
    });
  });
}

/** Outlets by name, as this caller may see them: not those that belong only to incidents hidden from it. */
export function listOutletsFor(db: Db, who: Principal, nameLike: string | undefined) {
  return repo.listOutlets(db, nameLike, readerScope(who));
}

/** One outlet, unless it belongs only to incidents hidden from the caller (then 404). */
export async function readOutlet(db: Db, who: Principal, id: string) {
  const row = await repo.findOutlet(db, id, readerScope(who));
  if (!row) throw notFound('outlet_not_found', 'Outlet', id);
  return row;
}
