/** The languages every label, page and summary exists in. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as language pickers show it to someone who may not read the page's. */
export const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** A text given in some of the three languages (record content: any subset may be present). */
export type LocalizedText = Partial<Record<Language, string>>;

/** A label that must exist in all three languages (vocabulary terms, place names, UI). */
export type Labels = Record<Language, string>;
