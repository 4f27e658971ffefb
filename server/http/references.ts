import type { Db } from '../db/database.js';
import { findPlaces } from '../modules/places/place.repo.js';
import { missingCodes } from '../modules/vocabularies/vocabulary.repo.js';
import { AppError, type ErrorDetail } from './errors.js';

/** A code the input names, and where in the input it stands. */
export interface CodeUse {
  path: string;
  code: string;
}

export interface ReferenceUses {
  vocabulary?: Record<string, CodeUse[]>;
  countries?: CodeUse[];
}

/**
 * Checks that every vocabulary code and country an input names exists, reporting each unknown
 * one at its path, so the client learns every problem from one answer.
 */
export async function checkReferences(db: Db, uses: ReferenceUses): Promise<void> {
  const details = await unknownReferences(db, uses);
  if (details.length > 0)
    throw new AppError('unknown_code', 'The input names codes that do not exist', details);
}

/** The unknown codes among `uses`, each at its path; empty when all exist. */
export async function unknownReferences(db: Db, uses: ReferenceUses): Promise<ErrorDetail[]> {
  const details: ErrorDetail[] = [];
  for (const [vocabulary, list] of Object.entries(uses.vocabulary ?? {})) {
    const missing = await missingCodes(
      db,
      vocabulary,
      list.map((u) => u.code),
    );
    for (const use of list) if (missing.has(use.code)) details.push({ path: use.path, code: 'unknown_code' });
  }
  const countries = uses.countries ?? [];
  if (countries.length > 0) {
    const found = await findPlaces(
      db,
      countries.map((u) => u.code),
    );
    const known = new Set(found.filter((p) => p.kind === 'country').map((p) => p.code));
    for (const use of countries)
      if (!known.has(use.code)) details.push({ path: use.path, code: 'unknown_code' });
  }
  return details;
}
