import type { Language, LocalizedText } from '../languages.js';

/** What stands in a public text where a person's name was removed. */
export const WITHHELD_NAME: Record<Language, string> = {
  kk: '[аты-жөні жасырылған]',
  ru: '[имя скрыто]',
  en: '[name withheld]',
};

// Letters that may follow a name's stem in an inflected form: Russian cases (Егорову, Егоровым),
// Kazakh suffixes (Егоровтың, Молдабековке), English possessives (Boreiko's).
const INFLECTION = "[\\p{L}\\u2019']{0,4}";

/** The stem of a name word, without the final vowels that change with case (Секретова → Секретов). */
function stem(word: string): string {
  const stripped = word.replace(/[аәеёиіоөуұүыэюяйьaeiouy]+$/iu, '');
  return stripped.length >= 4 ? stripped : word;
}

/**
 * A pattern that finds a person's name in running text: every full form, and every word of at
 * least four letters of those forms by its stem, with a short inflectional ending. It errs towards removing
 * too much: a public text may lose a word, but must never keep a withheld name.
 */
export function namePattern(nameForms: string[]): RegExp | null {
  const pieces = new Set<string>();
  for (const form of nameForms) {
    const trimmed = form.trim();
    if (trimmed.length >= 2) pieces.add(trimmed);
    for (const word of trimmed.match(/[\p{L}\p{N}-]+/gu) ?? []) if (word.length >= 4) pieces.add(stem(word));
  }
  if (pieces.size === 0) return null;
  const alternatives = [...pieces]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${INFLECTION}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Replaces the names matched by `pattern` in each language of `text`. */
export function redactText(text: LocalizedText, pattern: RegExp | null): LocalizedText {
  if (!pattern) return { ...text };
  const out: LocalizedText = {};
  for (const [lang, value] of Object.entries(text) as [Language, string][]) {
    out[lang] = value.replace(pattern, WITHHELD_NAME[lang]);
  }
  return out;
}
