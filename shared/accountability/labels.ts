import type { Labels } from '../languages.js';
import type {
  AccountabilityStatus,
  InterventionKind,
  InvolvementRole,
  LegalStatus,
  ProceedingEventType,
  ProceedingKind,
  ReplyStatus,
} from './codes.js';

/*
 * Labels and definitions for the closed code lists in `codes.ts`. The Russian and Kazakh wording
 * follows the Criminal Code and the Criminal Procedure Code of Kazakhstan (roles of accomplices,
 * refusal, suspension, termination), as monitors and lawyers there write it.
 */

/** A code's label and one-sentence definition, in kk, ru and en. */
export interface Term {
  label: Labels;
  definition: Labels;
}

/** What an actor did in a violation, named as the kinds of accomplice in criminal law. */
export const INVOLVEMENT_ROLE_TERMS: Record<InvolvementRole, Term> = {
  executor: {
    label: { kk: 'Орындаушы', ru: 'Исполнитель', en: 'Perpetrator' },
    definition: {
      kk: 'Бұзушылықты тікелей өзі немесе басқалармен бірге жасаған адам.',
      ru: 'Лицо, которое непосредственно совершило нарушение само или совместно с другими.',
      en: 'The person who directly carried out the act, alone or together with others.',
    },
  },
  organiser: {
    label: { kk: 'Ұйымдастырушы', ru: 'Организатор', en: 'Organiser' },
    definition: {
      kk: 'Бұзушылықты ұйымдастырған немесе оны жасауға басшылық еткен адам, сондай-ақ оны жасаған топты құрған немесе басқарған адам.',
      ru: 'Лицо, организовавшее нарушение или руководившее его совершением либо создавшее или возглавлявшее группу, которая его совершила.',
      en: 'The person who organised or directed the act, or who set up or led the group that carried it out.',
    },
  },
  instigator: {
    label: {
      kk: 'Айдап салушы (тапсырыс беруші)',
      ru: 'Подстрекатель (заказчик)',
      en: 'Instigator (who ordered it)',
    },
    definition: {
      kk: 'Бұзушылыққа тапсырыс берген немесе басқаларды сендіру, сатып алу, қорқыту немесе өзге де тәсілмен оны жасауға көндірген адам.',
      ru: 'Лицо, заказавшее нарушение или склонившее других к его совершению уговором, подкупом, угрозой или иным способом.',
      en: 'The person who ordered the act or persuaded, paid, threatened or otherwise induced others to commit it.',
    },
  },
  accomplice: {
    label: { kk: 'Көмектесуші', ru: 'Пособник', en: 'Accomplice' },
    definition: {
      kk: 'Бұзушылықты жасауға кеңесімен, ақпаратпен, құралдармен немесе кедергілерді жоюмен жәрдемдескен адам, сондай-ақ кінәлілерді немесе іздерді жасыруға алдын ала уәде берген адам.',
      ru: 'Лицо, содействовавшее нарушению советами, информацией, средствами или устранением препятствий либо заранее обещавшее скрыть виновных или следы.',
      en: 'The person who helped with advice, information, means or by removing obstacles, or who promised in advance to hide the perpetrators or the traces.',
    },
  },
  failed_to_protect: {
    label: {
      kk: 'Мемлекет қорғамады',
      ru: 'Государство не обеспечило защиту',
      en: 'State failed to protect',
    },
    definition: {
      kk: 'Қауіп туралы білген немесе білуге тиіс болған, бірақ бұзушылықтың алдын алуға немесе зардап шеккенді қорғауға тиісті шара қолданбаған мемлекеттік орган.',
      ru: 'Государственный орган, который знал или должен был знать об опасности, но не принял разумных мер, чтобы предотвратить нарушение или защитить пострадавшего.',
      en: 'A state body that knew or should have known of the danger but took no reasonable steps to prevent the act or protect the victim.',
    },
  },
};

