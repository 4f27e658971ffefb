/**
 * Words that the shared ones did not fit: an outlet has a title, not a person's name, and
 * withdrawing a publication is not the same act as verifying.
 */
export const wordingEn = {
  'ref.outletName': 'Name',
  'ref.outletNames': 'Name in each language',
  'ref.outletAliases': 'Other spellings and names',
  'wi.unpublish': 'Withdraw from publication',
};
