import type { Language } from '../languages.js';

/** A noun in the forms a number can ask for: Russian needs one/few/many, English one/other. */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Language, Intl.PluralRules>();

/**
 * "1 threat", "2 threats"; "1 угрозу", "2 угрозы", "5 угроз"; "5 қоқан-лоқы". A form holding
 * `{count}` puts the number there instead of in front: Kazakh says "кедергі келтірудің 77 дерегі",
 * since "77 кедергі келтіру дерегі" would count the wrong word.
 */
export function countNoun(lang: Language, count: number, forms: NounForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const form = forms[rule.select(count)] ?? forms.other;
  const number = count.toLocaleString(lang === 'kk' ? 'kk-KZ' : lang);
  return form.includes('{count}') ? form.replace('{count}', number) : `${number} ${form}`;
}

/** Joins phrases as each language lists them: "a, b and c"; "a, b и c"; "a, b және c". */
export function listPhrases(lang: Language, phrases: string[]): string {
  // Node's ICU data has no conjunction pattern for Kazakh, so it is written out here.
  if (lang === 'kk') {
    return phrases.length < 2
      ? (phrases[0] ?? '')
      : `${phrases.slice(0, -1).join(', ')} және ${phrases.at(-1)}`;
  }
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(phrases);
}
