import type { VocabularyTermSeed } from './types.js';

/*
 * Crosswalk: cpj lists the "medium" values of CPJ's database ('Print', 'Internet', 'Television',
 * 'Radio'), so outlets can be compared with CPJ's counts by medium.
 */

/** Kinds of media outlet, by the form in which it reaches its audience. */
export const OUTLET_TYPES: VocabularyTermSeed[] = [
  {
    code: 'newspaper',
    parent: null,
    labels: { kk: 'Газет', ru: 'Газета', en: 'Newspaper' },
    definitions: {
      kk: 'Күнделікті немесе апталық шығатын баспа газеті, оның сайты болса да.',
      ru: 'Ежедневная или еженедельная печатная газета, в том числе имеющая сайт.',
      en: 'A daily or weekly printed newspaper, with or without a website.',
    },
    crosswalk: { cpj: ['Print'] },
  },
  {
    code: 'magazine',
    parent: null,
    labels: { kk: 'Журнал', ru: 'Журнал', en: 'Magazine' },
    definitions: {
      kk: 'Мерзімді баспа журналы, оның сайты болса да.',
      ru: 'Периодический печатный журнал, в том числе имеющий сайт.',
      en: 'A periodical printed magazine, with or without a website.',
    },
    crosswalk: { cpj: ['Print'] },
  },
  {
    code: 'news_website',
    parent: null,
    labels: { kk: 'Жаңалықтар сайты', ru: 'Новостной сайт', en: 'News website' },
    definitions: {
      kk: 'Тек интернетте шығатын басылым немесе жаңалықтар порталы.',
      ru: 'Издание или новостной портал, выходящий только в интернете.',
      en: 'A publication or news portal that appears online only.',
    },
    crosswalk: { cpj: ['Internet'] },
  },
  {
    code: 'tv_channel',
    parent: null,
    labels: { kk: 'Телеарна', ru: 'Телеканал', en: 'TV channel' },
    definitions: {
      kk: 'Эфирлік, кабельдік немесе спутниктік телеарна.',
      ru: 'Эфирный, кабельный или спутниковый телеканал.',
      en: 'A terrestrial, cable or satellite television channel.',
    },
    crosswalk: { cpj: ['Television'] },
  },
  {
    code: 'radio',
    parent: null,
    labels: { kk: 'Радио', ru: 'Радио', en: 'Radio' },
    definitions: {
      kk: 'Эфирлік немесе интернет-радиостанция.',
      ru: 'Эфирная или интернет-радиостанция.',
      en: 'A broadcast or internet radio station.',
    },
    crosswalk: { cpj: ['Radio'] },
  },
  {
    code: 'news_agency',
    parent: null,
    labels: { kk: 'Ақпарат агенттігі', ru: 'Информационное агентство', en: 'News agency' },
    definitions: {
      kk: 'Жаңалықтарды басқа БАҚ-қа және жұртшылыққа тарататын ақпарат агенттігі.',
      ru: 'Информационное агентство, распространяющее новости для других СМИ и публики.',
      en: 'An agency that supplies news to other media and the public.',
    },
    crosswalk: {},
  },
  {
    code: 'youtube_channel',
    parent: null,
    labels: { kk: 'YouTube-арна', ru: 'YouTube-канал', en: 'YouTube channel' },
    definitions: {
      kk: 'Жаңалықтар, сұхбаттар немесе журналистік зерттеулер жариялайтын YouTube-арна.',
      ru: 'YouTube-канал, публикующий новости, интервью или журналистские расследования.',
      en: 'A YouTube channel that publishes news, interviews or investigations.',
    },
    crosswalk: { cpj: ['Internet'] },
  },
  {
    code: 'telegram_channel',
    parent: null,
    labels: { kk: 'Telegram-арна', ru: 'Telegram-канал', en: 'Telegram channel' },
    definitions: {
      kk: 'Жаңалықтар немесе сараптама жариялайтын Telegram-арна.',
      ru: 'Telegram-канал, публикующий новости или аналитику.',
      en: 'A Telegram channel that publishes news or analysis.',
    },
    crosswalk: { cpj: ['Internet'] },
  },
  {
    code: 'social_media_account',
    parent: null,
    labels: { kk: 'Әлеуметтік желідегі аккаунт', ru: 'Аккаунт в соцсетях', en: 'Social media account' },
    definitions: {
      kk: 'Instagram, Facebook, TikTok, X немесе өзге әлеуметтік желідегі жаңалықтар аккаунты немесе парақшасы.',
      ru: 'Новостной аккаунт или страница в Instagram, Facebook, TikTok, X или другой социальной сети.',
      en: 'A news account or page on Instagram, Facebook, TikTok, X or another social network.',
    },
    crosswalk: { cpj: ['Internet'] },
  },
  {
    code: 'podcast',
    parent: null,
    labels: { kk: 'Подкаст', ru: 'Подкаст', en: 'Podcast' },
    definitions: {
      kk: 'Жаңалықтар немесе қоғамдық тақырыптар бойынша тұрақты шығатын аудио- немесе бейнеподкаст.',
      ru: 'Регулярно выходящий аудио- или видеоподкаст о новостях или общественных темах.',
      en: 'A regular audio or video podcast on news or public affairs.',
    },
    crosswalk: { cpj: ['Internet'] },
  },
  {
    code: 'other',
    parent: null,
    labels: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
    definitions: {
      kk: 'Жоғарыдағы түрлердің ешқайсысына сәйкес келмейтін БАҚ.',
      ru: 'СМИ, которое не подходит ни под один из перечисленных видов.',
      en: 'An outlet that fits none of the other types.',
    },
    crosswalk: {},
  },
];
