import type { VocabularyTermSeed } from './types.js';

/*
 * Who did it: three groups (state, non_state, unknown; parent null) and the actor types under them.
 * Codes are stable; never reuse or rename one. Groups carry no crosswalk of their own.
 *
 * Crosswalk sources, so the names can be re-checked:
 * - cpj: the "suspected source of fire" values of CPJ's database of journalists killed.
 *   'Government Officials' is used for civilian officials only; police, security services and
 *   prison staff are left unmapped until CPJ's placement of them is checked. 'Paramilitary Group'
 *   and 'Mob Violence' have no matching type. 'Local Residents' is mapped to private_individual.
 * - mfrr: Mapping Media Freedom's "source of attack" values, only the three whose spelling is
 *   certain ('Police/state security', 'Private individual', 'Unknown'); the others (government,
 *   politicians, criminal organisations, employers) are left out until their exact spelling is checked.
 * - uspft: the `assailant` and `actor` values of the U.S. Press Freedom Tracker CSV export in
 *   datasets/, which are lower case. 'public figure' has no matching type. 'politician' is mapped
 *   to political_party_or_movement only, although the export also uses it for sitting legislators.
 * - coe, huridocs: left out until the exact category names are checked.
 */

/** Kinds of actor who commit violations: groups state, non_state, unknown (parent null) and their types. */
export const ACTOR_TYPES: VocabularyTermSeed[] = [
  // Groups.
  {
    code: 'state',
    parent: null,
    labels: { kk: 'Мемлекеттік субъектілер', ru: 'Государственные субъекты', en: 'State actors' },
    definitions: {
      kk: 'Қызметтік өкілеттігімен немесе лауазымын пайдаланып әрекет ететін мемлекеттік органдар, лауазымды адамдар мен қызметшілер.',
      ru: 'Государственные органы, должностные лица и служащие, действующие в своём официальном качестве или используя своё положение.',
      en: 'State bodies, officials and employees acting in their official capacity or using their position.',
    },
    crosswalk: {},
  },
  {
    code: 'non_state',
    parent: null,
    labels: { kk: 'Мемлекеттік емес субъектілер', ru: 'Негосударственные субъекты', en: 'Non-state actors' },
    definitions: {
      kk: 'Мемлекет атынан әрекет етпейтін жеке адамдар, топтар мен ұйымдар.',
      ru: 'Частные лица, группы и организации, которые не действуют от имени государства.',
      en: 'Private persons, groups and organisations that do not act on behalf of the state.',
    },
    crosswalk: {},
  },
  {
    code: 'unknown',
    parent: null,
    labels: { kk: 'Белгісіз', ru: 'Неизвестно', en: 'Unknown' },
    definitions: {
      kk: 'Құқық бұзушының мемлекеттік немесе мемлекеттік емес субъект екені белгісіз.',
      ru: 'Неизвестно, был ли нарушитель государственным или негосударственным субъектом.',
      en: 'It is not known whether the perpetrator was a state or a non-state actor.',
    },
    crosswalk: {},
  },

  // State actors.
  {
    code: 'police',
    parent: 'state',
    labels: { kk: 'Полиция', ru: 'Полиция', en: 'Police' },
    definitions: {
      kk: 'Ішкі істер органдарының қызметкерлері: патрульдік, учаскелік және криминалдық полиция, арнаулы бөлімшелер және ІІМ-нің өзге де қызметтері.',
      ru: 'Сотрудники органов внутренних дел: патрульная, участковая и криминальная полиция, спецподразделения и другие службы МВД.',
      en: 'Officers of the internal affairs bodies: patrol, community and criminal police, special units and other services of the interior ministry.',
    },
    crosswalk: {
      mfrr: ['Police/state security'],
      uspft: ['law enforcement'],
    },
  },
  {
    code: 'national_security',
    parent: 'state',
    labels: {
      kk: 'Ұлттық қауіпсіздік органдары',
      ru: 'Органы национальной безопасности',
      en: 'Security services',
    },
    definitions: {
      kk: 'Мемлекеттік қауіпсіздік және барлау арнаулы қызметтері, мысалы, Қазақстан Республикасының Ұлттық қауіпсіздік комитеті (ҰҚК).',
      ru: 'Спецслужбы государственной безопасности и разведки, например Комитет национальной безопасности (КНБ) Республики Казахстан.',
      en: 'State security and intelligence services, such as the National Security Committee (KNB) of Kazakhstan.',
    },
    crosswalk: {
      mfrr: ['Police/state security'],
      uspft: ['law enforcement'],
    },
  },
  {
    code: 'prosecutors_investigators',
    parent: 'state',
    labels: {
      kk: 'Прокуратура және тергеу органдары',
      ru: 'Прокуратура и органы расследования',
      en: 'Prosecutors and investigators',
    },
    definitions: {
      kk: 'Прокуратура және полиция мен арнаулы қызметтерден басқа тергеу органдары, мысалы, Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі мен Қаржылық мониторинг агенттігі.',
      ru: 'Прокуратура и органы расследования, кроме полиции и спецслужб, например Антикоррупционная служба и Агентство по финансовому мониторингу.',
      en: 'The prosecution service and investigative bodies other than the police and security services, such as the Anti-Corruption Agency and the Financial Monitoring Agency.',
    },
    crosswalk: {},
  },
  {
    code: 'courts',
    parent: 'state',
    labels: { kk: 'Соттар', ru: 'Суды', en: 'Courts' },
    definitions: {
      kk: 'Судьялар мен сот қызметкерлері, оның ішінде сот приставтары.',
      ru: 'Судьи и работники судов, включая судебных приставов.',
      en: 'Judges and court staff, including court bailiffs.',
    },
    crosswalk: {},
  },
  {
    code: 'national_officials',
    parent: 'state',
    labels: {
      kk: 'Орталық органдардың лауазымды адамдары',
      ru: 'Должностные лица центральных органов',
      en: 'National officials',
    },
    definitions: {
      kk: 'Орталық мемлекеттік органдардың лауазымды адамдары мен қызметкерлері; Қазақстанда — Президент Әкімшілігі, Парламент, Үкімет және министрліктер.',
      ru: 'Должностные лица и сотрудники центральных государственных органов; в Казахстане — Администрации Президента, Парламента, Правительства и министерств.',
      en: 'Officials and staff of central state bodies; in Kazakhstan, the Presidential Administration, Parliament, the Government and the ministries.',
    },
    crosswalk: {
      cpj: ['Government Officials'],
    },
  },
  {
    code: 'local_officials',
    parent: 'state',
    labels: {
      kk: 'Жергілікті билік (әкімдік)',
      ru: 'Местные власти (акимат)',
      en: 'Local officials (akimat)',
    },
    definitions: {
      kk: 'Облыстық, аудандық және қалалық билік органдары мен олардың қызметкерлері; Қазақстанда — әкімдер, әкімдік қызметкерлері және мәслихат депутаттары.',
      ru: 'Областные, районные и городские органы власти и их сотрудники; в Казахстане — акимы, работники акиматов и депутаты маслихатов.',
      en: 'Regional, district and city authorities and their staff; in Kazakhstan, akims, akimat staff and maslikhat deputies.',
    },
    crosswalk: {
      cpj: ['Government Officials'],
    },
  },
  {
    code: 'military',
    parent: 'state',
    labels: { kk: 'Әскери қызметшілер', ru: 'Военнослужащие', en: 'Military' },
    definitions: {
      kk: 'Қарулы Күштердің, Ұлттық ұланның және өзге де әскери құралымдардың әскери қызметшілері.',
      ru: 'Военнослужащие вооружённых сил, Национальной гвардии и других воинских формирований.',
      en: 'Members of the armed forces, the National Guard and other military formations.',
    },
    crosswalk: {
      cpj: ['Military Officials'],
    },
  },
  {
    code: 'penitentiary_staff',
    parent: 'state',
    labels: {
      kk: 'Қылмыстық-атқару жүйесінің қызметкерлері',
      ru: 'Сотрудники уголовно-исполнительной системы',
      en: 'Prison and detention staff',
    },
    definitions: {
      kk: 'Қылмыстық-атқару жүйесі мекемелерінің, тергеу изоляторларының және уақытша ұстау изоляторларының қызметкерлері.',
      ru: 'Сотрудники учреждений уголовно-исполнительной системы, следственных изоляторов и изоляторов временного содержания.',
      en: 'Staff of prisons, pre-trial detention centres and temporary holding facilities.',
    },
    crosswalk: {},
  },
  {
    code: 'state_media_management',
    parent: 'state',
    labels: {
      kk: 'Мемлекеттік БАҚ басшылығы',
      ru: 'Руководство государственных СМИ',
      en: 'State media management',
    },
    definitions: {
      kk: 'Мемлекеттік БАҚ пен мемлекет қатысатын БАҚ-тың өз қызметкерлеріне немесе басқа журналистерге қарсы әрекет ететін басшылары мен редакторлары.',
      ru: 'Руководители и редакторы государственных СМИ и СМИ с государственным участием, действующие против своих сотрудников или других журналистов.',
      en: 'Managers and editors of state-owned or state-controlled media acting against their own staff or other journalists.',
    },
    crosswalk: {},
  },
  {
    code: 'other_state',
    parent: 'state',
    labels: {
      kk: 'Өзге мемлекеттік субъектілер',
      ru: 'Другие государственные субъекты',
      en: 'Other state actors',
    },
    definitions: {
      kk: 'Жоғарыда аталмаған өзге мемлекеттік орган, лауазымды адам немесе мемлекеттік мекеме, мысалы, сайлау комиссиясы, мемлекеттік мектеп немесе аурухана.',
      ru: 'Иной государственный орган, должностное лицо или государственное учреждение, не указанные выше, например избирательная комиссия, государственная школа или больница.',
      en: 'Another state body, official or state institution not listed above, such as an election commission or a state school or hospital.',
    },
    crosswalk: {},
  },

  // Non-state actors.
  {
    code: 'private_security',
    parent: 'non_state',
    labels: { kk: 'Жеке күзет', ru: 'Частная охрана', en: 'Private security' },
    definitions: {
      kk: 'Жеке күзет ұйымдарының, сауда орталықтарының, кәсіпорындар мен іс-шаралардың күзетшілері.',
      ru: 'Охранники частных охранных организаций, торговых центров, предприятий и мероприятий.',
      en: 'Guards of private security companies, shopping centres, businesses and events.',
    },
    crosswalk: {
      uspft: ['private security'],
    },
  },
  {
    code: 'criminal_group',
    parent: 'non_state',
    labels: { kk: 'Қылмыстық топ', ru: 'Преступная группа', en: 'Criminal group' },
    definitions: {
      kk: 'Қылмыс жасау үшін бірігіп әрекет ететін ұйымдасқан қылмыстық топ, банда немесе қылмыстық желі.',
      ru: 'Организованная преступная группа, банда или преступная сеть, совместно совершающая преступления.',
      en: 'An organised criminal group, gang or criminal network acting together to commit crimes.',
    },
    crosswalk: {
      cpj: ['Criminal Group'],
    },
  },
  {
    code: 'private_individual',
    parent: 'non_state',
    labels: { kk: 'Жеке тұлға', ru: 'Частное лицо', en: 'Private individual' },
    definitions: {
      kk: 'Мемлекет немесе ұйым атынан емес, өз атынан әрекет ететін адам.',
      ru: 'Человек, действующий от своего имени, а не от имени государства или организации.',
      en: 'A person acting on their own account, not on behalf of the state or an organisation.',
    },
    crosswalk: {
      cpj: ['Local Residents'],
      mfrr: ['Private individual'],
      uspft: ['private individual'],
    },
  },
  {
    code: 'employer',
    parent: 'non_state',
    labels: { kk: 'Жұмыс беруші', ru: 'Работодатель', en: 'Employer' },
    definitions: {
      kk: 'Зардап шеккен адам жұмыс істейтін жеке БАҚ-тың немесе компанияның иесі мен басшылығы.',
      ru: 'Владелец или руководство частного СМИ или компании, где работает пострадавший.',
      en: 'The owner or management of the private outlet or company where the victim works.',
    },
    crosswalk: {},
  },
  {
    code: 'political_party_or_movement',
    parent: 'non_state',
    labels: {
      kk: 'Саяси партия немесе қозғалыс',
      ru: 'Политическая партия или движение',
      en: 'Political party or movement',
    },
    definitions: {
      kk: 'Саяси партия, қозғалыс немесе сайлау штабы, олардың басшылары, мүшелері немесе солардың мүддесі үшін әрекет ететін жақтастары.',
      ru: 'Политическая партия, движение или предвыборный штаб, их руководители, члены или сторонники, действующие в их интересах.',
      en: 'A political party, movement or election campaign, or its leaders, members or supporters acting for it.',
    },
    crosswalk: {
      cpj: ['Political Group'],
      uspft: ['politician'],
    },
  },
  {
    code: 'religious_group',
    parent: 'non_state',
    labels: { kk: 'Діни топ', ru: 'Религиозная группа', en: 'Religious group' },
    definitions: {
      kk: 'Діни бірлестік, қауым немесе олардың атынан әрекет ететін адамдар.',
      ru: 'Религиозное объединение или община либо лица, действующие от их имени.',
      en: 'A religious association or community, or people acting in its name.',
    },
    crosswalk: {},
  },
  {
    code: 'business',
    parent: 'non_state',
    labels: { kk: 'Бизнес', ru: 'Бизнес', en: 'Business' },
    definitions: {
      kk: 'Зардап шеккен адамның жұмыс берушісінен басқа компания, кәсіпкер, бизнес иесі немесе олардың мүддесі үшін әрекет ететін адамдар.',
      ru: 'Компания, предприниматель или владелец бизнеса, кроме работодателя пострадавшего, либо лица, действующие в их интересах.',
      en: 'A company, entrepreneur or business owner other than the victim’s employer, or people acting for them.',
    },
    crosswalk: {},
  },
  {
    code: 'online_group',
    parent: 'non_state',
    labels: { kk: 'Интернеттегі топ', ru: 'Группа в интернете', en: 'Online group' },
    definitions: {
      kk: 'Интернеттегі аккаунттардың ұйымдасқан тобы, мысалы, «тролльдер фабрикасы», боттар желісі немесе үйлестірілген қудалау науқаны.',
      ru: 'Организованная группа аккаунтов в интернете, например «фабрика троллей», сеть ботов или скоординированная кампания травли.',
      en: 'An organised group of accounts online, such as a troll farm, a bot network or a coordinated harassment campaign.',
    },
    crosswalk: {},
  },
  {
    code: 'other_non_state',
    parent: 'non_state',
    labels: {
      kk: 'Өзге мемлекеттік емес субъектілер',
      ru: 'Другие негосударственные субъекты',
      en: 'Other non-state actors',
    },
    definitions: {
      kk: 'Жоғарыда аталмаған мемлекеттік емес топ немесе ұйым, мысалы, қоғамдық бірлестік, спорт клубы немесе тобыр.',
      ru: 'Негосударственная группа или организация, не указанная выше, например общественное объединение, спортивный клуб или толпа.',
      en: 'A non-state group or organisation not listed above, such as a public association, a sports club or a crowd.',
    },
    crosswalk: {},
  },

  // Unknown.
  {
    code: 'unidentified',
    parent: 'unknown',
    labels: { kk: 'Анықталмаған', ru: 'Не установлен', en: 'Unidentified' },
    definitions: {
      kk: 'Құқық бұзушы анықталмаған: оның кім екені және кімнің мүддесін көздегені белгісіз.',
      ru: 'Нарушитель не установлен: неизвестно, кто он и в чьих интересах действовал.',
      en: 'The perpetrator has not been identified, so it is not known who they are or whom they acted for.',
    },
    crosswalk: {
      cpj: ['Unknown Fire'],
      mfrr: ['Unknown'],
      uspft: ['unknown'],
    },
  },
];
