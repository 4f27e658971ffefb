/**
 * Words the shared ones did not fit: an outlet's name is not a person's name, and the methodology
 * names other organisations as its readers know them.
 */
export const wordingEn = {
  'ref.outletName': 'Name',
  'ref.outletNames': 'Name in each language',
  'ref.outletAliases': 'Other spellings and names',
  'method.scheme.adilsoz': 'Adil Soz',
  'method.scheme.cpj': 'CPJ',
  'method.scheme.coe': 'Council of Europe',
  'method.scheme.mfrr': 'Mapping Media Freedom',
  'method.scheme.uspft': 'U.S. Press Freedom Tracker',
};
