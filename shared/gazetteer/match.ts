import { skeletonWords } from '../text/transliterate.js';
import { KAZAKHSTAN_PLACES } from './kazakhstan.js';
import type { PlaceSeed } from './types.js';

/** A word of a text may carry a case ending the name lacks ("в Шымкенте", "Алматыда"). */
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
 * The place of the shipped gazetteer (a region or city, never the country) that a text names, in
 * any script and with a case ending; undefined when it names none. The longest name found wins,
 * so "Қарағанды облысы" is the region, not the city its first word names; among names of the same
 * length a city comes first.
 */
export function placeNamedIn(text: string): PlaceSeed | undefined {
  const words = skeletonWords(text);
  let best: Candidate | undefined;
  for (const c of CANDIDATES) {
    if ((!best || c.words.length > best.words.length) && occursIn(words, c.words)) best = c;
  }
  return best?.place;
}

/** The region and city codes a gazetteer place stands for (a city's region is its parent). */
export function regionAndCity(place: PlaceSeed): { region: string; city: string } {
  return place.kind === 'city'
    ? { region: place.parent ?? '', city: place.code }
    : { region: place.code, city: '' };
}
