import { randomInt } from 'node:crypto';
import { skeletonWord, skeletonWords } from '../../shared/text/transliterate.js';

/**
 * Unique markers for the adversarial crawl. A marker is a random word put into one text field of
 * one record the public must not see; finding it (or its cross-script skeleton) in a public
 * answer is a leak. Public markers go into texts the public should see: they prove the crawl
 * really reads the pages a leak would show up on.
 */
export interface Marker {
  /** What is written into the record. */
  token: string;
  /** What is looked for in the folded text of an answer (the token's skeleton), or the raw token. */
  needle: string;
  /** ids and references are looked for as written; words by their skeleton. */
  match: 'skeleton' | 'raw';
  /** Record and field, e.g. "incident(confidential).title.kk". */
  where: string;
  /** Why the public must not see it, e.g. "confidential", "withheld name", "internal note". */
  kind: string;
  /** Another spelling to point at in a report (a name's Latin form). */
  alt?: string;
}

// Letters whose skeleton is themselves, never doubled: the token folds to itself in every script.
const CONSONANTS = 'bdfgklmnprstv';
const VOWELS = 'aou';

const pick = (letters: string) => letters[randomInt(letters.length)] as string;

/** A random pronounceable word that folds to itself, e.g. "Mkbatorisu". */
export function randomToken(prefix = 'Mk', syllables = 4): string {
  let out = prefix;
  for (let i = 0; i < syllables; i++) out += pick(CONSONANTS) + pick(VOWELS);
  return out;
}

const CYR_CONSONANTS: Record<string, string> = {
  б: 'b',
  д: 'd',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
};
const CYR_VOWELS: Record<string, string> = { а: 'a', о: 'o', у: 'u' };

/** A random Cyrillic word and its usual English spelling, e.g. ["Тобуса", "Tobusa"]. */
export function randomCyrillic(syllables = 3): [string, string] {
  let cyr = '';
  let lat = '';
  for (let i = 0; i < syllables; i++) {
    const c = pick(Object.keys(CYR_CONSONANTS).join(''));
    const v = pick(Object.keys(CYR_VOWELS).join(''));
    cyr += c + v;
    lat += (CYR_CONSONANTS[c] as string) + (CYR_VOWELS[v] as string);
  }
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [cap(cyr), cap(lat)];
}

/** Every marker of a seeding, with lookups by token. */
export class MarkerSet {
  readonly all: Marker[] = [];
  readonly publicOnes: Marker[] = [];

  /** A new hidden marker for a field; returns the token to write. */
  hidden(where: string, kind: string): string {
    const token = this.unique();
    this.all.push({ token, needle: skeletonWord(token), match: 'skeleton', where, kind });
    return token;
  }

  /** A new public marker (must be seen where the public looks); returns the token. */
  visible(where: string): string {
    const token = this.unique('Pb');
    this.publicOnes.push({ token, needle: skeletonWord(token), match: 'skeleton', where, kind: 'public' });
    return token;
  }

  /** An id or reference of a hidden record, looked for as written. */
  id(value: string, where: string, kind: string): void {
    this.all.push({ token: value, needle: value.toLowerCase(), match: 'raw', where, kind });
  }

  /** A withheld name word (any script): looked for by the skeleton of `core`. */
  name(core: string, where: string, alt: string): void {
    this.all.push({
      token: core,
      needle: skeletonWord(core),
      match: 'skeleton',
      where,
      kind: 'withheld name',
      alt,
    });
  }

  private unique(prefix?: string): string {
    const taken = new Set([...this.all, ...this.publicOnes].map((m) => m.needle));
    for (;;) {
      const token = randomToken(prefix);
      if (!taken.has(skeletonWord(token))) return token;
    }
  }
}

const ENTITY: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text of an answer as a reader would see it: entities and percent-escapes decoded. */
export function readable(body: string): string {
  const unescaped = body.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITY[m] ?? m);
  return unescaped.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
}

/**
 * The markers found in an answer. `echoes` are what the request itself carried (path, query
 * values): a page repeating the reader's own search words back is not a leak, so they are cut
 * out first, in every form they may take.
 */
export function findMarkers(
  markers: readonly Marker[],
  body: string,
  echoes: readonly string[] = [],
): Marker[] {
  const text = withoutEchoes(body, echoes);
  const lower = text.toLowerCase();
  const folded = ` ${skeletonWords(text).join(' ')} `;
  return markers.filter((m) => (m.match === 'raw' ? lower.includes(m.needle) : folded.includes(m.needle)));
}

/** The readable text of an answer with what the request carried cut out, in every form. */
export function withoutEchoes(body: string, echoes: readonly string[]): string {
  let text = readable(body);
  const cuts = new Set<string>();
  for (const echo of echoes) {
    if (!echo) continue;
    cuts.add(echo);
    cuts.add(readable(echo));
    cuts.add(readable(echo.replace(/\+/g, ' ')));
  }
  for (const cut of [...cuts].sort((a, b) => b.length - a.length)) text = text.split(cut).join(' ');
  return text;
}
