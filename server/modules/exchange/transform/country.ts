import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { accept, quoted, refuse, type Transformed } from './result.js';

const require = createRequire(import.meta.url);
for (const lang of ['kk', 'ru', 'en'])
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

export const CountryOptions = z.strictObject({});
export type CountryOptions = z.infer<typeof CountryOptions>;

/**
 * Names people write that the library's kk, ru and en lists lack (checked against 7.14.0): the
 * official long forms and the older or shorter names still common in the region's spreadsheets.
 */
const VARIANTS: Record<string, string[]> = {
  KG: [
    'Kyrgyz Republic',
    'Kirghizia',
    'Kirgizia',
    'Кыргызстан',
    'Кыргызская Республика',
    'Киргизская Республика',
    'Қырғыз Республикасы',
  ],
  RU: ['Российская Федерация', 'РФ', 'Ресей Федерациясы'],
  KZ: ['Республика Казахстан', 'Қазақстан Республикасы', 'Republic of Kazakhstan', 'Qazaqstan'],
  UZ: ['Республика Узбекистан', 'Ozbekiston'],
  TJ: ['Республика Таджикистан'],
  BY: ['Белоруссия', 'Республика Беларусь', 'Byelorussia'],
  MD: ['Молдавия'],
  US: ['США', 'АҚШ', 'Соединённые Штаты', 'Соединенные Штаты Америки'],
  GB: ['UK', 'Britain', 'Great Britain', 'Великобритания', 'Ұлыбритания'],
  CZ: ['Czech Republic', 'Чехия'],
  TR: ['Türkiye', 'Turkiye', 'Турция', 'Түркия'],
};

/** Case, accents, dots and spacing do not tell countries apart: "U.S.A." is "usa". */
function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.'’()]/g, '')
    .replace(/[\s,-]+/g, ' ')
    .trim();
}

function buildIndex(): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const key = keyOf(name);
    if (key === '') return;
    const codes = index.get(key) ?? new Set<string>();
    codes.add(code);
    index.set(key, codes);
  };
  for (const alpha2 of Object.keys(countries.getAlpha2Codes())) {
    add(alpha2, alpha2);
    add(countries.alpha2ToAlpha3(alpha2) ?? '', alpha2);
    for (const lang of ['kk', 'ru', 'en']) {
      for (const name of countries.getName(alpha2, lang, { select: 'all' }) ?? []) add(name, alpha2);
    }
  }
  for (const [code, names] of Object.entries(VARIANTS)) for (const name of names) add(name, code);
  return index;
}

const INDEX = buildIndex();

/** A country written in Kazakh, Russian or English, or as an ISO code, to its ISO alpha-2 code. */
export function country(value: string, _options: CountryOptions): Transformed<string> {
  const key = keyOf(value);
  if (key === '') return refuse('value_empty', 'the cell is empty');
  const codes = [...(INDEX.get(key) ?? [])];
  if (codes.length === 1) return accept(codes[0] as string);
  if (codes.length > 1) {
    return refuse('country_ambiguous', `${quoted(value)} may be any of ${codes.sort().join(', ')}`, {
      codes: codes.join(', '),
    });
  }
  return refuse('country_unknown', `${quoted(value)} is not a country name or ISO code Qorgau knows`);
}
