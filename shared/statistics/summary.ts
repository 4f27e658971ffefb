import type { Labels, Language } from '../languages.js';
import { countNoun, listPhrases, type NounForms } from './plural.js';

/*
 * How each typology group is counted in a summary sentence. Russian forms are in the accusative,
 * the object of "зафиксировал" (1 угрозу, 2 угрозы, 5 угроз); Kazakh forms are in the nominative,
 * the subject of "тіркелді", with the number placed before the word it counts.
 */
const GROUP_NOUNS: Record<string, Record<Language, NounForms>> = {
  A: {
    en: { one: 'killing or threat to life', other: 'killings or threats to life' },
    ru: {
      one: 'случай убийства или угрозы жизни',
      few: 'случая убийства или угрозы жизни',
      many: 'случаев убийства или угрозы жизни',
      other: 'случая убийства или угрозы жизни',
    },
    kk: { other: 'кісі өлтірудің немесе өмірге қатер төндірудің {count} дерегі' },
  },
  B: {
    en: { one: 'attack on journalists', other: 'attacks on journalists' },
    ru: {
      one: 'нападение на журналистов',
      few: 'нападения на журналистов',
      many: 'нападений на журналистов',
      other: 'нападения на журналистов',
    },
    kk: { other: 'журналистерге {count} шабуыл' },
  },
  C: {
    en: { one: 'threat', other: 'threats' },
    ru: { one: 'угрозу', few: 'угрозы', many: 'угроз', other: 'угрозы' },
    kk: { other: '{count} қоқан-лоқы' },
  },
  D: {
    en: { one: 'attack on property', other: 'attacks on property' },
    ru: {
      one: 'посягательство на имущество',
      few: 'посягательства на имущество',
      many: 'посягательств на имущество',
      other: 'посягательства на имущество',
    },
    kk: { other: 'мүлікке {count} шабуыл' },
  },
  E: {
    en: { one: 'detention of media workers', other: 'detentions of media workers' },
    ru: {
      one: 'задержание работников СМИ',
      few: 'задержания работников СМИ',
      many: 'задержаний работников СМИ',
      other: 'задержания работников СМИ',
    },
    kk: { other: 'БАҚ қызметкерлерін ұстаудың {count} дерегі' },
  },
  F: {
    en: { one: 'case of legal harassment', other: 'cases of legal harassment' },
    ru: {
      one: 'случай правового преследования',
      few: 'случая правового преследования',
      many: 'случаев правового преследования',
      other: 'случая правового преследования',
    },
    kk: { other: 'заң және сот арқылы қудалаудың {count} дерегі' },
  },
  G: {
    en: {
      one: 'case of interference with the lawful professional activity of journalists',
      other: 'cases of interference with the lawful professional activity of journalists',
    },
    ru: {
      one: 'случай воспрепятствования законной профессиональной деятельности журналистов',
      few: 'случая воспрепятствования законной профессиональной деятельности журналистов',
      many: 'случаев воспрепятствования законной профессиональной деятельности журналистов',
      other: 'случая воспрепятствования законной профессиональной деятельности журналистов',
    },
    kk: { other: 'журналистердің заңды кәсіптік қызметіне кедергі келтірудің {count} дерегі' },
  },
  H: {
    en: { one: 'case of censorship or pressure on media', other: 'cases of censorship or pressure on media' },
    ru: {
      one: 'случай цензуры или давления на СМИ',
      few: 'случая цензуры или давления на СМИ',
      many: 'случаев цензуры или давления на СМИ',
      other: 'случая цензуры или давления на СМИ',
    },
    kk: { other: 'цензураның немесе БАҚ-қа қысым көрсетудің {count} дерегі' },
  },
  I: {
    en: { one: 'case of surveillance', other: 'cases of surveillance' },
    ru: { one: 'случай слежки', few: 'случая слежки', many: 'случаев слежки', other: 'случая слежки' },
    kk: { other: 'жасырын бақылаудың {count} дерегі' },
  },
};

/**
 * The year-to-date sentence, in the style of the organisations' own statements ("Since the
 * beginning of the year, … has recorded 77 cases of interference …, 7 detentions …"). Groups are
 * listed by count, largest first; groups with no incidents are left out.
 */
export function yearToDateSentences(
  year: number,
  organisation: string,
  counts: Record<string, number>,
): Labels {
  const groups = Object.entries(counts)
    .filter(([group, n]) => n > 0 && GROUP_NOUNS[group])
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const phrases = (lang: Language) =>
    groups.map(([group, n]) => countNoun(lang, n, (GROUP_NOUNS[group] as Record<Language, NounForms>)[lang]));
  // An organisation's name does not decline in Russian, and the verb agrees with it as a
  // masculine noun ("Qorgau зафиксировал"), as with "фонд" or "проект"; Kazakh and English have
  // no gender to agree with.
  if (groups.length === 0) {
    return {
      en: `Since the beginning of ${year}, ${organisation} has recorded no incidents.`,
      ru: `С начала ${year} года ${organisation} не зафиксировал ни одного инцидента.`,
      kk: `${organisation} мәліметінше, ${year} жылдың басынан бері бірде-бір оқиға тіркелген жоқ.`,
    };
  }
  return {
    en: `Since the beginning of ${year}, ${organisation} has recorded ${listPhrases('en', phrases('en'))}.`,
    ru: `С начала ${year} года ${organisation} зафиксировал ${listPhrases('ru', phrases('ru'))}.`,
    kk: `${organisation} мәліметінше, ${year} жылдың басынан бері ${listPhrases('kk', phrases('kk'))} тіркелді.`,
  };
}
