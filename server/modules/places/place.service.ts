import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { presentPlace } from './place.presenter.js';
import * as repo from './place.repo.js';
import type { PlaceInput } from './place.schema.js';

const PARENT_KIND = { country: null, region: 'country', city: 'region' } as const;

/** Creates a place, or updates it when `version` is given. Keeps country → region → city intact. */
export function savePlace(db: Db, who: Principal, code: string, input: PlaceInput) {
  const actor = authorize(who, 'reference.write');
  return inTransaction(db, async (trx) => {
    const country = await checkHierarchy(trx, code, input);
    const values = {
      kind: input.kind,
      country,
      parent_code: input.parent,
      names: JSON.stringify(input.names),
      aliases: input.aliases,
      lat: input.lat,
      lon: input.lon,
    };
    const existing = await repo.findPlace(trx, code);
    if (!existing) {
      if (input.version !== undefined) throw notFound('place_not_found', 'Place', code);
      const row = await repo.insertPlace(trx, code, values);
      await recordAudit(trx, {
        actor,
        action: 'place.created',
        entityType: 'place',
        entityId: code,
        before: null,
        after: presentPlace(row),
      });
      return { place: presentPlace(row), created: true };
    }
    if (input.version === undefined) {
      throw new AppError('already_exists', `Place ${code} exists; send its version to update it`, [
        { path: 'version', code: 'required' },
      ]);
    }
    const row = await repo.updatePlace(trx, code, input.version, values);
    if (!row) throw versionConflict(existing.version);
    await recordAudit(trx, {
      actor,
      action: 'place.updated',
      entityType: 'place',
      entityId: code,
      before: presentPlace(existing),
      after: presentPlace(row),
    });
    return { place: presentPlace(row), created: false };
  });
}

/** Returns the country code the place belongs to, or throws if the parent does not fit. */
async function checkHierarchy(trx: Db, code: string, input: PlaceInput): Promise<string> {
  const wantedParentKind = PARENT_KIND[input.kind];
  if (wantedParentKind === null) {
    if (input.parent !== null || !/^[A-Z]{2}$/.test(code)) {
      throw new AppError('validation_failed', 'A country has a two-letter code and no parent', [
        { path: 'parent', code: 'not_allowed' },
      ]);
    }
    return code;
  }
  const parent = input.parent ? await repo.findPlace(trx, input.parent) : undefined;
  if (!parent || parent.kind !== wantedParentKind || !code.startsWith(`${parent.country}-`)) {
    throw new AppError('unknown_code', `A ${input.kind} needs an existing ${wantedParentKind} as parent`, [
      { path: 'parent', code: 'unknown_code' },
    ]);
  }
  return parent.country;
}
