/*
 * Month names as they are written in dates, in Kazakh, Russian and English. A Russian date puts
 * the month in the genitive ("12 марта"), a Kazakh one may add a case ending ("наурызда"), so a
 * word matches a stem it starts with when at most a few letters follow.
 */
const MONTH_STEMS: string[][] = [
  ['қаңтар', 'январ', 'january', 'jan'],
  ['ақпан', 'феврал', 'february', 'feb'],
  ['наурыз', 'март', 'march', 'mar'],
  ['сәуір', 'апрел', 'april', 'apr'],
  ['мамыр', 'май', 'мая', 'мае', 'may'],
  ['маусым', 'июн', 'june', 'jun'],
  ['шілде', 'июл', 'july', 'jul'],
  ['тамыз', 'август', 'august', 'aug'],
  ['қыркүйек', 'сентябр', 'september', 'sept', 'sep'],
  ['қазан', 'октябр', 'october', 'oct'],
  ['қараша', 'ноябр', 'november', 'nov'],
  ['желтоқсан', 'декабр', 'december', 'dec'],
];

/** Letters a month word may carry after its stem: "марта", "наурызда", "сентября". */
const MAX_ENDING = 3;

/** Latin stems are whole words or abbreviations: "mar" must not take "marsh". */
const isLatin = (stem: string) => /^[a-z]+$/.test(stem);

/** The month (1–12) a word names, or 0 when it names none. */
export function monthOf(word: string): number {
  for (let i = 0; i < MONTH_STEMS.length; i++) {
    for (const stem of MONTH_STEMS[i] as string[]) {
      if (isLatin(stem) ? word === stem : word.startsWith(stem) && word.length - stem.length <= MAX_ENDING) {
        return i + 1;
      }
    }
  }
  return 0;
}

/** Words that say "year" or join a date's parts, dropped before reading it. */
export const FILLER_WORDS = new Set([
  'года',
  'год',
  'г',
  'жылғы',
  'жылы',
  'жыл',
  'ж',
  'of',
  'the',
  'in',
  'в',
]);
