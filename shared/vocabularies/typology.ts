import type { VocabularyTermSeed } from './types.js';

/*
 * The violation typology: nine groups (A–I) and their codes. Codes are stable; never reuse or
 * rename one. Groups carry no crosswalk of their own: statistics are compared code by code.
 *
 * Crosswalk sources, so the names can be re-checked:
 * - adilsoz: the section headings of Adil Soz's annual analytical reports ("Ситуация со свободой
 *   слова в Казахстане", 2014 and 2020), which match the counts in its statement of 2 Nov 2021
 *   (interference, detentions, attacks, surveillance, threats). 'Слежка' is taken from that
 *   statement's "cases of surveillance" and not seen verbatim in Russian; 'Закрытие и
 *   приостановление СМИ' and the civil-suit heading come from the 2014 report only.
 * - cpj: the database sets 'Killed', 'Imprisoned', 'Missing' and the cpj.org alert tags
 *   'Attacked', 'Threatened', 'Harassed', 'Censored', 'Legal Action', 'Expelled', 'Surveillance'.
 * - coe: the five alert categories of the Council of Europe Safety of Journalists Platform, as
 *   scoped on the platform (damage to equipment, denial of access, judicial and political
 *   intimidation and threats to employment count as harassment; censorship, editorial
 *   interference and threats to source confidentiality count as other chilling acts).
 * - mfrr: Mapping Media Freedom's five attack types plus the sub-types seen in its data export
 *   ('Intimidation/threatening', 'Harassment, insult, bullying', 'Discrediting', 'Hacking/DDoS',
 *   'Injury (physical assault resulting in injury)'); its other sub-types are left out until
 *   their exact spelling is checked.
 * - uspft: the category values of the U.S. Press Freedom Tracker CSV export in datasets/.
 * - huridocs: terms of the HURIDOCS micro-thesaurus 4 "Types of acts" (2001), as shipped in
 *   OpenEvSys. It has no terms for prosecution, fines, civil suits or trials, hence the gaps.
 */