/** Where an involved actor stands before the law. */
export const LEGAL_STATUS_TERMS: Record<LegalStatus, Term> = {
  unidentified: {
    label: { kk: 'Анықталмаған', ru: 'Не установлен', en: 'Unidentified' },
    definition: {
      kk: 'Қатысушының жеке басы анықталмаған.',
      ru: 'Личность участника не установлена.',
      en: 'Who the person is has not been established.',
    },
  },
  identified: {
    label: { kk: 'Анықталған', ru: 'Установлен', en: 'Identified' },
    definition: {
      kk: 'Жеке басы анықталған, бірақ адам ұсталмаған және оған айып тағылмаған.',
      ru: 'Личность установлена, но лицо не задержано и обвинение ему не предъявлено.',
      en: 'The person has been identified but not detained or charged.',
    },
  },
  detained: {
    label: { kk: 'Ұсталған', ru: 'Задержан', en: 'Detained' },
    definition: {
      kk: 'Адам күдікті ретінде ұсталған немесе күзетпен қамауға алынған.',
      ru: 'Лицо задержано по подозрению или заключено под стражу.',
      en: 'The person has been detained as a suspect or remanded in custody.',
    },
  },
  charged: {
    label: { kk: 'Айып тағылған', ru: 'Предъявлено обвинение', en: 'Charged' },
    definition: {
      kk: 'Адамға ресми түрде айып тағылған.',
      ru: 'Лицу официально предъявлено обвинение.',
      en: 'The person has been formally charged.',
    },
  },
  convicted: {
    label: { kk: 'Сотталған', ru: 'Осуждён', en: 'Convicted' },
    definition: {
      kk: 'Сот адамды кінәлі деп таныған.',
      ru: 'Суд признал лицо виновным.',
      en: 'A court has found the person guilty.',
    },
  },
  acquitted: {
    label: { kk: 'Ақталған', ru: 'Оправдан', en: 'Acquitted' },
    definition: {
      kk: 'Сот адамды кінәсіз деп таныған.',
      ru: 'Суд признал лицо невиновным.',
      en: 'A court has found the person not guilty.',
    },
  },
  released: {
    label: { kk: 'Босатылған', ru: 'Освобождён', en: 'Released' },
    definition: {
      kk: 'Адам күзетпен ұстаудан босатылған немесе сотталмай қылмыстық жауаптылықтан босатылған, мысалы, татуласуға байланысты немесе рақымшылық бойынша.',
      ru: 'Лицо отпущено из-под стражи или освобождено от уголовной ответственности без осуждения, например в связи с примирением сторон или по амнистии.',
      en: 'The person was let out of custody or freed from criminal liability without a conviction, for example on reconciliation with the victim or under an amnesty.',
    },
  },
};

/** The two kinds of legal track an incident can have. */
export const PROCEEDING_KIND_TERMS: Record<ProceedingKind, Term> = {
  against_perpetrators: {
    label: {
      kk: 'Құқық бұзушыларға қатысты іс',
      ru: 'Дело против нарушителей',
      en: 'Case against perpetrators',
    },
    definition: {
      kk: 'Бұзушылықты тергеп-тексеру және кінәлілерді жауапқа тарту жөніндегі іс жүргізу.',
      ru: 'Производство по расследованию нарушения и привлечению виновных к ответственности.',
      en: 'Proceedings to investigate the violation and hold those responsible to account.',
    },
  },
  against_journalist: {
    label: { kk: 'Журналистке қатысты іс', ru: 'Дело против журналиста', en: 'Case against the journalist' },
    definition: {
      kk: 'Журналистке немесе БАҚ-қа қарсы қозғалған әкімшілік, қылмыстық немесе азаматтық іс жүргізу.',
      ru: 'Административное, уголовное или гражданское производство против журналиста или СМИ.',
      en: 'Administrative, criminal or civil proceedings brought against the journalist or the outlet.',
    },
  },
};

