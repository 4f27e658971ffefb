import type { LocalizedText } from '../../shared/languages.js';
import type { Provenance } from './seed-documents.js';

/*
 * The incidents, people and outlets the two seed documents describe, as structured records.
 * Every fact cites the sentence it comes from. Where a document is silent (a date, a city, a
 * gender) the field is left empty rather than guessed.
 */

export interface DemoOutlet {
  key: string;
  name: string;
  names: LocalizedText;
  type: string;
  independence: 'independent' | 'unknown';
  from: Provenance;
}

export interface DemoPerson {
  key: string;
  name: string;
  names: LocalizedText;
  roles: string[];
  gender: 'female' | 'unknown';
  outlets: string[];
  from: Provenance;
}

export interface DemoIncident {
  /** How the case records in seed-cases.ts refer to this incident. */
  key: string;
  date: { start: string; end?: string } | null;
  place: { region: string | null; city: string | null; type: string | null; detail?: LocalizedText };
  title: LocalizedText;
  description: LocalizedText;
  series: boolean;
  violations: { typeCode: string; victim: string | null; description?: LocalizedText }[];
  from: Provenance[];
}

export const CPJ_CAPTION =
  'An unidentified person set fire to two cars belonging to Roman Yegorov, a camera operator for independent journalist Vadim Boreiko’s YouTube channel Giperborei, on February 20, 2023.';
export const CPJ_POLICE =
  'Kazakh police said in a February 21 statement that they had detained 18 individuals accused of carrying out attacks on six journalists and bloggers, as well as one associated individual, since September.';
export const CPJ_NO_ORGANISERS =
  'The statement did not mention any individuals who may have ordered those attacks.';
export const CPJ_MOLDABEKOV =
  'Boreiko told CPJ that the assault on Moldabekov on February 22, the day after the police statement, demonstrated the “sense of impunity” of those behind the attacks.';
export const ADILSOZ_MATASOVA =
  'Thus, in Kokshetau, a criminal case against a man who attacked Oksana Matasova, 716.kz reporter,\u00a0 was dropped.';
export const ADILSOZ_MATASOVA_2 =
  'The police decided that the attacker simply did not hear when the journalist introduced herself to him.';
export const ADILSOZ_PETROPAVLOVSK =
  'In Petropavlovsk, the security guards of a shopping\u00a0 center attacked journalists Samat Dzhakupov, Natalya Volkova and cameraman Tolegen Imanov\u00a0 with fists.';
export const ADILSOZ_MAITANOV =
  'On June 10, Azamat Maitanov, the editor-in-chief of the Ak Zhaiyk newspaper, reportered the police\u00a0 about threats to his life and health.';
export const ADILSOZ_KIBHR =
  'Since July 2019, the case of an attack on journalists in the office of the Kazakhstan International Bureau for Human Rights has been under investigation.';

export const DEMO_SERIES = {
  code: 'kz-2022-2023-wave',
  title: {
    en: 'Wave of attacks on independent journalists in Kazakhstan since autumn 2022',
    ru: 'Волна нападений на независимых журналистов в Казахстане с осени 2022 года',
    kk: '2022 жылдың күзінен бері Қазақстандағы тәуелсіз журналистерге шабуылдар толқыны',
  },
  from: {
    seed: 'cpj',
    quote:
      'In at least four incidents since February 5, journalists and their family members in various cities across Kazakhstan have faced attacks and harassment, in a continued pattern of incidents targeting independent and critical journalists since the fall of 2022.',
  } satisfies Provenance,
};

