import { ACTOR_TYPES } from './actor-types.js';
import { OUTLET_TYPES } from './outlet-types.js';
import { PLACE_TYPES } from './place-types.js';
import { SOURCE_TYPES } from './source-types.js';
import type { VocabularyTermSeed } from './types.js';
import { TYPOLOGY } from './typology.js';
import { VICTIM_ROLES } from './victim-roles.js';

/** Every controlled vocabulary shipped with Qorgau, by the name it is stored and queried under. */
export const VOCABULARIES = {
  typology: TYPOLOGY,
  victim_role: VICTIM_ROLES,
  place_type: PLACE_TYPES,
  source_type: SOURCE_TYPES,
  outlet_type: OUTLET_TYPES,
  actor_type: ACTOR_TYPES,
} as const satisfies Record<string, VocabularyTermSeed[]>;

/** The name of one shipped vocabulary. */
export type VocabularyName = keyof typeof VOCABULARIES;

/** The names of the shipped vocabularies, in a stable order. */
export const VOCABULARY_NAMES = Object.keys(VOCABULARIES) as VocabularyName[];

/**
 * Vocabularies that are trees of two levels: their group terms (parent null) and, for every
 * other term, the group it hangs under.
 */
export const TREE_GROUPS: Partial<Record<VocabularyName, readonly string[]>> = {
  typology: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'],
  actor_type: ['state', 'non_state', 'unknown'],
};
