import type { Labels } from '../languages.js';

/**
 * Other organisations whose categories a term maps to, so statistics can be compared:
 * adilsoz = Adil Soz monitoring (Kazakhstan), cpj = Committee to Protect Journalists,
 * coe = Council of Europe Safety of Journalists Platform, mfrr = Mapping Media Freedom,
 * uspft = U.S. Press Freedom Tracker, huridocs = HURIDOCS micro-thesauri.
 */
export const CROSSWALK_SCHEMES = ['adilsoz', 'cpj', 'coe', 'mfrr', 'uspft', 'huridocs'] as const;
export type CrosswalkScheme = (typeof CROSSWALK_SCHEMES)[number];
/** For each scheme, the exact category names in that scheme that the term maps to ([] = none). */
export type Crosswalk = Partial<Record<CrosswalkScheme, string[]>>;

/** One term of a controlled vocabulary, as shipped with Qorgau. */
export interface VocabularyTermSeed {
  /** Stable machine code: lower_snake_case for terms, a single capital letter for typology groups. */
  code: string;
  /** For typology codes: the group letter (A–I). Otherwise null. */
  parent: string | null;
  labels: Labels;
  /** One sentence saying what the term covers, in each language. */
  definitions: Labels;
  crosswalk: Crosswalk;
}
