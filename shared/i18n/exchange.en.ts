/**
 * Why an import refuses a cell, in English (the reference for kk and ru): one message per stable
 * code a transformation gives (server/modules/exchange/transform/), filled with the cell's {value}
 * and the refusal's details.
 */
export const exchangeEn = {
  'ex.refused.value_empty': 'The cell is empty, and this column needs a value.',
  'ex.refused.split_unclosed_quote': 'A quote opened in “{value}” is never closed.',
  'ex.refused.date_ambiguous':
    '“{value}” can be read two ways (day first or month first, or a two-digit year). Say in the mapping how this column writes dates.',
  'ex.refused.date_impossible': '“{value}” is not a real date.',
  'ex.refused.date_unrecognised': '“{value}” is not a date Qorgau can read.',
  'ex.refused.country_unknown': '“{value}” is not a country Qorgau knows.',
  'ex.refused.country_ambiguous': '“{value}” may be any of these countries: {codes}.',
  'ex.refused.place_unknown': '“{value}” is not a region or city of the gazetteer.',
  'ex.refused.label_unknown': '“{value}” is not in this vocabulary. Closest: {closest}.',
  'ex.refused.label_ambiguous': '“{value}” stands for several terms ({codes}): choose them in the mapping.',
  'ex.refused.boolean_invalid': '“{value}” is neither yes nor no.',
  'ex.refused.integer_invalid': '“{value}” is not a whole number.',
  'ex.refused.integer_out_of_range': '“{value}” is not between {min} and {max}.',
  'ex.refused.text_too_long': 'The text is longer than {max} characters.',
  'ex.refused.transformation_unknown': 'The mapping names a transformation Qorgau does not have.',
  'ex.refused.transformation_options_invalid':
    'The mapping gives this transformation settings it does not accept.',
} as const;
