import type { Labels } from '../../../shared/languages.js';
import type { VocabularyTermRow } from '../../db/schema.js';

/** Vocabulary terms are public reference data: one presenter serves every audience. */
export function presentTerm(row: VocabularyTermRow) {
  return {
    vocabulary: row.vocabulary,
    code: row.code,
    parent: row.parent_code,
    labels: row.labels as Labels,
    definitions: row.definitions as Labels,
    crosswalk: row.crosswalk,
    sortOrder: row.sort_order,
    version: row.version,
  };
}