/** Events of either legal track; the shared codes are worded to fit both. */
export const PROCEEDING_EVENT_TERMS: Record<ProceedingEventType, Term> = {
  complaint_filed: {
    label: { kk: 'Арыз берілді', ru: 'Заявление подано', en: 'Complaint filed' },
    definition: {
      kk: 'Зардап шеккен адам немесе оның өкілі полицияға немесе өзге құқық қорғау органына арыз берді.',
      ru: 'Пострадавший или его представитель подал заявление в полицию или другой правоохранительный орган.',
      en: 'The victim or their representative reported the act to the police or another law-enforcement body.',
    },
  },
  pre_investigation_check: {
    label: { kk: 'Тергеуге дейінгі тексеру', ru: 'Доследственная проверка', en: 'Pre-investigation check' },
    definition: {
      kk: 'Орган тергеп-тексеруді бастау-бастамау туралы шешім қабылдағанға дейін арызды тексеріп жатыр.',
      ru: 'Орган проверяет заявление, прежде чем решить, начинать ли расследование.',
      en: 'The authority is checking the complaint before deciding whether to open an investigation.',
    },
  },
  refusal_to_open: {
    label: {
      kk: 'Қылмыстық іс қозғаудан бас тарту',
      ru: 'Отказ в возбуждении уголовного дела',
      en: 'Refusal to open a case',
    },
    definition: {
      kk: 'Орган тергеп-тексеруді бастаудан бас тартты: қылмыстық іс қозғамады немесе арызды Сотқа дейінгі тергеп-тексерулердің бірыңғай тізілімінде тіркемеді.',
      ru: 'Орган отказался начать расследование: не возбудил уголовное дело или не зарегистрировал заявление в Едином реестре досудебных расследований.',
      en: 'The authority refused to open an investigation: it did not open a criminal case or register the complaint in the Unified Register of Pre-trial Investigations.',
    },
  },
  case_opened: {
    label: { kk: 'Қылмыстық іс қозғалды', ru: 'Уголовное дело возбуждено', en: 'Criminal case opened' },
    definition: {
      kk: 'Қылмыстық кодекстің белгілі бір бабы бойынша қылмыстық іс қозғалды (Қазақстанда — мәліметтер Сотқа дейінгі тергеп-тексерулердің бірыңғай тізілімінде тіркелді).',
      ru: 'Возбуждено уголовное дело по определённой статье Уголовного кодекса (в Казахстане — сведения зарегистрированы в Едином реестре досудебных расследований).',
      en: 'A criminal case was opened under a stated article of the Criminal Code (in Kazakhstan, the report was registered in the Unified Register of Pre-trial Investigations).',
    },
  },
  requalified: {
    label: { kk: 'Қайта саралау', ru: 'Переквалификация', en: 'Requalified' },
    definition: {
      kk: 'Әрекет басқа бапқа қайта сараланды, мысалы, бұзақылықтан журналистің заңды кәсіптік қызметіне кедергі келтіруге немесе керісінше.',
      ru: 'Деяние переквалифицировано на другую статью, например с хулиганства на воспрепятствование законной профессиональной деятельности журналиста или наоборот.',
      en: 'The act was reclassified under another article, for example from hooliganism to obstructing a journalist’s lawful professional activity or the reverse.',
    },
  },
  suspects_identified: {
    label: { kk: 'Күдіктілер анықталды', ru: 'Подозреваемые установлены', en: 'Suspects identified' },
    definition: {
      kk: 'Тергеу бір немесе бірнеше күдіктіні анықтады.',
      ru: 'Следствие установило одного или нескольких подозреваемых.',
      en: 'The investigators identified one or more suspects.',
    },
  },
  detained: {
    label: { kk: 'Ұсталды', ru: 'Задержаны', en: 'Detained' },
    definition: {
      kk: 'Күдіктілер (журналистке қатысты істе — журналистің өзі) ұсталды немесе күзетпен қамауға алынды.',
      ru: 'Подозреваемые или, в деле против журналиста, сам журналист задержаны либо заключены под стражу.',
      en: 'The suspects or, in a case against the journalist, the journalist were detained or remanded in custody.',
    },
  },
  charged: {
    label: { kk: 'Айып тағылды', ru: 'Предъявлено обвинение', en: 'Charged' },
    definition: {
      kk: 'Күдіктілерге ресми түрде айып тағылды.',
      ru: 'Подозреваемым официально предъявлено обвинение.',
      en: 'The suspects were formally charged.',
    },
  },
  sent_to_court: {
    label: { kk: 'Іс сотқа жіберілді', ru: 'Дело направлено в суд', en: 'Sent to court' },
    definition: {
      kk: 'Прокурор істі мәні бойынша қарау үшін сотқа жіберді.',
      ru: 'Прокурор направил дело в суд для рассмотрения по существу.',
      en: 'The prosecutor sent the case to court for trial.',
    },
  },
  convicted: {
    label: { kk: 'Айыптау үкімі', ru: 'Обвинительный приговор', en: 'Convicted' },
    definition: {
      kk: 'Сот айыпталушыны (құқық бұзушыны, ал журналистке қатысты істе — журналистің өзін) кінәлі деп таныды.',
      ru: 'Суд признал виновным обвиняемого — нарушителя либо, в деле против журналиста, самого журналиста.',
      en: 'A court found the accused guilty: the perpetrator or, in a case against the journalist, the journalist.',
    },
  },
  acquitted: {
    label: { kk: 'Ақтау үкімі', ru: 'Оправдательный приговор', en: 'Acquitted' },
    definition: {
      kk: 'Сот айыпталушыны кінәсіз деп таныды.',
      ru: 'Суд признал обвиняемого невиновным.',
      en: 'A court found the accused not guilty.',
    },
  },
  appeal: {
    label: { kk: 'Апелляция', ru: 'Апелляция', en: 'Appeal' },
    definition: {
      kk: 'Тарап сот шешіміне апелляциялық шағым берді немесе жоғары тұрған сот шағымды қарады.',
      ru: 'Сторона обжаловала решение суда в апелляционном порядке либо вышестоящий суд рассмотрел жалобу.',
      en: 'A party appealed against a court decision, or a higher court ruled on the appeal.',
    },
  },
  suspended_perpetrator_unknown: {
    label: {
      kk: 'Тоқтатыла тұрды: адам анықталмады',
      ru: 'Приостановлено: лицо не установлено',
      en: 'Suspended: perpetrator unknown',
    },
    definition: {
      kk: 'Күдікті ретінде тартылуға жататын адам анықталмағандықтан, тергеп-тексеру тоқтатыла тұрды.',
      ru: 'Расследование приостановлено, так как лицо, подлежащее привлечению в качестве подозреваемого, не установлено.',
      en: 'The investigation was suspended because the person to be charged was not identified.',
    },
  },
  dropped: {
    label: { kk: 'Қысқартылды', ru: 'Прекращено', en: 'Dropped' },
    definition: {
      kk: 'Іс үкімсіз қысқартылды, мысалы, қылмыс құрамы болмағандықтан немесе тараптардың татуласуына байланысты.',
      ru: 'Дело прекращено без приговора, например за отсутствием состава правонарушения или в связи с примирением сторон.',
      en: 'The case was closed without a verdict, for example for lack of an offence or on reconciliation of the parties.',
    },
  },
  victim_prosecuted: {
    label: {
      kk: 'Зардап шеккеннің өзі қудалануда',
      ru: 'Преследуют самого пострадавшего',
      en: 'Victim prosecuted instead',
    },
    definition: {
      kk: 'Шабуылдаушылардың орнына билік зардап шеккеннің өзін, мысалы, бұзақылық немесе полицияға бағынбағаны үшін қудалай бастады.',
      ru: 'Вместо нападавших власти начали преследовать самого пострадавшего, например за хулиганство или неповиновение полиции.',
      en: 'Instead of the attackers, the authorities brought a case against the victim, for example for hooliganism or disobeying the police.',
    },
  },
  victim_blamed: {
    label: {
      kk: 'Кінә зардап шеккендерге артылды',
      ru: 'Вину возложили на пострадавших',
      en: 'Victim blamed',
    },
    definition: {
      kk: 'Билік болған оқиғаға зардап шеккендердің өздерін кінәлі деп тапты, бірақ оларға қарсы іс қозғамады.',
      ru: 'Власти сочли виновными в случившемся самих пострадавших, не возбуждая против них дела.',
      en: 'The authorities held the victims to blame for what happened without bringing a case against them.',
    },
  },
  no_information: {
    label: { kk: 'Ақпарат жоқ', ru: 'Нет информации', en: 'No information' },
    definition: {
      kk: 'Іс жүргізудің барысы туралы ештеңе белгісіз.',
      ru: 'О ходе производства ничего не известно.',
      en: 'Nothing is known about the course of the proceedings.',
    },
  },
  administrative_charge: {
    label: { kk: 'Әкімшілік хаттама', ru: 'Административный протокол', en: 'Administrative charge' },
    definition: {
      kk: 'Журналистке қатысты әкімшілік құқық бұзушылық туралы хаттама толтырылды, бұл айыппұлға немесе әкімшілік қамаққа әкеп соғуы мүмкін.',
      ru: 'На журналиста составлен протокол об административном правонарушении, грозящий штрафом или административным арестом.',
      en: 'An administrative offence report was drawn up against the journalist, which may lead to a fine or administrative arrest.',
    },
  },
  criminal_charge: {
    label: { kk: 'Қылмыстық қудалау', ru: 'Уголовное преследование', en: 'Criminal charge' },
    definition: {
      kk: 'Журналистке қарсы қылмыстық іс қозғалды, ол күдікті деп танылды немесе оған айып тағылды.',
      ru: 'Против журналиста возбуждено уголовное дело, он признан подозреваемым или ему предъявлено обвинение.',
      en: 'A criminal case was opened against the journalist, or the journalist was named a suspect or charged.',
    },
  },
  civil_suit_filed: {
    label: { kk: 'Азаматтық талап қойылды', ru: 'Подан гражданский иск', en: 'Civil suit filed' },
    definition: {
      kk: 'Журналистке немесе БАҚ-қа азаматтық талап қойылды, мысалы, ар-намысты, абыройды және іскерлік беделді қорғау туралы.',
      ru: 'К журналисту или СМИ предъявлен гражданский иск, например о защите чести, достоинства и деловой репутации.',
      en: 'A civil claim was filed against the journalist or the outlet, for example for the protection of honour, dignity and business reputation.',
    },
  },
  pending: {
    label: { kk: 'Қаралуда', ru: 'Рассматривается', en: 'Pending' },
    definition: {
      kk: 'Журналистке қатысты іс тергелуде немесе сотта қаралуда, әлі шешім жоқ.',
      ru: 'Дело против журналиста расследуется или рассматривается в суде, решения пока нет.',
      en: 'The case against the journalist is under investigation or before a court, with no decision yet.',
    },
  },
  damages_awarded: {
    label: { kk: 'Өтемақы өндірілді', ru: 'Взыскана компенсация', en: 'Damages awarded' },
    definition: {
      kk: 'Сот журналистен немесе БАҚ-тан өтемақы, мысалы, моральдық зиянның өтемақысын өндіріп алу туралы шешім шығарды.',
      ru: 'Суд взыскал с журналиста или СМИ компенсацию, например компенсацию морального вреда.',
      en: 'A court ordered the journalist or the outlet to pay damages, for example compensation for moral harm.',
    },
  },
  released: {
    label: { kk: 'Босатылды', ru: 'Освобождён', en: 'Released' },
    definition: {
      kk: 'Журналист ұстаудан, қамаудан немесе жазасын өтейтін орыннан босатылды.',
      ru: 'Журналист вышел на свободу после задержания, ареста или отбывания наказания.',
      en: 'The journalist was freed from detention, custody or prison.',
    },
  },
};

