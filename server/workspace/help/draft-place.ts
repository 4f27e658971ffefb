import { KAZAKHSTAN_PLACES } from '../../../shared/gazetteer/kazakhstan.js';
import type { PlaceSeed } from '../../../shared/gazetteer/types.js';
import { skeletonWords } from '../../../shared/text/transliterate.js';

/** A word of the report may carry a case ending the name lacks ("в Шымкенте", "Алматыда"). */
const MAX_ENDING = 4;

interface Candidate {
  place: PlaceSeed;
  words: string[];
}

// Cities first: "Алматы" is a city of republican significance before "Алматинская область".
const CANDIDATES: Candidate[] = [...KAZAKHSTAN_PLACES]
  .filter((p) => p.kind !== 'country')
  .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'city' ? -1 : 1))
  .flatMap((place) =>
    [place.names.kk, place.names.ru, place.names.en, ...place.aliases].map((name) => ({
      place,
      words: skeletonWords(name),
    })),
  )
  .filter((c) => c.words.length > 0);

const wordMatches = (text: string, name: string) =>
  text.startsWith(name) && text.length - name.length <= MAX_ENDING;

function occursIn(text: string[], name: string[]): boolean {
  for (let i = 0; i + name.length <= text.length; i++) {
    if (name.every((w, j) => wordMatches(text[i + j] as string, w))) return true;
  }
  return false;
}

/**
 * The region and city a report's "where" names, in any script and with a case ending, from the
 * shipped gazetteer; empty when it names none. Only a suggestion: the monitor sees it in the editor
 * before anything is saved.
 */
export function placeOf(where: string | undefined): { region: string; city: string } {
  const text = skeletonWords(where ?? '');
  const found = CANDIDATES.find((c) => occursIn(text, c.words));
  if (!found) return { region: '', city: '' };
  const { place } = found;
  return place.kind === 'city'
    ? { region: place.parent ?? '', city: place.code }
    : { region: place.code, city: '' };
}