/** The violation typology: groups A–I (parent null) and their codes, with crosswalks. */
export const TYPOLOGY: VocabularyTermSeed[] = [
  // Groups.
  {
    code: 'A',
    parent: null,
    labels: {
      kk: 'Кісі өлтіру және өмірге қатер',
      ru: 'Убийства и угрозы жизни',
      en: 'Killing and threats to life',
    },
    definitions: {
      kk: 'Журналистің немесе БАҚ қызметкерінің өмірін қиған немесе оған тікелей қатер төндірген әрекеттер: кісі өлтіру, оған оқталу, қамауда қаза табу, із-түзсіз жоғалу және ұрлап әкету.',
      ru: 'Действия, лишающие журналиста или работника СМИ жизни либо прямо ставящие её под угрозу: убийства, покушения, смерти под стражей, исчезновения и похищения.',
      en: 'Acts that take or directly endanger the life of a journalist or media worker: killings, attempts, deaths in custody, disappearances and abductions.',
    },
    crosswalk: {},
  },
  {
    code: 'B',
    parent: null,
    labels: { kk: 'Физикалық зорлық-зомбылық', ru: 'Физическое насилие', en: 'Physical violence' },
    definitions: {
      kk: 'Кез келген тұлғаның, соның ішінде құқық қорғау органдары қызметкерлерінің адамға күш қолдануы немесе өлімге әкеп соқпаған дене зақымын келтіруі.',
      ru: 'Применение силы или причинение телесного вреда, не повлёкшее смерти, кем бы то ни было, включая сотрудников правоохранительных органов.',
      en: 'Use of force or bodily harm short of killing, by anyone, including law-enforcement officers.',
    },
    crosswalk: {},
  },
  {
    code: 'C',
    parent: null,
    labels: { kk: 'Қоқан-лоқы және қорқыту', ru: 'Угрозы и запугивание', en: 'Threats and intimidation' },
    definitions: {
      kk: 'Журналисті қорқытуға, беделін түсіруге немесе үнін өшіруге бағытталған сөздер мен әрекеттер, оның ішінде интернетте және туыстары арқылы көрсетілетін қысым.',
      ru: 'Слова и действия, направленные на то, чтобы запугать или дискредитировать журналиста либо заставить его замолчать, в том числе в интернете и через давление на близких.',
      en: 'Words or conduct meant to frighten, discredit or silence a journalist, offline or online, including pressure through relatives and associates.',
    },
    crosswalk: {},
  },
  {
    code: 'D',
    parent: null,
    labels: { kk: 'Мүлікке шабуыл', ru: 'Посягательства на имущество', en: 'Attacks on property' },
    definitions: {
      kk: 'Журналистер мен БАҚ-тың мүлкін, техникасын, үй-жайын, деректерін немесе ақпараттық жүйелерін жою, бүлдіру немесе оларға өзге де жолмен қол сұғу.',
      ru: 'Уничтожение, повреждение или иное посягательство на имущество, технику, помещения, данные или информационные системы журналистов и СМИ.',
      en: 'Destruction of, damage to or interference with the property, equipment, premises, data or systems of journalists and media outlets.',
    },
    crosswalk: {},
  },
  {
    code: 'E',
    parent: null,
    labels: { kk: 'Бас бостандығынан айыру', ru: 'Лишение свободы', en: 'Deprivation of liberty' },
    definitions: {
      kk: 'Билік органдарының адамды оның еркінен тыс ұстауы — қысқа мерзімге ұстаудан бастап бас бостандығынан айыру жазасын өтеуге дейін.',
      ru: 'Любое удержание человека властями против его воли — от кратковременного задержания до отбывания наказания в виде лишения свободы.',
      en: 'Any holding of a person by the authorities against their will, from a brief detention to a prison sentence.',
    },
    crosswalk: {},
  },
  {
    code: 'F',
    parent: null,
    labels: {
      kk: 'Заң және сот арқылы қудалау',
      ru: 'Юридическое и судебное преследование',
      en: 'Legal and judicial harassment',
    },
    definitions: {
      kk: 'Журналистерге, БАҚ-қа немесе олардың дереккөздеріне кәсіби қызметі үшін қылмыстық, әкімшілік немесе азаматтық құқықты, тергеу әрекеттері мен сот рәсімдерін қолдану.',
      ru: 'Использование уголовного, административного или гражданского права, следственных действий и судебных процедур против журналистов, СМИ или их источников в связи с их работой.',
      en: 'Use of criminal, administrative or civil law, investigative measures and court procedures against journalists, outlets or their sources because of their work.',
    },
    crosswalk: {},
  },
  {
    code: 'G',
    parent: null,
    labels: {
      kk: 'Кәсіптік қызметке кедергі келтіру',
      ru: 'Воспрепятствование профессиональной деятельности',
      en: 'Obstruction of professional activity',
    },
    definitions: {
      kk: 'Журналистің ақпарат жинауына, оқиғаларды жариялауына, сапарға шығуына немесе елде жұмыс істеуіне жол бермеу немесе кедергі келтіру.',
      ru: 'Недопущение журналиста к сбору информации, освещению событий, поездкам или работе в стране либо создание ему в этом помех.',
      en: 'Preventing or hindering a journalist from gathering information, covering events, travelling or working in a country.',
    },
    crosswalk: {},
  },
  {
    code: 'H',
    parent: null,
    labels: {
      kk: 'Цензура және БАҚ-қа қысым',
      ru: 'Цензура и давление на СМИ',
      en: 'Censorship and pressure on outlets',
    },
    definitions: {
      kk: 'Материалдардың жариялануына немесе аудиторияға жетуіне жол бермейтін, немесе БАҚ-қа және оның редакциялық дербестігіне қысым көрсететін әрекеттер.',
      ru: 'Действия, которые не дают материалам выйти или дойти до аудитории либо оказывают давление на СМИ и их редакционную независимость.',
      en: 'Acts that stop content from being published or reaching the public, or that put an outlet or its editorial independence under pressure.',
    },
    crosswalk: {},
  },
  {
    code: 'I',
    parent: null,
    labels: { kk: 'Жасырын бақылау', ru: 'Слежка', en: 'Surveillance' },
    definitions: {
      kk: 'Журналистерді, олардың байланысын және жүріп-тұруын жасырын бақылау, сондай-ақ олардың құпия дереккөздерін әшкерелеу.',
      ru: 'Негласное наблюдение за журналистами, их коммуникациями и передвижениями, а также раскрытие их конфиденциальных источников.',
      en: 'Covert monitoring of journalists, their communications or movements, and the exposure of their confidential sources.',
    },
    crosswalk: {},
  },

  // A — killing and threats to life.
  {
    code: 'murder',
    parent: 'A',
    labels: { kk: 'Кісі өлтіру', ru: 'Убийство', en: 'Murder' },
    definitions: {
      kk: 'Журналистің немесе БАҚ қызметкерінің қасақана өлтірілуі, орындаушының кім екеніне қарамастан.',
      ru: 'Умышленное лишение жизни журналиста или работника СМИ, кем бы ни был исполнитель.',
      en: 'The deliberate killing of a journalist or media worker, whoever the perpetrator.',
    },
    crosswalk: {
      adilsoz: ['Убийства'],
      cpj: ['Killed'],
      coe: ['Attacks on physical safety and integrity of journalists'],
      mfrr: ['Physical assault'],
      uspft: ['Physical Attack'],
      huridocs: ['Deliberate killings of specific individuals'],
    },
  },
  {
    code: 'attempted_murder',
    parent: 'A',
    labels: { kk: 'Кісі өлтіруге оқталу', ru: 'Покушение на убийство', en: 'Attempted murder' },
    definitions: {
      kk: 'Өліммен аяқталмаған кісі өлтіру әрекеті: ату, пышақ салу, жарылғыш құрылғы қою және т.б.',
      ru: 'Попытка убийства, не повлёкшая смерти: выстрел, удар ножом, закладка взрывного устройства и т. п.',
      en: 'An attempt to kill that did not cause death, such as shooting, stabbing or planting an explosive device.',
    },
    crosswalk: {
      adilsoz: ['Нападения'],
      cpj: ['Attacked'],
      coe: ['Attacks on physical safety and integrity of journalists'],
      mfrr: ['Physical assault'],
      uspft: ['Physical Attack'],
      huridocs: ['Attempted killings'],
    },
  },
  {
    code: 'death_in_custody',
    parent: 'A',
    labels: { kk: 'Қамауда қаза табу', ru: 'Смерть под стражей', en: 'Death in custody' },
    definitions: {
      kk: 'Ұстау немесе қамауда отыру кезінде, оның ішінде азаптау, қатыгездік немесе медициналық көмек көрсетілмеуі салдарынан қаза табу.',
      ru: 'Смерть во время задержания или заключения, в том числе вследствие пыток, жестокого обращения или отказа в медицинской помощи.',
      en: 'Death while detained or imprisoned, including from torture, ill-treatment or denial of medical care.',
    },
    crosswalk: {
      cpj: ['Killed'],
      coe: [
        'Attacks on physical safety and integrity of journalists',
        'Detention and imprisonment of journalists',
      ],
      mfrr: ['Physical assault'],
      huridocs: ['Death in detention or police custody'],
    },
  },
  {
    code: 'disappearance',
    parent: 'A',
    labels: { kk: 'Із-түзсіз жоғалу', ru: 'Исчезновение', en: 'Disappearance' },
    definitions: {
      kk: 'Адамның тағдыры мен қайда екені белгісіз, оның ішінде мемлекет өкілдерінің қатысуымен күштеп жоғалту.',
      ru: 'Судьба и местонахождение человека неизвестны, включая насильственное исчезновение с участием представителей государства.',
      en: 'The fate and whereabouts of the person are unknown, including enforced disappearance by state agents.',
    },
    crosswalk: {
      cpj: ['Missing'],
      coe: ['Attacks on physical safety and integrity of journalists'],
      huridocs: ['Disappearance'],
    },
  },
  {
    code: 'abduction',
    parent: 'A',
    labels: { kk: 'Ұрлап әкету', ru: 'Похищение', en: 'Abduction' },
    definitions: {
      kk: 'Адамды заңды ұстаудан тыс, оның еркінен тыс күшпен алып кетіп, ұстап тұру, нәтижесіне қарамастан.',
      ru: 'Захват и удержание человека против его воли вне рамок законного задержания, независимо от исхода.',
      en: 'Seizing and holding a person against their will outside any lawful detention, whatever the outcome.',
    },
    crosswalk: {
      cpj: ['Missing'],
      coe: ['Attacks on physical safety and integrity of journalists'],
      huridocs: ['Abduction; kidnapping'],
    },
  },

  // B — physical violence.
  {
    code: 'assault',
    parent: 'B',
    labels: { kk: 'Шабуыл', ru: 'Нападение', en: 'Assault' },
    definitions: {
      kk: 'Қамаудан тыс жерде ұрып-соғу, итеру, соққы беру немесе өзге де дене шабуылы, жарақат келтірілсе де, келтірілмесе де.',
      ru: 'Избиение, толчки, удары или иное физическое нападение вне мест содержания под стражей — с травмами или без них.',
      en: 'Beating, pushing, hitting or any other physical attack outside custody, with or without injury.',
    },
    crosswalk: {
      adilsoz: ['Нападения'],
      cpj: ['Attacked'],
      coe: ['Attacks on physical safety and integrity of journalists'],
      mfrr: ['Physical assault'],
      uspft: ['Physical Attack'],
      huridocs: ['Physical assaults, including domestic violence'],
    },
  },
  {
    code: 'injury_by_police_weapons',
    parent: 'B',
    labels: {
      kk: 'Полиция қаруынан жарақат алу',
      ru: 'Ранение полицейским оружием',
      en: 'Injury by police weapons',
    },
    definitions: {
      kk: 'Күштік құрылымдар қолданған атыс қаруынан немесе «өлтірмейтін» қарудан жарақат алу: резеңке оқ, жарық-дыбыс гранатасы, көзден жас ағызатын газ, резеңке таяқ, су атқыш.',
      ru: 'Ранение огнестрельным или «нелетальным» оружием силовых структур: резиновыми пулями, светошумовыми гранатами, слезоточивым газом, дубинками, водомётами.',
      en: 'Injury from firearms or “less-lethal” weapons used by security forces: rubber bullets, stun grenades, tear gas, batons, water cannon.',
    },
    crosswalk: {
      adilsoz: ['Нападения'],
      cpj: ['Attacked'],
      coe: ['Attacks on physical safety and integrity of journalists'],
      mfrr: ['Physical assault', 'Injury (physical assault resulting in injury)'],
      uspft: ['Physical Attack'],
      huridocs: ['Physical assaults, including domestic violence'],
    },
  },
  {
    code: 'ill_treatment_in_custody',
    parent: 'B',
    labels: {
      kk: 'Қамауда қатыгездік көрсету',
      ru: 'Жестокое обращение под стражей',
      en: 'Ill-treatment in custody',
    },
    definitions: {
      kk: 'Билік органдарының қолындағы адамды азаптау, ұрып-соғу немесе оған қатыгез, адамгершілікке жатпайтын немесе ар-намысын қорлайтын қарым-қатынас жасау.',
      ru: 'Пытки, избиение или жестокое, бесчеловечное либо унижающее достоинство обращение с человеком, находящимся в руках властей.',
      en: 'Torture, beating or cruel, inhuman or degrading treatment of a person held by the authorities.',
    },
    crosswalk: {
      adilsoz: ['Нападения'],
      cpj: ['Attacked'],
      coe: ['Attacks on physical safety and integrity of journalists'],
      mfrr: ['Physical assault'],
      uspft: ['Physical Attack'],
      huridocs: ['Torture', 'Physical assaults, including domestic violence'],
    },
  },
  {
    code: 'sexual_violence',
    parent: 'B',
    labels: { kk: 'Жыныстық зорлық-зомбылық', ru: 'Сексуальное насилие', en: 'Sexual violence' },
    definitions: {
      kk: 'Зорлау, жыныстық сипаттағы шабуыл немесе өзге де жыныстық зорлық-зомбылық, оның ішінде қамауда.',
      ru: 'Изнасилование, сексуальное нападение или иное сексуальное насилие, в том числе под стражей.',
      en: 'Rape, sexual assault or other sexual violence, including in custody.',
    },
    crosswalk: {
      adilsoz: ['Нападения'],
      cpj: ['Attacked'],
      coe: ['Attacks on physical safety and integrity of journalists'],
      mfrr: ['Physical assault'],
      uspft: ['Physical Attack'],
      huridocs: ['Sexual violations'],
    },
  },

  // C — threats and intimidation.
  {
    code: 'threat',
    parent: 'C',
    labels: { kk: 'Қоқан-лоқы', ru: 'Угроза', en: 'Threat' },
    definitions: {
      kk: 'Журналистке тікелей, телефон, хат немесе хабарлама арқылы айтылған өлтіру, зорлық-зомбылық көрсету немесе өзге зиян келтіру туралы қоқан-лоқы.',
      ru: 'Угроза убийством, насилием или иным вредом, адресованная журналисту лично, по телефону, в письме или сообщении.',
      en: 'A threat of death, violence or other harm addressed to a journalist in person, by phone, letter or message.',
    },
    crosswalk: {
      adilsoz: ['Угрозы'],
      cpj: ['Threatened'],
      coe: [
        'Attacks on physical safety and integrity of journalists',
        'Harassment and intimidation of journalists',
      ],
      mfrr: ['Verbal attack', 'Intimidation/threatening'],
      huridocs: ['Threats (not including death threats)', 'Death threats'],
    },
  },
  {
    code: 'online_harassment',
    parent: 'C',
    labels: { kk: 'Интернеттегі қудалау', ru: 'Травля в интернете', en: 'Online harassment' },
    definitions: {
      kk: 'Интернетте үйлестірілген немесе жүйелі түрде қорлау, троллинг науқандары, журналистің атын жамылу және доксинг (оның жеке деректерін жариялау).',
      ru: 'Скоординированные или систематические оскорбления в интернете, кампании троллинга, выдача себя за журналиста и доксинг (публикация его персональных данных).',
      en: 'Coordinated or repeated abuse online, trolling campaigns, impersonation and doxxing (publishing a journalist’s personal data).',
    },
    crosswalk: {
      adilsoz: ['Угрозы'],
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Verbal attack', 'Harassment, insult, bullying'],
      huridocs: ['Psychological assault, harassment'],
    },
  },
  {
    code: 'pressure_on_family',
    parent: 'C',
    labels: {
      kk: 'Туыстары мен жақындарына қысым',
      ru: 'Давление на родственников и близких',
      en: 'Pressure on family and associates',
    },
    definitions: {
      kk: 'Журналистің өзіне ықпал ету үшін оның туыстарына, әріптестеріне немесе достарына қоқан-лоқы жасау, зорлық көрсету немесе оларды қудалау.',
      ru: 'Угрозы, насилие или преследование родственников, коллег или друзей журналиста, чтобы воздействовать на него самого.',
      en: 'Threats, violence or reprisals against a journalist’s relatives, colleagues or friends in order to get at the journalist.',
    },
    crosswalk: {
      adilsoz: ['Угрозы'],
      cpj: ['Threatened', 'Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Verbal attack', 'Intimidation/threatening'],
      huridocs: [
        "Threats against the victim's family",
        "Threats against the victim's friends and colleagues",
        "Death threats against the victim's family",
      ],
    },
  },
  {
    code: 'smear_by_officials',
    parent: 'C',
    labels: {
      kk: 'Лауазымды тұлғалардың қаралауы',
      ru: 'Дискредитация со стороны должностных лиц',
      en: 'Smear by officials',
    },
    definitions: {
      kk: 'Лауазымды тұлғалардың немесе мемлекеттік БАҚ-тың журналисті немесе редакцияны жамандайтын, оларды жау, опасыз немесе «шетел агенті» деп атайтын, оларға өшпенділік қоздыратын жария мәлімдемелері.',
      ru: 'Публичные заявления должностных лиц или государственных СМИ, которые очерняют журналиста или редакцию, называют их врагами, предателями или «иностранными агентами» либо разжигают к ним вражду.',
      en: 'Public statements by officials or state media that vilify a journalist or outlet, brand them enemies, traitors or “foreign agents”, or stir up hostility against them.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Verbal attack', 'Discrediting'],
      uspft: ['Chilling Statement'],
    },
  },
  {
    code: 'stalking',
    parent: 'C',
    labels: { kk: 'Аңдып жүру', ru: 'Преследование (сталкинг)', en: 'Stalking' },
    definitions: {
      kk: 'Жеке тұлғаның немесе топтың қорқыту мақсатында журналистің ізіне түсуі, оны аңдуы немесе онымен еркінен тыс қайта-қайта байланысуы.',
      ru: 'Настойчивое преследование, наблюдение или навязчивые контакты со стороны частного лица или группы с целью запугать журналиста.',
      en: 'Persistent following, watching or unwanted contact by a private person or group, meant to intimidate a journalist.',
    },
    crosswalk: {
      adilsoz: ['Слежка'],
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Verbal attack', 'Intimidation/threatening'],
      huridocs: ['Stalking'],
    },
  },

  // D — attacks on property.
  {
    code: 'arson',
    parent: 'D',
    labels: { kk: 'Өртеу', ru: 'Поджог', en: 'Arson' },
    definitions: {
      kk: 'Журналистің немесе редакцияның көлігін, үйін, кеңсесін немесе өзге мүлкін өртеу.',
      ru: 'Поджог автомобиля, жилья, офиса или иного имущества журналиста или редакции.',
      en: 'Setting fire to the car, home, office or other property of a journalist or outlet.',
    },
    crosswalk: {
      adilsoz: ['Нападения'],
      cpj: ['Attacked'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Attack to property'],
      huridocs: ['Destruction'],
    },
  },
  {
    code: 'equipment_damage',
    parent: 'D',
    labels: { kk: 'Техниканы бүлдіру', ru: 'Повреждение техники', en: 'Equipment damage' },
    definitions: {
      kk: 'Камераны, телефонды, компьютерді немесе өзге жұмыс техникасын заңды рәсімнен тыс сындыру, бүлдіру немесе тартып алу.',
      ru: 'Поломка, повреждение или отнятие камер, телефонов, компьютеров и иной рабочей техники вне рамок законных процедур.',
      en: 'Breaking, damaging or snatching cameras, phones, computers or other working equipment outside any legal procedure.',
    },
    crosswalk: {
      adilsoz: ['Воспрепятствование законной профессиональной деятельности'],
      cpj: ['Attacked'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Attack to property'],
      uspft: ['Equipment Damage'],
      huridocs: ['Destruction', 'Vandalism'],
    },
  },
  {
    code: 'vandalism_of_premises',
    parent: 'D',
    labels: { kk: 'Үй-жайды бүлдіру', ru: 'Порча помещений', en: 'Vandalism of premises' },
    definitions: {
      kk: 'Редакцияның, кеңсенің немесе журналист үйінің ішіне заңсыз кіру, оны бүлдіру немесе былғау, оның ішінде қорқытатын жазулар мен есік алдына тастап кеткен «сәлемдемелер».',
      ru: 'Проникновение в помещение редакции, офис или жильё журналиста, их повреждение или осквернение, включая угрожающие надписи и подброшенные «посылки».',
      en: 'Breaking into, damaging or defacing a newsroom, office or journalist’s home, including threatening graffiti and “parcels” left at the door.',
    },
    crosswalk: {
      adilsoz: ['Нападения'],
      cpj: ['Attacked'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Attack to property'],
      huridocs: ['Vandalism'],
    },
  },
  {
    code: 'forced_deletion',
    parent: 'D',
    labels: {
      kk: 'Материалды күштеп өшірту',
      ru: 'Принуждение к удалению материалов',
      en: 'Forced deletion of material',
    },
    definitions: {
      kk: 'Журналисті фото, бейне, жазба немесе аудиожазбаны өшіруге мәжбүрлеу немесе оларды тартып алынған құрылғылардан өшіру.',
      ru: 'Принуждение журналиста удалить фото, видео, аудиозаписи или заметки либо их удаление с отобранных устройств.',
      en: 'Forcing a journalist to delete photos, video, recordings or notes, or deleting them from seized devices.',
    },
    crosswalk: {
      adilsoz: ['Воспрепятствование законной профессиональной деятельности'],
      cpj: ['Censored'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Censorship'],
      huridocs: ['Censorship'],
    },
  },
  {
    code: 'cyber_attack',
    parent: 'D',
    labels: { kk: 'Кибершабуыл', ru: 'Кибератака', en: 'Cyber attack' },
    definitions: {
      kk: 'Аккаунттарды, сайттарды немесе құрылғыларды бұзу, DDoS-шабуыл, сайт мазмұнын ауыстыру, сондай-ақ БАҚ-ты немесе журналисті желіде істен шығару үшін жаппай жалған шағым түсіру.',
      ru: 'Взлом аккаунтов, сайтов или устройств, DDoS-атаки, подмена содержимого сайта или массовые ложные жалобы, чтобы вывести СМИ или журналиста из строя в интернете.',
      en: 'Hacking of accounts, sites or devices, DDoS attacks, defacement or mass false complaints used to knock an outlet or journalist offline.',
    },
    crosswalk: {
      cpj: ['Censored'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Attack to property', 'Hacking/DDoS'],
    },
  },

  // E — deprivation of liberty.
  {
    code: 'short_detention',
    parent: 'E',
    labels: { kk: 'Қысқа мерзімге ұстау', ru: 'Кратковременное задержание', en: 'Short detention' },
    definitions: {
      kk: 'Полицияның немесе өзге лауазымды тұлғалардың адамды қамауға алуға санкциясыз бірнеше сағат немесе тәулік ұстап, кейін босатуы, мысалы, акциядан немесе түсірілім кезінде полиция бөліміне апаруы.',
      ru: 'Удержание полицией или иными должностными лицами на несколько часов или суток без санкции на арест с последующим освобождением, например доставление в отдел полиции с акции или со съёмки.',
      en: 'Being held by police or other officials for hours or days without a remand order and then released, for example taken to a police station from a protest or while filming.',
    },
    crosswalk: {
      adilsoz: ['Задержания'],
      cpj: ['Imprisoned'],
      coe: ['Detention and imprisonment of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Arrest / Criminal Charge'],
      huridocs: ['Arrest'],
    },
  },
  {
    code: 'arrest',
    parent: 'E',
    labels: { kk: 'Қылмыстық іс бойынша ұстау', ru: 'Задержание по уголовному делу', en: 'Arrest' },
    definitions: {
      kk: 'Сот бұлтартпау шарасы туралы шешім шығарғанға дейін адамды қылмыстық іс бойынша күдікті ретінде ұстау.',
      ru: 'Задержание в качестве подозреваемого по уголовному делу до решения суда о мере пресечения.',
      en: 'Being taken into custody as a suspect in a criminal case, before a court rules on remand.',
    },
    crosswalk: {
      adilsoz: ['Задержания'],
      cpj: ['Imprisoned'],
      coe: ['Detention and imprisonment of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Arrest / Criminal Charge'],
      huridocs: ['Arrest'],
    },
  },
  {
    code: 'administrative_arrest',
    parent: 'E',
    labels: { kk: 'Әкімшілік қамау', ru: 'Административный арест', en: 'Administrative arrest' },
    definitions: {
      kk: 'Әкімшілік құқық бұзушылық үшін, мысалы, бейбіт жиналыс өткізу тәртібін бұзғаны немесе «жалған ақпарат таратқаны» үшін сот тағайындаған бірнеше тәулікке қамау.',
      ru: 'Арест на несколько суток, назначенный судом за административное правонарушение, например за нарушение порядка проведения мирного собрания или «распространение ложной информации».',
      en: 'A jail term of days imposed by a court for an administrative offence, such as breaching the rules on assemblies or “spreading false information”.',
    },
    crosswalk: {
      adilsoz: ['Задержания'],
      cpj: ['Imprisoned'],
      coe: ['Detention and imprisonment of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Arrest / Criminal Charge'],
      huridocs: ['Detention, imprisonment'],
    },
  },
  {
    code: 'pre_trial_detention',
    parent: 'E',
    labels: {
      kk: 'Сотқа дейін күзетпен ұстау',
      ru: 'Содержание под стражей до суда',
      en: 'Pre-trial detention',
    },
    definitions: {
      kk: 'Қылмыстық іс тергеліп немесе сотта қаралып жатқанда сот шешімімен күзетпен ұстау.',
      ru: 'Содержание под стражей по решению суда на время следствия или рассмотрения уголовного дела в суде.',
      en: 'Remand in custody ordered by a court while a criminal case is investigated or tried.',
    },
    crosswalk: {
      adilsoz: ['Задержания'],
      cpj: ['Imprisoned'],
      coe: ['Detention and imprisonment of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Arrest / Criminal Charge'],
      huridocs: ['Detention, imprisonment'],
    },
  },
  {
    code: 'imprisonment',
    parent: 'E',
    labels: {
      kk: 'Үкім бойынша бас бостандығынан айыру',
      ru: 'Лишение свободы по приговору',
      en: 'Imprisonment',
    },
    definitions: {
      kk: 'Сот үкімі бойынша түрмеде немесе колонияда бас бостандығынан айыру жазасын өтеу; оқшаулаусыз жазалар қылмыстық қудалау ретінде есептеледі.',
      ru: 'Отбывание наказания в виде лишения свободы в тюрьме или колонии по приговору суда; наказания без изоляции учитываются как уголовное преследование.',
      en: 'Serving a prison or penal-colony sentence after conviction; non-custodial sentences count as criminal prosecution.',
    },
    crosswalk: {
      cpj: ['Imprisoned'],
      coe: ['Detention and imprisonment of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Arrest / Criminal Charge'],
      huridocs: ['Detention, imprisonment'],
    },
  },
  {
    code: 'house_arrest',
    parent: 'E',
    labels: { kk: 'Үйқамақ', ru: 'Домашний арест', en: 'House arrest' },
    definitions: {
      kk: 'Бұлтартпау шарасы ретінде сот шешімімен үйқамаққа алу.',
      ru: 'Домашний арест, избранный судом в качестве меры пресечения.',
      en: 'Confinement to one’s home ordered by a court as a preventive measure.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Detention and imprisonment of journalists'],
      mfrr: ['Legal incident'],
      huridocs: ['House arrest'],
    },
  },
  {
    code: 'forced_psychiatric_confinement',
    parent: 'E',
    labels: {
      kk: 'Психиатриялық стационарға күштеп жатқызу',
      ru: 'Принудительная госпитализация в психиатрический стационар',
      en: 'Forced psychiatric confinement',
    },
    definitions: {
      kk: 'Жазалау немесе қысым көрсету мақсатында адамды оның еркінен тыс психиатриялық мекемеге, оның ішінде сот-психиатриялық сараптамаға жатқызу.',
      ru: 'Помещение человека в психиатрическое учреждение против его воли, в том числе на судебно-психиатрическую экспертизу, в качестве наказания или давления.',
      en: 'Placing a person in a psychiatric institution against their will, including for a forensic examination, as punishment or pressure.',
    },
    crosswalk: {
      coe: ['Detention and imprisonment of journalists'],
      mfrr: ['Legal incident'],
      huridocs: ['Detention, imprisonment'],
    },
  },

  // F — legal and judicial harassment.
  {
    code: 'criminal_prosecution',
    parent: 'F',
    labels: { kk: 'Қылмыстық қудалау', ru: 'Уголовное преследование', en: 'Criminal prosecution' },
    definitions: {
      kk: 'Журналистке немесе БАҚ-қа қарсы жала жабу, «жалған ақпарат тарату», араздықты қоздыру, экстремизм немесе өзге баптар бойынша қозғалған қылмыстық іс — қозғалғаннан бастап үкімге дейін.',
      ru: 'Уголовное дело против журналиста или СМИ — о клевете, «распространении ложной информации», разжигании розни, экстремизме или по иным статьям — от возбуждения до приговора.',
      en: 'A criminal case against a journalist or outlet, for defamation, “false information”, incitement, extremism or other charges, from its opening to the verdict.',
    },
    crosswalk: {
      adilsoz: ['Преследования в уголовном порядке'],
      cpj: ['Legal Action'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Arrest / Criminal Charge'],
    },
  },
  {
    code: 'administrative_fine',
    parent: 'F',
    labels: { kk: 'Әкімшілік айыппұл', ru: 'Административный штраф', en: 'Administrative fine' },
    definitions: {
      kk: 'Журналистке немесе БАҚ-қа қарсы қозғалған, әдетте айыппұлға немесе ескертуге әкелетін әкімшілік құқық бұзушылық туралы іс, мысалы, БАҚ туралы немесе бейбіт жиналыстар туралы заңды бұзғаны үшін.',
      ru: 'Дело об административном правонарушении против журналиста или СМИ, обычно влекущее штраф или предупреждение, например за нарушение законодательства о СМИ или о мирных собраниях.',
      en: 'An administrative offence case against a journalist or outlet, usually ending in a fine or warning, for example under media or assembly law.',
    },
    crosswalk: {
      cpj: ['Legal Action'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
    },
  },
  {
    code: 'civil_suit',
    parent: 'F',
    labels: {
      kk: 'Ар-намысты қорғау туралы талап',
      ru: 'Иск о защите чести и достоинства',
      en: 'Civil suit (honour and dignity)',
    },
    definitions: {
      kk: 'Журналистке немесе БАҚ-қа қарсы ар-намысқа, қадір-қасиетке және іскерлік беделге келтірілген зиян үшін теріске шығаруды немесе өтемақы төлеуді талап ететін азаматтық талап арыз немесе сотқа дейінгі наразылық.',
      ru: 'Гражданский иск или досудебная претензия к журналисту или СМИ с требованием опровержения или компенсации вреда чести, достоинству или деловой репутации.',
      en: 'A civil lawsuit or pre-trial claim against a journalist or outlet seeking a retraction or damages for harm to honour, dignity or business reputation.',
    },
    crosswalk: {
      adilsoz: ['Обвинения в злоупотреблении свободой слова в гражданско-правовом порядке'],
      cpj: ['Legal Action'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
    },
  },
  {
    code: 'summons',
    parent: 'F',
    labels: { kk: 'Жауап алуға шақыру', ru: 'Вызов на допрос', en: 'Summons or interrogation' },
    definitions: {
      kk: 'Кәсіби қызметі немесе дереккөздері жөнінде полицияға, прокуратураға немесе ұлттық қауіпсіздік органдарына жауап алуға немесе «әңгімеге», оның ішінде куә ретінде шақырылуы.',
      ru: 'Вызов в полицию, прокуратуру или органы национальной безопасности на допрос или «беседу» о работе или источниках, в том числе в качестве свидетеля.',
      en: 'Being called in by police, prosecutors or security services for questioning or a “talk” about one’s work or sources, including as a witness.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Subpoena / Legal Order'],
    },
  },
  {
    code: 'search',
    parent: 'F',
    labels: { kk: 'Тінту', ru: 'Обыск', en: 'Search' },
    definitions: {
      kk: 'Билік органдарының журналистің үйін, редакциясын, көлігін немесе құрылғыларын тінтуі.',
      ru: 'Обыск жилища, редакции, автомобиля или устройств журналиста, проводимый властями.',
      en: 'A search by the authorities of a journalist’s home, newsroom, car or devices.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Equipment Search or Seizure'],
      huridocs: ['Illegal search / raid'],
    },
  },
  {
    code: 'seizure',
    parent: 'F',
    labels: { kk: 'Алып қою', ru: 'Изъятие', en: 'Seizure' },
    definitions: {
      kk: 'Билік органдарының техниканы, ақпарат тасығыштарды, құжаттарды немесе басылым таралымын сот санкциясымен немесе онсыз алып қоюы.',
      ru: 'Изъятие властями техники, носителей информации, документов или тиража, с санкцией суда или без неё.',
      en: 'Official confiscation of equipment, data carriers, documents or a print run, with or without a court order.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
      uspft: ['Equipment Search or Seizure'],
      huridocs: ['Confiscation of property'],
    },
  },
  {
    code: 'prosecution_of_sources',
    parent: 'F',
    labels: { kk: 'Дереккөздерді қудалау', ru: 'Преследование источников', en: 'Prosecution of sources' },
    definitions: {
      kk: 'Журналистерге мәлімет бергені үшін ақпарат көзіне немесе әшкерелеушіге қарсы қылмыстық немесе тәртіптік шара қолдану.',
      ru: 'Уголовное или дисциплинарное преследование информатора или источника за передачу сведений журналистам.',
      en: 'Criminal or disciplinary action against a whistleblower or source for giving information to journalists.',
    },
    crosswalk: {
      cpj: ['Legal Action'],
      coe: ['Other acts having chilling effects on media freedom'],
      mfrr: ['Legal incident'],
      uspft: ['Leak Case'],
    },
  },

  // G — obstruction of professional activity.
  {
    code: 'interference',
    parent: 'G',
    labels: {
      kk: 'Заңды кәсіптік қызметке кедергі келтіру',
      ru: 'Воспрепятствование законной профессиональной деятельности',
      en: 'Interference with lawful professional activity',
    },
    definitions: {
      kk: 'Міндетін атқарып жүрген журналистке кедергі келтіру: түсірілімге тыйым салу немесе оны бұзу, камераны жабу, итеріп шығару, оқиға орнынан кетуге мәжбүрлеу, жазуды тоқтатуды талап ету.',
      ru: 'Помехи журналисту при исполнении обязанностей: запрет или срыв съёмки, закрывание камеры, выталкивание, принуждение покинуть место событий, требование прекратить запись.',
      en: 'Obstructing a journalist on the job: stopping or disrupting filming, covering the camera, pushing them away, forcing them to leave or demanding that recording stop.',
    },
    crosswalk: {
      adilsoz: ['Воспрепятствование законной профессиональной деятельности'],
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Censorship'],
    },
  },
  {
    code: 'denial_of_access',
    parent: 'G',
    labels: { kk: 'Қатысуға жол бермеу', ru: 'Недопуск', en: 'Denial of access' },
    definitions: {
      kk: 'Журналисті жария іс-шараларға, брифингтерге, мемлекеттік органдардың отырыстарына, сайлау учаскелеріне немесе қоғамдық орындарға жібермеу.',
      ru: 'Недопуск журналиста на публичные мероприятия, брифинги, заседания государственных органов, избирательные участки или в общественные места.',
      en: 'Keeping a journalist out of public events, briefings, sessions of public bodies, polling stations or public places.',
    },
    crosswalk: {
      adilsoz: ['Воспрепятствование законной профессиональной деятельности'],
      cpj: ['Censored'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Censorship'],
      uspft: ['Denial of Access'],
    },
  },
  {
    code: 'denial_of_accreditation',
    parent: 'G',
    labels: {
      kk: 'Аккредиттеуден бас тарту немесе аккредитациядан айыру',
      ru: 'Отказ в аккредитации или её лишение',
      en: 'Denial or withdrawal of accreditation',
    },
    definitions: {
      kk: 'Журналисті, оның ішінде шетелдік БАҚ өкілін аккредиттеуден немесе баспасөз картасын беруден бас тарту, аккредитациясын тоқтата тұру немесе одан айыру.',
      ru: 'Отказ журналисту, в том числе представителю иностранного СМИ, в аккредитации или пресс-карте либо их приостановление или аннулирование.',
      en: 'Refusing, suspending or revoking the accreditation or press card of a journalist, including one working for foreign media.',
    },
    crosswalk: {
      adilsoz: ['Воспрепятствование законной профессиональной деятельности'],
      cpj: ['Censored'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Censorship'],
      uspft: ['Denial of Access'],
    },
  },
  {
    code: 'refusal_of_information',
    parent: 'G',
    labels: {
      kk: 'Ақпарат беруден бас тарту',
      ru: 'Отказ в предоставлении информации',
      en: 'Refusal of information',
    },
    definitions: {
      kk: 'Журналистің мемлекеттік органға немесе лауазымды тұлғаға жолдаған сұрауына заңсыз бас тарту, жауапты кешіктіру немесе толық емес жауап беру.',
      ru: 'Неправомерный отказ, затягивание ответа или неполный ответ на запрос журналиста к государственному органу или должностному лицу.',
      en: 'An unlawful refusal, delay or incomplete answer to a journalist’s request for information from a public body or official.',
    },
    crosswalk: {
      adilsoz: ['Нарушения права на получение и распространение информации'],
      coe: ['Other acts having chilling effects on media freedom'],
      huridocs: ['Withholding of information', 'Denial of the existence of information'],
    },
  },
  {
    code: 'closed_hearing',
    parent: 'G',
    labels: { kk: 'Жабық сот отырысы', ru: 'Закрытое судебное заседание', en: 'Closed hearing' },
    definitions: {
      kk: 'Заңда көзделген негізсіз журналистерді немесе жұртшылықты сот отырысына жібермеу немесе отырысты жазуға тыйым салу.',
      ru: 'Недопуск журналистов или публики в судебное заседание либо запрет вести запись без законных оснований.',
      en: 'Excluding journalists or the public from a court hearing, or banning recording, without lawful grounds.',
    },
    crosswalk: {
      adilsoz: ['Нарушения гласности судебного процесса'],
      coe: ['Other acts having chilling effects on media freedom'],
    },
  },
  {
    code: 'border_stop',
    parent: 'G',
    labels: { kk: 'Шекарада тоқтату', ru: 'Остановка на границе', en: 'Border stop' },
    definitions: {
      kk: 'Журналисті шекарада немесе әуежайда тоқтату, одан жауап алу, өзін немесе құрылғыларын тексеру, сондай-ақ елге кіргізбеу.',
      ru: 'Остановка, допрос или досмотр журналиста либо его устройств на границе или в аэропорту, а также отказ во въезде.',
      en: 'Stopping, questioning or searching a journalist or their devices at a border crossing or airport, or refusing entry.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      uspft: ['Border Stop'],
      huridocs: ['Restriction on travel'],
    },
  },
  {
    code: 'expulsion',
    parent: 'G',
    labels: { kk: 'Елден шығарып жіберу', ru: 'Выдворение', en: 'Expulsion' },
    definitions: {
      kk: 'Шетелдік журналисті кәсіби қызметі үшін елден шығарып жіберу немесе оның визасы мен жұмыс рұқсатын ұзартпау.',
      ru: 'Выдворение иностранного журналиста из страны или отказ продлить ему визу либо разрешение на работу из-за его деятельности.',
      en: 'Deporting a foreign journalist, or refusing to renew their visa or work permit, because of their work.',
    },
    crosswalk: {
      cpj: ['Expelled'],
      coe: ['Harassment and intimidation of journalists'],
    },
  },
  {
    code: 'travel_ban',
    parent: 'G',
    labels: { kk: 'Елден шығуға тыйым', ru: 'Запрет на выезд', en: 'Travel ban' },
    definitions: {
      kk: 'Журналистің елден шығуына немесе ел ішінде жүріп-тұруына жол бермейтін шешім немесе іс жүзіндегі тыйым.',
      ru: 'Решение или фактический запрет, не позволяющий журналисту выехать из страны или свободно передвигаться внутри неё.',
      en: 'An order or de facto ban that keeps a journalist from leaving the country or moving freely within it.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      huridocs: ['Restriction on travel'],
    },
  },

  // H — censorship and pressure on outlets.
  {
    code: 'blocking',
    parent: 'H',
    labels: { kk: 'Бұғаттау', ru: 'Блокировка', en: 'Blocking' },
    definitions: {
      kk: 'Ел аумағында сайтқа, арнаға, аккаунтқа немесе платформаға қолжетімділікті ресми нұсқама бойынша немесе түсініксіз техникалық тәсілмен шектеу.',
      ru: 'Ограничение доступа к сайту, каналу, аккаунту или платформе на территории страны — по официальному предписанию или необъяснимыми техническими средствами.',
      en: 'Restricting access within the country to a website, channel, account or platform, by official order or unexplained technical means.',
    },
    crosswalk: {
      adilsoz: ['Необоснованные ограничения доступа к интернет-ресурсам'],
      cpj: ['Censored'],
      coe: ['Other acts having chilling effects on media freedom'],
      mfrr: ['Censorship'],
      huridocs: ['Censorship'],
    },
  },
  {
    code: 'takedown',
    parent: 'H',
    labels: { kk: 'Материалды өшіру талабы', ru: 'Требование удалить материал', en: 'Takedown order' },
    definitions: {
      kk: 'Мемлекеттік органның жарияланған материалды өшіру немесе өзгерту туралы талабы немесе сот шешімі, оның ішінде платформалар арқылы жіберілгені.',
      ru: 'Требование государственного органа или решение суда удалить либо изменить опубликованный материал, в том числе направленные через платформы.',
      en: 'An official demand or court order to remove or alter published material, including demands passed on through platforms.',
    },
    crosswalk: {
      adilsoz: ['Нарушения права на получение и распространение информации'],
      cpj: ['Censored'],
      coe: ['Other acts having chilling effects on media freedom'],
      mfrr: ['Censorship'],
      huridocs: ['Censorship', 'Banning existing materials'],
    },
  },
  {
    code: 'publication_ban',
    parent: 'H',
    labels: { kk: 'Жариялауға тыйым салу', ru: 'Запрет на публикацию', en: 'Publication ban' },
    definitions: {
      kk: 'Материалды немесе тақырыпты алдын ала жариялауға немесе БАҚ өнімін таратуға тыйым салатын сот шешімі немесе билік органының өкімі.',
      ru: 'Судебный запрет или распоряжение органа власти, заранее запрещающие публикацию материала или материалов на определённую тему либо распространение продукции СМИ.',
      en: 'A court injunction or official order forbidding in advance the publication of a story or topic, or the distribution of an outlet’s product.',
    },
    crosswalk: {
      cpj: ['Censored'],
      coe: ['Other acts having chilling effects on media freedom'],
      mfrr: ['Censorship', 'Legal incident'],
      uspft: ['Prior Restraint'],
      huridocs: ['Publication restrictions'],
    },
  },
  {
    code: 'suspension_or_closure',
    parent: 'H',
    labels: {
      kk: 'БАҚ шығарылымын тоқтата тұру немесе тоқтату',
      ru: 'Приостановление или прекращение выпуска СМИ',
      en: 'Suspension or closure of an outlet',
    },
    definitions: {
      kk: 'Сот немесе мемлекеттік орган шешімімен БАҚ шығарылымын тоқтата тұру, есепке қою туралы куәлігін немесе лицензиясын кері қайтарып алу, сондай-ақ оның қызметін тоқтату.',
      ru: 'Приостановление выпуска, отзыв свидетельства о постановке на учёт или лицензии либо прекращение деятельности СМИ по решению суда или государственного органа.',
      en: 'Suspending an outlet, revoking its registration or licence, or closing it by decision of a court or public body.',
    },
    crosswalk: {
      adilsoz: ['Закрытие и приостановление СМИ'],
      cpj: ['Censored'],
      coe: ['Other acts having chilling effects on media freedom'],
      mfrr: ['Censorship'],
      huridocs: ['Publication restrictions'],
    },
  },
  {
    code: 'editorial_interference',
    parent: 'H',
    labels: {
      kk: 'Редакциялық саясатқа араласу',
      ru: 'Вмешательство в редакционную политику',
      en: 'Editorial interference',
    },
    definitions: {
      kk: 'Иелердің, шенеуніктердің немесе жарнама берушілердің мазмұнды өз қалауынша белгілеуі немесе оған тыйым салуы, материалдарды алдын ала келісуді талап етуі, өзін-өзі цензуралауға мәжбүрлеуі.',
      ru: 'Диктат или запрет содержания со стороны владельцев, чиновников или рекламодателей, требование предварительно согласовывать материалы, принуждение к самоцензуре.',
      en: 'Owners, officials or advertisers dictating or vetoing content, demanding prior approval of stories or forcing self-censorship.',
    },
    crosswalk: {
      cpj: ['Censored'],
      coe: ['Other acts having chilling effects on media freedom'],
      mfrr: ['Censorship'],
      huridocs: ['Censorship'],
    },
  },
  {
    code: 'economic_pressure',
    parent: 'H',
    labels: { kk: 'Экономикалық қысым', ru: 'Экономическое давление', en: 'Economic pressure' },
    definitions: {
      kk: 'Жазалау мақсатындағы салықтық және өзге тексерістер, мемлекеттік тапсырыс пен жарнамадан айыру, жарнама берушілер мен баспаханаларға қысым, шоттарға тыйым салу.',
      ru: 'Карательные налоговые и иные проверки, лишение госзаказа или рекламы, давление на рекламодателей и типографии, арест счетов.',
      en: 'Punitive tax or other inspections, withdrawal of state contracts or advertising, pressure on advertisers or printers, or frozen accounts.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
    },
  },
  {
    code: 'dismissal',
    parent: 'H',
    labels: { kk: 'Жұмыстан шығару', ru: 'Увольнение', en: 'Dismissal' },
    definitions: {
      kk: 'Журналистің материалдары үшін немесе сырттан түскен қысым салдарынан жұмыстан шығарылуы, лауазымының төмендетілуі немесе өз еркімен кетуге мәжбүр болуы.',
      ru: 'Увольнение, понижение в должности или вынужденный уход журналиста из-за его материалов или под внешним давлением.',
      en: 'A journalist fired, demoted or forced to resign because of their reporting or under outside pressure.',
    },
    crosswalk: {
      cpj: ['Harassed'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
    },
  },

  // I — surveillance.
  {
    code: 'spyware',
    parent: 'I',
    labels: { kk: 'Тыңшылық бағдарлама', ru: 'Шпионская программа', en: 'Spyware' },
    definitions: {
      kk: 'Журналистің телефонына немесе компьютеріне Pegasus сияқты тыңшылық бағдарламаны жұқтыру немесе жұқтыруға әрекет жасау.',
      ru: 'Заражение или попытка заражения телефона либо компьютера журналиста шпионской программой, например Pegasus.',
      en: 'Infection or attempted infection of a journalist’s phone or computer with spyware such as Pegasus.',
    },
    crosswalk: {
      adilsoz: ['Слежка'],
      cpj: ['Surveillance'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
      huridocs: ['Surveillance'],
    },
  },
  {
    code: 'interception',
    parent: 'I',
    labels: { kk: 'Байланысты тыңдау', ru: 'Перехват коммуникаций', en: 'Interception of communications' },
    definitions: {
      kk: 'Журналистің телефонын тыңдау, хабарламаларын оқу немесе оның қоңыраулары, орналасқан жері мен аккаунттары туралы мәліметтерді алу.',
      ru: 'Прослушивание, чтение сообщений или получение сведений о звонках, местонахождении и аккаунтах журналиста.',
      en: 'Wiretapping, reading messages, or obtaining call records, location or account data of a journalist.',
    },
    crosswalk: {
      adilsoz: ['Слежка'],
      cpj: ['Surveillance'],
      coe: ['Harassment and intimidation of journalists'],
      mfrr: ['Legal incident'],
      huridocs: ['Surveillance'],
    },
  },
  {
    code: 'physical_surveillance',
    parent: 'I',
    labels: { kk: 'Сыртқы бақылау', ru: 'Наружное наблюдение', en: 'Physical surveillance' },
    definitions: {
      kk: 'Мемлекет өкілдерінің немесе олардың тапсырмасымен журналистің, оның үйінің немесе кездесулерінің ізіне жасырын түсу, аңду немесе оларды түсіріп алу.',
      ru: 'Негласное сопровождение, наблюдение или съёмка журналиста, его жилья или встреч представителями государства либо по их поручению.',
      en: 'Covert following, watching or filming of a journalist, their home or meetings, by state agents or on their behalf.',
    },
    crosswalk: {
      adilsoz: ['Слежка'],
      cpj: ['Surveillance'],
      coe: ['Harassment and intimidation of journalists'],
      huridocs: ['Surveillance'],
    },
  },
  {
    code: 'exposure_of_sources',
    parent: 'I',
    labels: { kk: 'Дереккөздерді әшкерелеу', ru: 'Раскрытие источников', en: 'Exposure of sources' },
    definitions: {
      kk: 'Журналистің құпия дереккөзін анықтау немесе жария ету немесе журналисті оны ашуға мәжбүрлеу.',
      ru: 'Установление или разглашение конфиденциального источника журналиста либо принуждение журналиста раскрыть его.',
      en: 'Identifying or disclosing a journalist’s confidential source, or forcing the journalist to reveal it.',
    },
    crosswalk: {
      cpj: ['Surveillance'],
      coe: ['Other acts having chilling effects on media freedom'],
      mfrr: ['Legal incident'],
    },
  },
];