/** What the organisation did about an incident. */
export const INTERVENTION_KIND_TERMS: Record<InterventionKind, Term> = {
  statement: {
    label: { kk: 'Мәлімдеме', ru: 'Заявление', en: 'Statement' },
    definition: {
      kk: 'Ұйымның оқиға туралы жария мәлімдемесі.',
      ru: 'Публичное заявление организации об инциденте.',
      en: 'The organisation’s public statement about the incident.',
    },
  },
  alert: {
    label: { kk: 'Жедел хабарлама', ru: 'Срочное сообщение', en: 'Alert' },
    definition: {
      kk: 'Бұзушылық туралы серіктестерге, желілерге немесе халықаралық платформаларға жіберілген қысқа жедел хабарлама.',
      ru: 'Краткое оперативное сообщение о нарушении, направленное партнёрам, в сети или на международные платформы.',
      en: 'A short, rapid notice of the violation sent to partners, networks or international platforms.',
    },
  },
  letter: {
    label: { kk: 'Хат', ru: 'Письмо', en: 'Letter' },
    definition: {
      kk: 'Мемлекеттік органға жолданған, белгіленген мерзімде жауап берілуге тиіс ресми хат немесе өтініш.',
      ru: 'Официальное письмо или обращение в государственный орган, на которое должен прийти ответ в установленный срок.',
      en: 'An official letter or request to an authority, which is due an answer by a deadline.',
    },
  },
  email: {
    label: { kk: 'Электрондық хат', ru: 'Электронное письмо', en: 'Email' },
    definition: {
      kk: 'Органға немесе лауазымды адамға электрондық пошта немесе интернет-қабылдау бөлмесі арқылы жіберілген хабарлама.',
      ru: 'Обращение к органу или должностному лицу по электронной почте или через интернет-приёмную.',
      en: 'A message to an authority or official sent by email or through an online reception.',
    },
  },
  meeting: {
    label: { kk: 'Кездесу', ru: 'Встреча', en: 'Meeting' },
    definition: {
      kk: 'Іс туралы мәселе көтеру үшін лауазымды адамдармен, дипломаттармен немесе басқа адамдармен кездесу.',
      ru: 'Встреча с должностными лицами, дипломатами или другими людьми, чтобы поднять вопрос о деле.',
      en: 'A meeting with officials, diplomats or others to raise the case.',
    },
  },
  submission: {
    label: {
      kk: 'Халықаралық органдарға жолдау',
      ru: 'Обращение в международные органы',
      en: 'Submission to international bodies',
    },
    definition: {
      kk: 'БҰҰ-ға, ЕҚЫҰ-ға, ЮНЕСКО-ға немесе өзге халықаралық орган мен тетікке жолданған өтініш немесе баяндама.',
      ru: 'Обращение или доклад в ООН, ОБСЕ, ЮНЕСКО либо другой международный орган или механизм.',
      en: 'A complaint or report to the UN, the OSCE, UNESCO or another international body or mechanism.',
    },
  },
  legal_aid: {
    label: { kk: 'Заң көмегі', ru: 'Юридическая помощь', en: 'Legal aid' },
    definition: {
      kk: 'Зардап шеккенге заң кеңесін беру немесе оның мүддесін білдіру, мысалы, тергеуде немесе сотта адвокаттың қатысуы.',
      ru: 'Юридическая консультация или представительство интересов пострадавшего, например адвокат на следствии или в суде.',
      en: 'Legal advice or representation for the victim, such as a lawyer during the investigation or in court.',
    },
  },
};

