import type { VocabularyTermSeed } from './types.js';

/*
 * Crosswalk: mfrr lists the two "context of incident" values seen in Mapping Media Freedom's data
 * export; huridocs lists terms of the HURIDOCS micro-thesaurus 17 "Types of locations" (2001), as
 * shipped in OpenEvSys. Other place types have no checked counterpart yet.
 */

/** Kinds of place where an incident happened, independent of the gazetteer location. */
export const PLACE_TYPES: VocabularyTermSeed[] = [
  {
    code: 'street_or_public_place',
    parent: null,
    labels: {
      kk: 'Көше немесе қоғамдық орын',
      ru: 'Улица или общественное место',
      en: 'Street or public place',
    },
    definitions: {
      kk: 'Көше, алаң, саябақ, аула, кіреберіс немесе өзге де жұртқа ашық орын.',
      ru: 'Улица, площадь, парк, двор, подъезд или иное общедоступное место.',
      en: 'A street, square, park, courtyard, stairwell or other place open to the public.',
    },
    crosswalk: { mfrr: ['Public place/street'], huridocs: ['Public or vacant spaces'] },
  },
  {
    code: 'protest_or_rally',
    parent: null,
    labels: {
      kk: 'Наразылық акциясы немесе митинг',
      ru: 'Акция протеста или митинг',
      en: 'Protest or rally',
    },
    definitions: {
      kk: 'Журналист жариялап жүрген наразылық акциясы, митинг, шеру немесе пикет.',
      ru: 'Акция протеста, митинг, шествие или пикет, которые освещал журналист.',
      en: 'A protest, rally, march or picket that the journalist was covering.',
    },
    crosswalk: {},
  },
  {
    code: 'home',
    parent: null,
    labels: { kk: 'Тұрғын үй', ru: 'Жилище', en: 'Home' },
    definitions: {
      kk: 'Журналистің немесе оның туыстарының үйі, пәтері, ауласы немесе үйінің кіреберісі.',
      ru: 'Дом, квартира, двор или подъезд дома журналиста или его родственников.',
      en: 'The house, flat, yard or building entrance of the journalist or their relatives.',
    },
    crosswalk: { huridocs: ["Victim's home"] },
  },
  {
    code: 'newsroom_or_office',
    parent: null,
    labels: { kk: 'Редакция немесе кеңсе', ru: 'Редакция или офис', en: 'Newsroom or office' },
    definitions: {
      kk: 'БАҚ редакциясы, студиясы немесе кеңсесі, сондай-ақ журналист жұмыс істейтін ұйымның кеңсесі.',
      ru: 'Редакция, студия или офис СМИ, а также офис организации, где работает журналист.',
      en: 'The newsroom, studio or office of an outlet, or the office of an organisation the journalist works for.',
    },
    crosswalk: { huridocs: ['Media office'] },
  },
  {
    code: 'court',
    parent: null,
    labels: { kk: 'Сот', ru: 'Суд', en: 'Court' },
    definitions: {
      kk: 'Сот ғимараты, сот залы немесе оның кіреберісі.',
      ru: 'Здание суда, зал судебных заседаний или вход в суд.',
      en: 'A court building, courtroom or court entrance.',
    },
    crosswalk: {},
  },
  {
    code: 'police_station_or_detention',
    parent: null,
    labels: {
      kk: 'Полиция бөлімі немесе ұстау орны',
      ru: 'Отдел полиции или место содержания под стражей',
      en: 'Police station or place of detention',
    },
    definitions: {
      kk: 'Полиция бөлімі, уақытша ұстау изоляторы, тергеу изоляторы, колония немесе өзге де ұстау орны.',
      ru: 'Отдел полиции, изолятор временного содержания, следственный изолятор, колония или иное место содержания под стражей.',
      en: 'A police station, temporary holding facility, pre-trial prison, penal colony or other place of detention.',
    },
    crosswalk: { huridocs: ['Police station or post'] },
  },
  {
    code: 'government_building',
    parent: null,
    labels: {
      kk: 'Мемлекеттік орган ғимараты',
      ru: 'Здание государственного органа',
      en: 'Government building',
    },
    definitions: {
      kk: 'Әкімдіктің, министрліктің, мәслихаттың, прокуратураның немесе өзге мемлекеттік органның ғимараты.',
      ru: 'Здание акимата, министерства, маслихата, прокуратуры или иного государственного органа.',
      en: 'The building of a local administration, ministry, council, prosecutor’s office or other public body.',
    },
    crosswalk: { huridocs: ['Government or municipal offices'] },
  },
  {
    code: 'election_site',
    parent: null,
    labels: {
      kk: 'Сайлау учаскесі немесе сайлауалды іс-шара',
      ru: 'Избирательный участок или предвыборное мероприятие',
      en: 'Polling station or election event',
    },
    definitions: {
      kk: 'Сайлау учаскесі, сайлау комиссиясы немесе сайлауалды жиын.',
      ru: 'Избирательный участок, избирательная комиссия или предвыборное собрание.',
      en: 'A polling station, election commission or campaign event.',
    },
    crosswalk: {},
  },
  {
    code: 'border_crossing',
    parent: null,
    labels: {
      kk: 'Шекара өткізу пункті немесе әуежай',
      ru: 'Пункт пропуска на границе или аэропорт',
      en: 'Border crossing or airport',
    },
    definitions: {
      kk: 'Мемлекеттік шекарадағы өткізу пункті, әуежай немесе вокзалдағы шекаралық бақылау.',
      ru: 'Пункт пропуска через государственную границу, аэропорт или пограничный контроль на вокзале.',
      en: 'A border checkpoint, airport or border control at a railway station.',
    },
    crosswalk: {},
  },
  {
    code: 'shopping_or_commercial_premises',
    parent: null,
    labels: {
      kk: 'Дүкен, сауда орталығы немесе коммерциялық үй-жай',
      ru: 'Магазин, торговый центр или коммерческое помещение',
      en: 'Shop, mall or commercial premises',
    },
    definitions: {
      kk: 'Дүкен, сауда орталығы, базар, мейрамхана, кәсіпорын немесе өзге де жеке меншік коммерциялық үй-жай.',
      ru: 'Магазин, торговый центр, рынок, ресторан, предприятие или иное частное коммерческое помещение.',
      en: 'A shop, shopping centre, market, restaurant, business or other private commercial premises.',
    },
    crosswalk: {},
  },
  {
    code: 'online',
    parent: null,
    labels: { kk: 'Интернет', ru: 'Интернет', en: 'Online' },
    definitions: {
      kk: 'Әлеуметтік желілер, мессенджерлер, сайттар, электрондық пошта немесе өзге де онлайн орта.',
      ru: 'Социальные сети, мессенджеры, сайты, электронная почта или иная онлайн-среда.',
      en: 'Social networks, messengers, websites, e-mail or any other online space.',
    },
    crosswalk: { mfrr: ['Online/digital'] },
  },
  {
    code: 'transport',
    parent: null,
    labels: { kk: 'Көлік', ru: 'Транспорт', en: 'Vehicle or public transport' },
    definitions: {
      kk: 'Журналистің көлігі, такси, қоғамдық көлік, пойыз немесе ұшақ.',
      ru: 'Автомобиль журналиста, такси, общественный транспорт, поезд или самолёт.',
      en: 'The journalist’s car, a taxi, public transport, a train or a plane.',
    },
    crosswalk: {},
  },
  {
    code: 'other',
    parent: null,
    labels: { kk: 'Басқа орын', ru: 'Другое место', en: 'Other place' },
    definitions: {
      kk: 'Жоғарыдағы түрлердің ешқайсысына сәйкес келмейтін орын.',
      ru: 'Место, которое не подходит ни под один из перечисленных видов.',
      en: 'A place that fits none of the other types.',
    },
    crosswalk: {},
  },
];
