import type { Language, LocalizedText } from '../languages.js';
import { skeletonWord } from './transliterate.js';

/** What stands in a public text where a person's name was removed. */
export const WITHHELD_NAME: Record<Language, string> = {
  kk: '[аты-жөні жасырылған]',
  ru: '[имя скрыто]',
  en: '[name withheld]',
};

/*
 * Names are matched word by word on a key coarser than the search skeleton (transliterate.ts):
 * the skeleton, then a few folds more, applied to the names and to the text alike. Anything the
 * search would equate is equated here too, so a word that survives redaction cannot be found by
 * searching for a withheld name; the extra folds catch spellings search does not need to
 * (Kozhaev for Kozhayev, Shchukin for Щукин).
 */
const LOOSE_FOLDS: [RegExp, string][] = [
  [/shch/g, 'sh'],
  [/([aeiou])i(?=[aeiou])/g, '$1'],
  [/io/g, 'e'],
  // -ов written the French or German way: Smirnoff, Ivanow.
  [/ff?$/, 'v'],
  [/w/g, 'v'],
];

// Latin letters that look like Cyrillic ones. A word mixing the two scripts is written to dodge a
// comparison ("Нурлaнов" with a Latin a, "Hурланов" with a Latin H), so in such a word they are
// read as the Cyrillic letters they imitate.
const LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  b: 'в',
  h: 'н',
  i: 'і',
};
const CYRILLIC = /\p{Script=Cyrillic}/u;

function unmixed(word: string): string {
  const lower = word.toLowerCase();
  if (!CYRILLIC.test(lower) || !/[a-z]/.test(lower)) return word;
  return lower.replace(/[a-z]/g, (ch) => LOOKALIKES[ch] ?? ch);
}

/** The matching key of one word: its search skeleton, folded further. */
export function nameKey(word: string): string {
  let key = skeletonWord(unmixed(word));
  for (const [pattern, replacement] of LOOSE_FOLDS) key = key.replace(pattern, replacement);
  return key;
}

/** A prefix that removes a word, and how many letters may follow it (Infinity: any ending). */
interface Stem {
  prefix: string;
  ending: number;
}

// Endings of Russian cases are at most three letters (-ому, -ами); Kazakh suffixes stack without
// limit (-лардың, -ларымыздан), so a stem long enough to be distinctive takes any ending.
const SHORT_ENDING = 3;
const DISTINCTIVE = 4;

/**
 * The stems of one name word. A key of four letters or more, and its stem without final vowels
 * (Секретова → sekretov), take any ending. Shorter stems take a short one (Жанна → jan: Жанне,
 * Жанной), and so does the stem without a fleeting vowel (Павел → pavl: Павла; Кравец → Кравца).
 * A key of one letter (an initial) is never a stem; a key of two or three letters also matches
 * alone.
 */
function stemsOf(key: string): Stem[] {
  if (key.length < 2) return [];
  const stems: Stem[] = [{ prefix: key, ending: key.length >= DISTINCTIVE ? Infinity : 0 }];
  const bare = key.replace(/[aeiou]+$/, '');
  if (bare.length >= DISTINCTIVE) stems.push({ prefix: bare, ending: Infinity });
  else if (bare.length === 3 && bare !== key) stems.push({ prefix: bare, ending: SHORT_ENDING });
  else if (key.length === 3) stems.push({ prefix: key, ending: SHORT_ENDING });
  const fleeting = key.replace(/([^aeiou])[eo](ts|[^aeiou])$/, '$1$2');
  if (fleeting !== key && fleeting.length >= DISTINCTIVE)
    stems.push({ prefix: fleeting, ending: SHORT_ENDING });
  return stems;
}

// A word: letters, digits, combining marks and invisible format characters (a soft hyphen or a
// zero-width space inside a name must not split it), with apostrophes inside (Yegorov's).
const WORD = /[\p{L}\p{N}\p{M}\p{Cf}]+(?:['’ʼ`][\p{L}\p{N}\p{M}\p{Cf}]+)*/gu;
// Removed words separated by no more than this become one marker ("Roman Yegorov" → one).
const JOIN = /^[\s\p{Cf}-]*$/u;

/** Removes withheld names from text; built once for a record or a response, used for every field. */
export interface Redactor {
  /** True when no name is withheld, so nothing will ever change. */
  readonly empty: boolean;
  /** The text with every withheld name replaced by the marker of `lang`. */
  text(value: string, lang: Language): string;
  /** Each language of the text, redacted with its own marker. */
  localized(value: LocalizedText): LocalizedText;
  /** Whether the text holds a withheld name anywhere (for values that cannot be partly removed). */
  names(value: string): boolean;
}

/**
 * A redactor for every form of every withheld name: each word of each form (names in each
 * language, aliases, transliterations), matched on `nameKey` with any inflection. It errs towards
 * removing too much: a public text may lose an ordinary word that starts like a name (Romania for
 * Roman), but must never keep a withheld name.
 */
export function redactorFor(nameForms: Iterable<string | null | undefined>): Redactor {
  // Each stem by its prefix, with the longest ending any name allows it: a word is withheld when one
  // of its own prefixes is a stem and the rest is short enough.
  const stems = new Map<string, number>();
  for (const form of nameForms) {
    for (const word of form?.match(WORD) ?? []) {
      for (const stem of stemsOf(nameKey(word))) {
        stems.set(stem.prefix, Math.max(stems.get(stem.prefix) ?? -1, stem.ending));
      }
    }
  }
  const seen = new Map<string, boolean>();
  const withheld = (word: string): boolean => {
    let answer = seen.get(word);
    if (answer === undefined) {
      const key = nameKey(word);
      answer = false;
      for (let end = 2; end <= key.length && !answer; end++) {
        const ending = stems.get(key.slice(0, end));
        answer = ending !== undefined && key.length - end <= ending;
      }
      // Texts repeat their words; a response's redaction meets each spelling once.
      if (seen.size < 100_000) seen.set(word, answer);
    }
    return answer;
  };
  const text = (value: string, lang: Language): string => {
    if (stems.size === 0) return value;
    let out = '';
    let last = 0;
    let open = false;
    for (const match of value.matchAll(WORD)) {
      if (!withheld(match[0])) continue;
      const gap = value.slice(last, match.index);
      out += open && JOIN.test(gap) ? '' : `${open ? WITHHELD_NAME[lang] : ''}${gap}`;
      open = true;
      last = match.index + match[0].length;
    }
    return open ? `${out}${WITHHELD_NAME[lang]}${value.slice(last)}` : value;
  };
  return {
    empty: stems.size === 0,
    text,
    localized: (value) => {
      const out: LocalizedText = {};
      for (const [lang, v] of Object.entries(value) as [Language, string][]) out[lang] = text(v, lang);
      return out;
    },
    names: (value) => stems.size > 0 && (value.match(WORD) ?? []).some(withheld),
  };
}

/** A redactor that withholds nothing. */
export const NO_REDACTION: Redactor = redactorFor([]);