/** How an authority answered a letter; `overdue` is none_yet past the deadline. */
export const REPLY_STATUS_TERMS: Record<ReplyStatus | 'overdue', Term> = {
  none_yet: {
    label: { kk: 'Жауап әлі жоқ', ru: 'Ответа пока нет', en: 'No reply yet' },
    definition: {
      kk: 'Жауап келген жоқ, бірақ мерзімі әлі өтпеген.',
      ru: 'Ответ не поступил, но срок ещё не истёк.',
      en: 'No reply has come and the deadline has not passed.',
    },
  },
  formal: {
    label: { kk: 'Формалды жауап', ru: 'Формальный ответ', en: 'Formal reply' },
    definition: {
      kk: 'Орган мәселенің мәніне тоқталмай жауап берді, мысалы, жалпылама хатпен немесе өтінішті басқа органға жібергенін хабарлап.',
      ru: 'Орган ответил, не касаясь сути, например отпиской или сообщением о перенаправлении обращения в другой орган.',
      en: 'The authority answered without addressing the substance, for example with a form letter or a referral to another body.',
    },
  },
  substantive: {
    label: { kk: 'Мәні бойынша жауап', ru: 'Ответ по существу', en: 'Substantive reply' },
    definition: {
      kk: 'Орган қойылған сұрақтарға жауап беріп, деректер немесе қабылданған шаралар туралы хабарлады.',
      ru: 'Орган ответил на поставленные вопросы, сообщив факты или принятые меры.',
      en: 'The authority answered the questions raised and reported facts or the steps taken.',
    },
  },
  denial: {
    label: { kk: 'Бас тарту', ru: 'Отказ', en: 'Denial' },
    definition: {
      kk: 'Орган шара қолданудан немесе ақпарат беруден бас тартты немесе бұзушылық болғанын жоққа шығарды.',
      ru: 'Орган отказался принимать меры или давать информацию либо отрицал факт нарушения.',
      en: 'The authority refused to act or to give information, or denied that a violation took place.',
    },
  },
  overdue: {
    label: { kk: 'Мерзімінде жауап берілмеді', ru: 'Нет ответа в срок', en: 'No reply by the deadline' },
    definition: {
      kk: 'Жауап келген жоқ, ал жауап беру мерзімі өтіп кетті.',
      ru: 'Ответ не поступил, а срок ответа истёк.',
      en: 'No reply has come and the deadline for answering has passed.',
    },
  },
};

