import { TREE_GROUPS, type VocabularyName } from '../../../shared/vocabularies/index.js';
import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.repo.js';
import { presentTerm } from './vocabulary.presenter.js';
import * as repo from './vocabulary.repo.js';
import type { TermInput } from './vocabulary.schema.js';

/** Creates a term, or updates it when `version` is given (optimistic concurrency). */
export function saveTerm(db: Db, who: Principal, vocabulary: string, code: string, input: TermInput) {
  const actor = authorize(who, 'reference.write');
  return inTransaction(db, async (trx) => {
    await checkParent(trx, vocabulary, code, input.parent);
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
        action: 'term.created',
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
      action: 'term.updated',
      entityType: 'vocabulary_term',
      entityId,
      before: presentTerm(existing),
      after: presentTerm(row),
    });
    return { term: presentTerm(row), created: false };
  });
}

// Typology codes hang under a group letter; the groups themselves have no parent.
// In a tree vocabulary, the groups have no parent and every other term has an existing group;
// in a flat one, nothing has a parent.
async function checkParent(trx: Db, vocabulary: string, code: string, parent: string | null) {
  const groups = TREE_GROUPS[vocabulary as VocabularyName];
  if (!groups) {
    if (parent === null) return;
    throw new AppError('validation_failed', `Terms of ${vocabulary} have no parent`, [
      { path: 'parent', code: 'not_allowed' },
    ]);
  }
  if (groups.includes(code) && parent === null) return;
  if (
    !groups.includes(code) &&
    parent !== null &&
    groups.includes(parent) &&
    (await repo.findTerm(trx, vocabulary, parent))
  ) {
    return;
  }
  throw new AppError('unknown_code', `A term of ${vocabulary} needs an existing group as parent`, [
    { path: 'parent', code: 'unknown_code' },
  ]);
}
