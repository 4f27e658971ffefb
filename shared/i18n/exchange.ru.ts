import type { exchangeEn } from './exchange.en.js';

export const exchangeRu: Record<keyof typeof exchangeEn, string> = {
  'ex.refused.value_empty': 'Ячейка пуста, а в этом столбце значение обязательно.',
  'ex.refused.split_unclosed_quote': 'В «{value}» открыта кавычка, но не закрыта.',
  'ex.refused.date_ambiguous':
    '«{value}» можно прочитать двояко (сначала день или сначала месяц либо год из двух цифр). Укажите в сопоставлении, как в этом столбце записаны даты.',
  'ex.refused.date_impossible': '«{value}» — несуществующая дата.',
  'ex.refused.date_unrecognised': 'Qorgau не может прочитать «{value}» как дату.',
  'ex.refused.country_unknown': 'Qorgau не знает страны «{value}».',
  'ex.refused.country_ambiguous': '«{value}» может означать любую из этих стран: {codes}.',
  'ex.refused.place_unknown': '«{value}» — не область и не город из географического справочника.',
  'ex.refused.label_unknown': '«{value}» нет в этом словаре. Ближайшие: {closest}.',
  'ex.refused.label_ambiguous':
    '«{value}» соответствует нескольким терминам ({codes}): выберите их в сопоставлении.',
  'ex.refused.boolean_invalid': '«{value}» — ни «да», ни «нет».',
  'ex.refused.integer_invalid': '«{value}» — не целое число.',
  'ex.refused.integer_out_of_range': '«{value}» не входит в промежуток от {min} до {max}.',
  'ex.refused.text_too_long': 'Текст длиннее {max} знаков.',
  'ex.refused.transformation_unknown': 'В сопоставлении указано преобразование, которого в Qorgau нет.',
  'ex.refused.transformation_options_invalid':
    'В сопоставлении этому преобразованию заданы недопустимые настройки.',
};
