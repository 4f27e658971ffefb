import type { exchangeEn } from './exchange.en.js';

export const exchangeKk: Record<keyof typeof exchangeEn, string> = {
  'ex.refused.value_empty': 'Ұяшық бос, ал бұл бағанда мән міндетті.',
  'ex.refused.split_unclosed_quote': '«{value}» ішінде ашылған тырнақша жабылмаған.',
  'ex.refused.date_ambiguous':
    '«{value}» екі түрлі оқылады (алдымен күн немесе алдымен ай, сондай-ақ жылы екі цифрмен жазылуы мүмкін). Бұл бағанда күн қалай жазылатынын сәйкестендіруде көрсетіңіз.',
  'ex.refused.date_impossible': '«{value}» — мұндай күн болмайды.',
  'ex.refused.date_unrecognised': 'Qorgau «{value}» мәнін күн ретінде оқи алмайды.',
  'ex.refused.country_unknown': 'Qorgau «{value}» деген елді білмейді.',
  'ex.refused.country_ambiguous': '«{value}» мына елдердің кез келгенін білдіруі мүмкін: {codes}.',
  'ex.refused.place_unknown': '«{value}» — географиялық анықтамалықтағы облыс та, қала да емес.',
  'ex.refused.label_unknown': '«{value}» бұл сөздікте жоқ. Ең жақындары: {closest}.',
  'ex.refused.label_ambiguous':
    '«{value}» бірнеше терминге сәйкес келеді ({codes}): оларды сәйкестендіруде таңдаңыз.',
  'ex.refused.boolean_invalid': '«{value}» — «иә» да, «жоқ» та емес.',
  'ex.refused.integer_invalid': '«{value}» — бүтін сан емес.',
  'ex.refused.integer_out_of_range': '«{value}» {min} мен {max} аралығында емес.',
  'ex.refused.text_too_long': 'Мәтін {max} таңбадан ұзын.',
  'ex.refused.transformation_unknown': 'Сәйкестендіруде Qorgau-да жоқ түрлендіру аталған.',
  'ex.refused.transformation_options_invalid':
    'Сәйкестендіруде бұл түрлендіруге жарамсыз баптаулар берілген.',
};