export const DEMO_OUTLETS: DemoOutlet[] = [
  {
    key: 'giperborei',
    name: 'Giperborei',
    names: { en: 'Giperborei', ru: 'Гиперборей', kk: 'Гиперборей' },
    type: 'youtube_channel',
    independence: 'independent',
    from: { seed: 'cpj', quote: CPJ_CAPTION },
  },
  {
    key: '716kz',
    name: '716.kz',
    names: {},
    type: 'news_website',
    independence: 'unknown',
    from: { seed: 'adilsoz', quote: ADILSOZ_MATASOVA },
  },
  {
    key: 'ak-zhaiyk',
    name: 'Ak Zhaiyk',
    names: { en: 'Ak Zhaiyk', ru: 'Ак Жайык', kk: 'Ақ Жайық' },
    type: 'newspaper',
    independence: 'unknown',
    from: { seed: 'adilsoz', quote: ADILSOZ_MAITANOV },
  },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'yegorov',
    name: 'Roman Yegorov',
    names: { en: 'Roman Yegorov', ru: 'Роман Егоров', kk: 'Роман Егоров' },
    roles: ['camera_operator'],
    gender: 'unknown',
    outlets: ['giperborei'],
    from: { seed: 'cpj', quote: CPJ_CAPTION },
  },
  {
    key: 'boreiko',
    name: 'Vadim Boreiko',
    names: { en: 'Vadim Boreiko', ru: 'Вадим Борейко', kk: 'Вадим Борейко' },
    roles: ['journalist'],
    gender: 'unknown',
    outlets: ['giperborei'],
    from: { seed: 'cpj', quote: CPJ_CAPTION },
  },
  // CPJ gives only the surname; it counts the assault among the attacks on independent journalists.
  {
    key: 'moldabekov',
    name: 'Moldabekov',
    names: { en: 'Moldabekov', ru: 'Молдабеков', kk: 'Молдабеков' },
    roles: ['journalist'],
    gender: 'unknown',
    outlets: [],
    from: { seed: 'cpj', quote: CPJ_MOLDABEKOV },
  },
  {
    key: 'matasova',
    name: 'Oksana Matasova',
    names: { en: 'Oksana Matasova', ru: 'Оксана Матасова', kk: 'Оксана Матасова' },
    roles: ['journalist'],
    gender: 'female',
    outlets: ['716kz'],
    from: { seed: 'adilsoz', quote: `${ADILSOZ_MATASOVA} ${ADILSOZ_MATASOVA_2}` },
  },
  {
    key: 'dzhakupov',
    name: 'Samat Dzhakupov',
    names: { en: 'Samat Dzhakupov', ru: 'Самат Джакупов', kk: 'Самат Джакупов' },
    roles: ['journalist'],
    gender: 'unknown',
    outlets: [],
    from: { seed: 'adilsoz', quote: ADILSOZ_PETROPAVLOVSK },
  },
  {
    key: 'volkova',
    name: 'Natalya Volkova',
    names: { en: 'Natalya Volkova', ru: 'Наталья Волкова', kk: 'Наталья Волкова' },
    roles: ['journalist'],
    gender: 'unknown',
    outlets: [],
    from: { seed: 'adilsoz', quote: ADILSOZ_PETROPAVLOVSK },
  },
  {
    key: 'imanov',
    name: 'Tolegen Imanov',
    names: { en: 'Tolegen Imanov', ru: 'Толеген Иманов', kk: 'Төлеген Иманов' },
    roles: ['camera_operator'],
    gender: 'unknown',
    outlets: [],
    from: { seed: 'adilsoz', quote: ADILSOZ_PETROPAVLOVSK },
  },
  {
    key: 'maitanov',
    name: 'Azamat Maitanov',
    names: { en: 'Azamat Maitanov', ru: 'Азамат Майтанов', kk: 'Азамат Майтанов' },
    roles: ['editor'],
    gender: 'unknown',
    outlets: ['ak-zhaiyk'],
    from: { seed: 'adilsoz', quote: ADILSOZ_MAITANOV },
  },
];

