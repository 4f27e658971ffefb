import type { designEn } from './design.en.js';

export const designRu: Record<keyof typeof designEn, string> = {
  'design.wordmark': 'Qorgau',
  'design.filters.none': 'не выбраны',
  'design.filters.active': 'выбрано: {count}',
  'design.results': 'Результаты',
  'design.menu': 'Меню',
  'design.facets': 'Уточнить',
};
