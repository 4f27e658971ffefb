import { type Db, inTransaction } from '../../db/database.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { presentTerm } from './vocabulary.presenter.js';
import * as repo from './vocabulary.repo.js';
import type { TermInput } from './vocabulary.schema.js';

/** Creates a term, or updates it when `version` is given (optimistic concurrency). */
export function saveTerm(db: Db, actor: string, vocabulary: string, code: string, input: TermInput) {
  return inTransaction(db, async (trx) => {
    if (vocabulary === 'typology') await checkTypologyParent(trx, code, input.parent);
    else if (input.parent !== null) {
      throw new AppError('validation_failed', 'Only typology codes have a parent', [
        { path: 'parent', code: 'not_allowed' },
      ]);
    }
    const values = {
      parent_code: input.parent,
      labels: JSON.stringify(input.labels),
      definitions: JSON.stringify(input.definitions),
      crosswalk: JSON.stringify(input.crosswalk),
      sort_order: input.sortOrder,
    };
    const existing = await repo.findTerm(trx, vocabulary, code);
    const entityId = `${vocabulary}/${code}`;
    if (!existing) {
      if (input.version !== undefined) throw notFound('term_not_found', 'Term', entityId);
      const row = await repo.insertTerm(trx, vocabulary, code, values);
      await recordAudit(trx, {
        actor,
        action: 'create',
        entityType: 'vocabulary_term',
        entityId,
        before: null,
        after: presentTerm(row),
      });
      return { term: presentTerm(row), created: true };
    }
    if (input.version === undefined) {
      throw new AppError('already_exists', `Term ${entityId} exists; send its version to update it`, [
        { path: 'version', code: 'required' },
      ]);
    }
    const row = await repo.updateTerm(trx, vocabulary, code, input.version, values);
    if (!row) throw versionConflict(existing.version);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'vocabulary_term',
      entityId,
      before: presentTerm(existing),
      after: presentTerm(row),
    });
    return { term: presentTerm(row), created: false };
  });
}

// Typology codes hang under a group letter; the groups themselves have no parent.
async function checkTypologyParent(trx: Db, code: string, parent: string | null) {
  const isGroup = /^[A-Z]$/.test(code);
  if (isGroup && parent === null) return;
  if (!isGroup && parent !== null && /^[A-Z]$/.test(parent) && (await repo.findTerm(trx, 'typology', parent)))
    return;
  throw new AppError('unknown_code', 'A typology code needs an existing group letter as parent', [
    { path: 'parent', code: 'unknown_code' },
  ]);
}