/** The derived accountability status of an incident. */
export const ACCOUNTABILITY_STATUS_TERMS: Record<AccountabilityStatus, Term> = {
  pending: {
    label: { kk: 'Іс жүргізілуде', ru: 'Идёт производство', en: 'Pending' },
    definition: {
      kk: 'Іс жүргізу жүріп жатыр және әлі нәтижеге жеткен жоқ.',
      ru: 'Производство по делу идёт и ещё не завершилось.',
      en: 'Proceedings are under way and have not yet reached an outcome.',
    },
  },
  impunity: {
    label: { kk: 'Жазасыздық', ru: 'Безнаказанность', en: 'Impunity' },
    definition: {
      kk: 'Ешкім жауапқа тартылмады: іс тергелмеді, оны қозғаудан бас тартылды, ол қысқартылды немесе тоқтатыла тұрды, кінә зардап шеккенге артылды немесе іс белгіленген шектен ұзақ қозғалыссыз тұр.',
      ru: 'Никто не привлечён к ответственности: дело не расследовалось, в возбуждении отказано, оно прекращено или приостановлено, вину возложили на пострадавшего либо дело стоит без движения дольше установленного порога.',
      en: 'Nobody was held to account: the case was never investigated, refused, dropped or suspended, the victim was blamed instead, or it stalled past the threshold.',
    },
  },
  partial: {
    label: { kk: 'Ішінара әділдік', ru: 'Частичное правосудие', en: 'Partial justice' },
    definition: {
      kk: 'Орындаушылар сотталды, бірақ тапсырыс берушілер анықталмады немесе сотталмады.',
      ru: 'Исполнители осуждены, но заказчики не установлены или не осуждены.',
      en: 'The perpetrators were convicted, but those who ordered the act were not identified or not convicted.',
    },
  },
  justice: {
    label: { kk: 'Толық әділдік', ru: 'Полное правосудие', en: 'Full justice' },
    definition: {
      kk: 'Анықталған барлық қатысушылар, соның ішінде ұйымдастырушылар мен тапсырыс берушілер сотталды.',
      ru: 'Осуждены все установленные участники, включая организаторов и заказчиков.',
      en: 'Everyone identified as involved, organisers and those who ordered it included, was convicted.',
    },
  },
  unknown: {
    label: { kk: 'Белгісіз', ru: 'Неизвестно', en: 'Unknown' },
    definition: {
      kk: 'Қандай да бір іс жүргізу туралы ақпарат жоқ.',
      ru: 'Нет информации ни о каком производстве.',
      en: 'There is no information on any proceedings.',
    },
  },
};
