import type { Labels, Language, LocalizedText } from '../../shared/languages.js';
import type { Db } from '../db/database.js';
import { allPlaceNames } from '../modules/places/place.repo.js';
import { allTermLabels } from '../modules/vocabularies/vocabulary.repo.js';

interface LabelCache {
  at: number;
  terms: Map<string, Labels>;
  places: Map<string, Labels>;
}

let cache: LabelCache | null = null;
// Vocabularies and places change rarely; other processes' edits show within this time.
const TTL_MS = 60_000;

/** Labels of vocabulary terms ("typology/arson") and place names, in every language. */
export async function loadLabels(db: Db): Promise<LabelCache> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache;
  const [terms, places] = await Promise.all([allTermLabels(db), allPlaceNames(db)]);
  cache = {
    at: Date.now(),
    terms: new Map(terms.map((r) => [`${r.vocabulary}/${r.code}`, r.labels as Labels])),
    places: new Map(places.map((r) => [r.code, r.names as Labels])),
  };
  return cache;
}

/** Record text in the reader's language, else in its original language with a flag. */
export function pickText(
  text: LocalizedText,
  lang: Language,
  original: Language,
): { text: string; untranslated: boolean } {
  const own = text[lang];
  if (own) return { text: own, untranslated: false };
  const fallback = text[original] ?? Object.values(text).find(Boolean) ?? '';
  return { text: fallback, untranslated: fallback !== '' };
}
