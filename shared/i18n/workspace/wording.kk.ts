import type { wordingEn } from './wording.en.js';

export const wordingKk: Record<keyof typeof wordingEn, string> = {
  'ref.outletName': 'Атауы',
  'ref.outletNames': 'Әр тілдегі атауы',
  'ref.outletAliases': 'Басқа жазылулары мен атаулары',
  'wi.unpublish': 'Жариялаудан алып тастау',
};
