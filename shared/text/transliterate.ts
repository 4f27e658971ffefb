/**
 * Cross-script matching keys. Names of people and places reach Qorgau in Cyrillic (Kazakh and
 * Russian), in the official Kazakh Latin alphabet and in several English transliterations
 * ("Борейко", "Boreiko", "Boreyko"). Each word is folded to a Latin "skeleton" that erases the
 * differences those spellings disagree on, so that a search in one script finds the others.
 * The skeleton is a matching key only; it is never shown to anybody.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const CYRILLIC_VOWELS = new Set('аәеёиіоөуұүыэюя');

/** Spelling variants between transliteration schemes, folded to one form (applied in order). */
const LATIN_FOLDS: [RegExp, string][] = [
  [/dzh/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/y/g, 'i'],
  [/ii+/g, 'i'],
  [/(.)\1+/g, '$1'],
  // A word-initial i before a vowel is the iotation of е/ю/я written as "ye", "yu", "ya".
  [/^i(?=[aeou])/, ''],
];

function cyrillicToLatin(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    // Russian е after a vowel, a soft or hard sign, or at the start is pronounced and usually
    // written "ye" (Кожаев → Kozhayev), elsewhere "e".
    if (ch === 'е') {
      const prev = word[i - 1];
      out += prev === undefined || CYRILLIC_VOWELS.has(prev) || prev === 'ь' || prev === 'ъ' ? 'ye' : 'e';
      continue;
    }
    out += CYRILLIC[ch] ?? ch;
  }
  return out;
}

/** Folds one word (any script) to its matching skeleton; '' when nothing matchable is left. */
export function skeletonWord(word: string): string {
  let w = cyrillicToLatin(word.toLowerCase());
  // Kazakh and Turkic Latin letters whose sound English writes with two letters.
  w = w.replace(/ş/g, 'sh').replace(/ç/g, 'ch').replace(/ı/g, 'i');
  w = w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  w = w.replace(/[^a-z0-9]/g, '');
  for (const [pattern, replacement] of LATIN_FOLDS) w = w.replace(pattern, replacement);
  return w;
}

/** Splits text into words and folds each; words are letters and digits of any script. */
export function skeletonWords(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (const word of words) {
    const key = skeletonWord(word);
    if (key) out.push(key);
  }
  return out;
}

/** The text to index for cross-script search: the skeletons of every word of every text given. */
export function searchDocument(texts: Iterable<string | null | undefined>): string {
  const keys = new Set<string>();
  for (const text of texts) if (text) for (const key of skeletonWords(text)) keys.add(key);
  return [...keys].join(' ');
}

/**
 * A PostgreSQL tsquery (for the 'simple' configuration) that requires every word of the query as
 * a prefix, or null when the query has no searchable word. Skeletons are [a-z0-9] only, so the
 * result needs no further escaping.
 */
export function searchQuery(query: string): string | null {
  const words = [...new Set(skeletonWords(query))].slice(0, 12);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}
