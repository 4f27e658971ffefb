/** The identity's wordmark and the incident list's filter summary and sections. */
export const designEn = {
  'design.wordmark': 'Qorgau',
  'design.filters.none': 'none chosen',
  'design.filters.active': 'chosen: {count}',
  'design.results': 'Results',
  'design.menu': 'Menu',
  'design.facets': 'Narrow down',
};
