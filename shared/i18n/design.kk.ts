import type { designEn } from './design.en.js';

export const designKk: Record<keyof typeof designEn, string> = {
  'design.wordmark': 'Қорғау',
  'design.filters.none': 'таңдалмаған',
  'design.filters.active': 'таңдалғаны: {count}',
  'design.results': 'Нәтижелер',
  'design.menu': 'Мәзір',
  'design.facets': 'Нақтылау',
};
