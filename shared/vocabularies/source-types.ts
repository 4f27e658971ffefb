import type { VocabularyTermSeed } from './types.js';

/** Kinds of source a record rests on: where a fact about an incident comes from. */
export const SOURCE_TYPES: VocabularyTermSeed[] = [
  {
    code: 'media_report',
    parent: null,
    labels: { kk: 'БАҚ жарияланымы', ru: 'Публикация в СМИ', en: 'Media report' },
    definitions: {
      kk: 'Газетте, сайтта, теле- немесе радиоарнада жарияланған мақала, сюжет немесе хабар.',
      ru: 'Статья, сюжет или сообщение, опубликованные в газете, на сайте, телеканале или радио.',
      en: 'An article, broadcast segment or news item published by a newspaper, website, TV channel or radio station.',
    },
    crosswalk: {},
  },
  {
    code: 'organisation_statement',
    parent: null,
    labels: { kk: 'Ұйымның мәлімдемесі', ru: 'Заявление организации', en: 'Statement by an organisation' },
    definitions: {
      kk: 'Сөз бостандығын немесе адам құқықтарын қорғайтын ұйымның мәлімдемесі, алерті немесе баяндамасы.',
      ru: 'Заявление, алерт или доклад организации, защищающей свободу слова или права человека.',
      en: 'A statement, alert or report by a press-freedom or human-rights organisation.',
    },
    crosswalk: {},
  },
  {
    code: 'official_statement',
    parent: null,
    labels: { kk: 'Ресми мәлімдеме', ru: 'Официальное заявление', en: 'Official statement' },
    definitions: {
      kk: 'Мемлекеттік органның немесе лауазымды тұлғаның баспасөз релизі, брифингі, хаты немесе жауабы.',
      ru: 'Пресс-релиз, брифинг, письмо или ответ государственного органа либо должностного лица.',
      en: 'A press release, briefing, letter or reply from a public body or official.',
    },
    crosswalk: {},
  },
  {
    code: 'testimony',
    parent: null,
    labels: { kk: 'Айғақ', ru: 'Показания', en: 'Testimony' },
    definitions: {
      kk: 'Зардап шеккен адамның, куәгердің немесе олардың өкілінің мониторинг жүргізушілерге тікелей берген айғағы.',
      ru: 'Рассказ пострадавшего, очевидца или их представителя, записанный сотрудниками мониторинга напрямую.',
      en: 'An account given directly to the monitors by a victim, witness or their representative.',
    },
    crosswalk: {},
  },
  {
    code: 'document',
    parent: null,
    labels: { kk: 'Құжат', ru: 'Документ', en: 'Document' },
    definitions: {
      kk: 'Хат, хаттама, анықтама, медициналық қорытынды немесе өзге де құжат (сот құжаттарынан басқа).',
      ru: 'Письмо, протокол, справка, медицинское заключение или иной документ, кроме судебных.',
      en: 'A letter, record, certificate, medical report or other document, other than a court record.',
    },
    crosswalk: {},
  },
  {
    code: 'photo',
    parent: null,
    labels: { kk: 'Фотосурет', ru: 'Фотография', en: 'Photo' },
    definitions: {
      kk: 'Оқиғаны, оның салдарын немесе қатысушыларын көрсететін фотосурет.',
      ru: 'Фотография, на которой видны событие, его последствия или участники.',
      en: 'A photograph showing the incident, its aftermath or the people involved.',
    },
    crosswalk: {},
  },
  {
    code: 'video',
    parent: null,
    labels: { kk: 'Бейнежазба', ru: 'Видео', en: 'Video' },
    definitions: {
      kk: 'Оқиға түсірілген бейнежазба, оның ішінде бақылау камерасының жазбасы.',
      ru: 'Видеозапись события, в том числе запись камеры наблюдения.',
      en: 'A video recording of the incident, including CCTV footage.',
    },
    crosswalk: {},
  },
  {
    code: 'social_media_post',
    parent: null,
    labels: { kk: 'Әлеуметтік желідегі жазба', ru: 'Публикация в соцсетях', en: 'Social media post' },
    definitions: {
      kk: 'Зардап шеккен адамның, куәгердің немесе өзге адамның әлеуметтік желідегі немесе мессенджердегі жазбасы.',
      ru: 'Пост пострадавшего, очевидца или другого человека в социальной сети или мессенджере.',
      en: 'A post by a victim, witness or anyone else on a social network or messenger.',
    },
    crosswalk: {},
  },
  {
    code: 'court_record',
    parent: null,
    labels: { kk: 'Сот құжаты', ru: 'Судебный документ', en: 'Court record' },
    definitions: {
      kk: 'Сот шешімі, үкімі, қаулысы, отырыс хаттамасы немесе сот ісінің өзге материалы.',
      ru: 'Решение, приговор, постановление суда, протокол заседания или иной материал судебного дела.',
      en: 'A court judgment, verdict, ruling, hearing transcript or other material from a court file.',
    },
    crosswalk: {},
  },
];
