import type { wordingEn } from './wording.en.js';

export const wordingKk: Record<keyof typeof wordingEn, string> = {
  'ref.outletName': 'Атауы',
  'ref.outletNames': 'Әр тілдегі атауы',
  'ref.outletAliases': 'Басқа жазылулары мен атаулары',
  'method.scheme.adilsoz': '«Әділ сөз»',
  'method.scheme.cpj': 'CPJ',
  'method.scheme.coe': 'Еуропа Кеңесі',
  'method.scheme.mfrr': 'Mapping Media Freedom',
  'method.scheme.uspft': 'АҚШ баспасөз бостандығы трекері',
};
