import type { wordingEn } from './wording.en.js';

export const wordingRu: Record<keyof typeof wordingEn, string> = {
  'ref.outletName': 'Название',
  'ref.outletNames': 'Название на каждом языке',
  'ref.outletAliases': 'Другие написания и названия',
  'method.scheme.adilsoz': '«Адил соз»',
  'method.scheme.cpj': 'CPJ',
  'method.scheme.coe': 'Совет Европы',
  'method.scheme.mfrr': 'Mapping Media Freedom',
  'method.scheme.uspft': 'Трекер свободы прессы США',
};