export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    key: 'yegorov-arson',
    date: { start: '2023-02-20' },
    place: { region: null, city: null, type: null },
    title: {
      en: 'Two cars of Giperborei camera operator Roman Yegorov set on fire',
      ru: 'Подожжены два автомобиля оператора канала «Гиперборей» Романа Егорова',
      kk: '«Гиперборей» арнасының операторы Роман Егоровтың екі көлігі өртелді',
    },
    description: { en: CPJ_CAPTION },
    series: true,
    violations: [{ typeCode: 'arson', victim: 'yegorov', description: { en: 'Two cars set on fire' } }],
    from: [{ seed: 'cpj', quote: CPJ_CAPTION }],
  },
  {
    key: 'moldabekov-assault',
    date: { start: '2023-02-22' },
    place: { region: null, city: null, type: null },
    title: {
      en: 'Journalist Moldabekov assaulted the day after the police statement',
      ru: 'Нападение на журналиста Молдабекова на следующий день после заявления полиции',
      kk: 'Полиция мәлімдемесінен кейінгі күні журналист Молдабековке шабуыл жасалды',
    },
    description: { en: CPJ_MOLDABEKOV },
    series: true,
    violations: [{ typeCode: 'assault', victim: 'moldabekov' }],
    from: [{ seed: 'cpj', quote: CPJ_MOLDABEKOV }],
  },
  {
    key: 'matasova-kokshetau',
    date: null,
    place: { region: 'KZ-AKM', city: 'KZ-AKM-kokshetau', type: null },
    title: {
      en: '716.kz reporter Oksana Matasova attacked in Kokshetau',
      ru: 'Нападение на корреспондента 716.kz Оксану Матасову в Кокшетау',
      kk: 'Көкшетауда 716.kz тілшісі Оксана Матасоваға шабуыл жасалды',
    },
    description: { en: `${ADILSOZ_MATASOVA} ${ADILSOZ_MATASOVA_2}` },
    series: false,
    violations: [{ typeCode: 'assault', victim: 'matasova' }],
    from: [
      { seed: 'adilsoz', quote: ADILSOZ_MATASOVA },
      { seed: 'adilsoz', quote: ADILSOZ_MATASOVA_2 },
    ],
  },
  {
    key: 'petropavlovsk-guards',
    date: null,
    place: {
      region: 'KZ-SEV',
      city: 'KZ-SEV-petropavlovsk',
      type: 'shopping_or_commercial_premises',
      detail: { en: 'a shopping center' },
    },
    title: {
      en: 'Shopping centre guards beat journalists in Petropavlovsk',
      ru: 'Охранники торгового центра избили журналистов в Петропавловске',
      kk: 'Петропавлда сауда орталығының күзетшілері журналистерді соққыға жықты',
    },
    description: {
      en: `${ADILSOZ_PETROPAVLOVSK} Despite the  video recordings, the law enforcement authorities considered that the journalists were to blame.`,
    },
    series: false,
    violations: [
      { typeCode: 'assault', victim: 'dzhakupov' },
      { typeCode: 'assault', victim: 'volkova' },
      { typeCode: 'assault', victim: 'imanov' },
    ],
    from: [
      { seed: 'adilsoz', quote: ADILSOZ_PETROPAVLOVSK },
      {
        seed: 'adilsoz',
        quote:
          'Despite the\u00a0 video recordings, the law enforcement authorities considered that the journalists were to blame.',
      },
    ],
  },
  {
    key: 'maitanov-threats',
    date: null,
    place: { region: null, city: null, type: null },
    title: {
      en: 'Threats to the life and health of Ak Zhaiyk editor-in-chief Azamat Maitanov',
      ru: 'Угрозы жизни и здоровью главного редактора газеты «Ак Жайык» Азамата Майтанова',
      kk: '«Ақ Жайық» газетінің бас редакторы Азамат Майтановтың өмірі мен денсаулығына қауіп төнді',
    },
    description: { en: `${ADILSOZ_MAITANOV} No one was ever brought to justice.` },
    series: false,
    violations: [{ typeCode: 'threat', victim: 'maitanov' }],
    from: [
      { seed: 'adilsoz', quote: ADILSOZ_MAITANOV },
      { seed: 'adilsoz', quote: 'No one was ever brought to justice.' },
    ],
  },
  {
    key: 'kibhr-office',
    date: null,
    place: {
      region: null,
      city: null,
      type: 'newsroom_or_office',
      detail: { en: 'the office of the Kazakhstan International Bureau for Human Rights' },
    },
    title: {
      en: 'Attack on journalists in the office of the Kazakhstan International Bureau for Human Rights',
      ru: 'Нападение на журналистов в офисе Казахстанского международного бюро по правам человека',
      kk: 'Қазақстан халықаралық адам құқықтары бюросының кеңсесінде журналистерге шабуыл',
    },
    description: {
      en: `${ADILSOZ_KIBHR} Despite the fact that the victims provided the police with photos and videos of the attackers and even identified some of them, things haven't got forward an inch.`,
    },
    series: false,
    violations: [
      { typeCode: 'assault', victim: null, description: { en: 'Journalists (not named in the source)' } },
    ],
    from: [{ seed: 'adilsoz', quote: ADILSOZ_KIBHR }],
  },
  {
    key: 'wave-since-september',
    date: { start: '2022-09', end: '2023-02-21' },
    place: { region: null, city: null, type: null },
    title: {
      en: 'Attacks on six journalists and bloggers and one associated person since September 2022',
      ru: 'Нападения на шестерых журналистов и блогеров и одного связанного с ними человека с сентября 2022 года',
      kk: '2022 жылдың қыркүйегінен бері алты журналист пен блогерге және олармен байланысты бір адамға шабуылдар',
    },
    description: { en: `${CPJ_POLICE} ${CPJ_NO_ORGANISERS}` },
    series: true,
    violations: [
      {
        typeCode: 'assault',
        victim: null,
        description: {
          en: 'Attacks on six journalists and bloggers and one associated individual; not named, kinds of attack not given',
        },
      },
    ],
    from: [
      { seed: 'cpj', quote: CPJ_POLICE },
      { seed: 'cpj', quote: CPJ_NO_ORGANISERS },
    ],
  },
];
