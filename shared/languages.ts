/** The languages every label, page and summary exists in. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text given in some of the three languages (record content: any subset may be present). */
export type LocalizedText = Partial<Record<Language, string>>;

/** A label that must exist in all three languages (vocabulary terms, place names, UI). */
export type Labels = Record<Language, string>;
