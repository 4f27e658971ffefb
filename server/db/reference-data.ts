import { KAZAKHSTAN_PLACES } from '../../shared/gazetteer/kazakhstan.js';
import { VOCABULARIES } from '../../shared/vocabularies/index.js';
import type { Db } from './database.js';

/**
 * Loads the shipped vocabularies and the Kazakhstan gazetteer. Terms and places that already
 * exist are left alone, so an administrator's edits survive every restart.
 */
export async function loadReferenceData(db: Db): Promise<{ terms: number; places: number }> {
  const terms = Object.entries(VOCABULARIES).flatMap(([vocabulary, list]) =>
    list.map((term, i) => ({
      vocabulary,
      code: term.code,
      parent_code: term.parent,
      labels: JSON.stringify(term.labels),
      definitions: JSON.stringify(term.definitions),
      crosswalk: JSON.stringify(term.crosswalk),
      sort_order: (i + 1) * 10,
    })),
  );
  const insertedTerms = await db
    .insertInto('vocabulary_terms')
    .values(terms)
    .onConflict((oc) => oc.columns(['vocabulary', 'code']).doNothing())
    .returning('code')
    .execute();
  // One statement: foreign keys to parent places are checked at its end, not row by row.
  const insertedPlaces = await db
    .insertInto('places')
    .values(
      KAZAKHSTAN_PLACES.map((place) => ({
        code: place.code,
        kind: place.kind,
        country: place.country,
        parent_code: place.parent,
        names: JSON.stringify(place.names),
        aliases: place.aliases,
        lat: place.lat,
        lon: place.lon,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .execute();
  return { terms: insertedTerms.length, places: insertedPlaces.length };
}
