import type { VocabularyTermSeed } from './types.js';

/*
 * Crosswalk: cpj lists the job values of CPJ's database ('Broadcast Reporter', 'Camera Operator',
 * 'Columnist/Commentator', 'Documentary Filmmaker', 'Editor', 'Internet Reporter', 'Photographer',
 * 'Print Reporter', 'Producer', 'Publisher/Owner', 'Technician'), its person type 'Media Worker'
 * and its employment value 'Freelance'. The other schemes have no victim-role list to map to.
 */

/** Roles a victim can hold: what the person (or the outlet) is, as far as the attack is concerned. */
export const VICTIM_ROLES: VocabularyTermSeed[] = [
  {
    code: 'journalist',
    parent: null,
    labels: { kk: 'Журналист', ru: 'Журналист', en: 'Journalist' },
    definitions: {
      kk: 'Штатта немесе келісімшарт бойынша жұмыс істеп, жаңалықтар мен пікірлерді жинайтын және жариялайтын тілші, корреспондент немесе жүргізуші.',
      ru: 'Репортёр, корреспондент или ведущий, который собирает и публикует новости или комментарии, в штате или по договору.',
      en: 'A reporter, correspondent or presenter who gathers and publishes news or commentary, on staff or under contract.',
    },
    crosswalk: {
      cpj: [
        'Print Reporter',
        'Broadcast Reporter',
        'Internet Reporter',
        'Columnist/Commentator',
        'Documentary Filmmaker',
        'Producer',
      ],
    },
  },
  {
    code: 'editor',
    parent: null,
    labels: { kk: 'Редактор', ru: 'Редактор', en: 'Editor' },
    definitions: {
      kk: 'Материалдарды іріктейтін және жариялауға дайындайтын редактор, бас редактор немесе оның орынбасары.',
      ru: 'Редактор, главный редактор или его заместитель, который отбирает материалы и готовит их к выпуску.',
      en: 'An editor, editor-in-chief or deputy who selects material and prepares it for publication.',
    },
    crosswalk: { cpj: ['Editor'] },
  },
  {
    code: 'camera_operator',
    parent: null,
    labels: { kk: 'Бейнеоператор', ru: 'Оператор', en: 'Camera operator' },
    definitions: {
      kk: 'Телеарнаға, интернет-басылымға немесе YouTube-арнаға бейне түсіретін оператор.',
      ru: 'Оператор, который снимает видео для телеканала, интернет-издания или YouTube-канала.',
      en: 'A person who films video for a TV channel, online outlet or YouTube channel.',
    },
    crosswalk: { cpj: ['Camera Operator'] },
  },
  {
    code: 'photographer',
    parent: null,
    labels: { kk: 'Фототілші', ru: 'Фотограф', en: 'Photographer' },
    definitions: {
      kk: 'БАҚ үшін фотосуретке түсіретін фототілші немесе фотограф.',
      ru: 'Фотокорреспондент или фотограф, снимающий для СМИ.',
      en: 'A photojournalist or photographer working for the media.',
    },
    crosswalk: { cpj: ['Photographer'] },
  },
  {
    code: 'blogger',
    parent: null,
    labels: { kk: 'Блогер', ru: 'Блогер', en: 'Blogger' },
    definitions: {
      kk: 'Өз блогында, арнасында немесе әлеуметтік желідегі парақшасында қоғамдық маңызы бар тақырыптарды тұрақты түрде жариялайтын адам.',
      ru: 'Человек, который регулярно публикует материалы на общественно значимые темы в своём блоге, на канале или странице в соцсетях.',
      en: 'A person who regularly publishes on matters of public interest on their own blog, channel or social-media page.',
    },
    crosswalk: { cpj: ['Internet Reporter'] },
  },
  {
    code: 'media_worker',
    parent: null,
    labels: { kk: 'БАҚ қызметкері', ru: 'Работник СМИ', en: 'Media worker' },
    definitions: {
      kk: 'Редакцияның техникалық немесе қосалқы қызметкері: жүргізуші, аудармашы, фиксер, дыбыс операторы, монтаждаушы, күзетші, әкімшілік қызметкер.',
      ru: 'Технический или вспомогательный сотрудник редакции: водитель, переводчик, фиксер, звукооператор, монтажёр, охранник, административный работник.',
      en: 'Technical or support staff of an outlet: driver, translator, fixer, sound technician, video editor, guard or administrative worker.',
    },
    crosswalk: { cpj: ['Media Worker', 'Technician'] },
  },
  {
    code: 'media_manager',
    parent: null,
    labels: {
      kk: 'БАҚ иесі немесе басшысы',
      ru: 'Владелец или руководитель СМИ',
      en: 'Owner or director of an outlet',
    },
    definitions: {
      kk: 'БАҚ-тың иесі, құрылтайшысы, баспагері немесе бас директоры.',
      ru: 'Владелец, учредитель, издатель или генеральный директор СМИ.',
      en: 'The owner, founder, publisher or director general of a media outlet.',
    },
    crosswalk: { cpj: ['Publisher/Owner'] },
  },
  {
    code: 'freelancer',
    parent: null,
    labels: { kk: 'Штаттан тыс журналист', ru: 'Внештатный журналист', en: 'Freelancer' },
    definitions: {
      kk: 'Бір редакцияның штатында емес, бірнеше БАҚ-пен жеке тапсырыс бойынша жұмыс істейтін журналист.',
      ru: 'Журналист, который не состоит в штате одной редакции и работает с разными СМИ по отдельным заказам.',
      en: 'A journalist who is not on the staff of one outlet and works for various media commission by commission.',
    },
    crosswalk: { cpj: ['Freelance'] },
  },
  {
    code: 'citizen_journalist',
    parent: null,
    labels: { kk: 'Азаматтық журналист', ru: 'Гражданский журналист', en: 'Citizen journalist' },
    definitions: {
      kk: 'Кәсіби журналист болмаса да, оқиғаларды түсіріп немесе сипаттап, оларды жұртшылыққа жеткізетін адам.',
      ru: 'Человек без профессионального статуса журналиста, который снимает или описывает события и делает их достоянием общественности.',
      en: 'A person without professional status who records or reports events and makes them public.',
    },
    crosswalk: {},
  },
  {
    code: 'human_rights_defender',
    parent: null,
    labels: { kk: 'Құқық қорғаушы', ru: 'Правозащитник', en: 'Human rights defender' },
    definitions: {
      kk: 'Адам құқықтарын қорғау жолында құқық бұзушылықтарды құжаттайтын, жариялайтын немесе олар туралы мәлімдейтін адам.',
      ru: 'Человек, который защищает права человека, документируя и предавая огласке их нарушения.',
      en: 'A person who defends human rights by documenting and publicising their violation.',
    },
    crosswalk: {},
  },
  {
    code: 'family_member',
    parent: null,
    labels: { kk: 'Журналистің туысы', ru: 'Родственник журналиста', en: 'Family member of a journalist' },
    definitions: {
      kk: 'Журналистің жұмысына байланысты зардап шеккен жұбайы, баласы, ата-анасы, бауыры немесе өзге туысы.',
      ru: 'Супруг, ребёнок, родитель, брат, сестра или иной родственник журналиста, пострадавший из-за его работы.',
      en: 'A spouse, child, parent, sibling or other relative of a journalist, targeted because of the journalist’s work.',
    },
    crosswalk: {},
  },
  {
    code: 'associate',
    parent: null,
    labels: {
      kk: 'Журналистің әріптесі, дереккөзі немесе адвокаты',
      ru: 'Коллега, источник или адвокат журналиста',
      en: 'Associate of a journalist',
    },
    definitions: {
      kk: 'Журналистің жұмысына байланысты зардап шеккен әріптесі, дереккөзі, адвокаты немесе досы.',
      ru: 'Коллега, источник, адвокат или друг журналиста, пострадавший из-за его работы.',
      en: 'A colleague, source, lawyer or friend of a journalist, targeted because of the journalist’s work.',
    },
    crosswalk: {},
  },
  {
    code: 'media_outlet',
    parent: null,
    labels: { kk: 'БАҚ редакциясы', ru: 'Редакция СМИ', en: 'Media outlet' },
    definitions: {
      kk: 'Шабуыл нысанасы болған БАҚ-тың өзі: оның редакциясы, сайты, арнасы немесе мүлкі.',
      ru: 'Само СМИ как объект посягательства: его редакция, сайт, канал или имущество.',
      en: 'The outlet itself as the target: its newsroom, website, channel or property.',
    },
    crosswalk: {},
  },
];
