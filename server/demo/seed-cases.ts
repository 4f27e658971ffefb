import type { LegalStatus, ProceedingEventType } from '../../shared/accountability/codes.js';
import type { LocalizedText } from '../../shared/languages.js';
import type { Provenance } from './seed-documents.js';
import {
  ADILSOZ_KIBHR,
  ADILSOZ_MAITANOV,
  ADILSOZ_MATASOVA,
  ADILSOZ_MATASOVA_2,
  ADILSOZ_PETROPAVLOVSK,
  CPJ_NO_ORGANISERS,
  CPJ_POLICE,
} from './seed-records.js';

/*
 * What the seed documents say about each case: who was involved, what the authorities did, what
 * the organisations did, and the figures and index rank they cite. Every record cites its
 * sentence; dates are left empty where the documents give none.
 */

export interface DemoInvolvement {
  incident: string;
  actorType: string;
  actorName: LocalizedText;
  role: 'executor' | 'organiser';
  headcount: number;
  status: LegalStatus;
  statusOn: string | null;
  from: Provenance;
}

export interface DemoProceeding {
  incident: string;
  events: {
    type: ProceedingEventType;
    on: string | null;
    reason?: string;
    note?: string;
    from: Provenance;
  }[];
}

const CPJ_DEPUTY_MINISTER =
  'On February 23, Marat Kozhayev, the deputy minister of Internal Affairs, told reporters that “practically all” perpetrators of recent attacks on journalists have been arrested but that it’s “too early to talk” about orders and incentives for the attacks.';
const CPJ_EMAIL = 'CPJ’s email to the Ministry of Internal Affairs did not receive a reply.';
const CPJ_TITLE =
  'CPJ calls on authorities to arrest organizers of attacks on independent journalists in Kazakhstan';
const CPJ_CALL =
  'Stockholm, February 23, 2023 – Kazakh authorities must thoroughly investigate a fresh wave of attacks on independent journalists and ensure that all involved are held to account, the Committee to Protect Journalists said Thursday.';
const ADILSOZ_BLAMED =
  'Despite the\u00a0 video recordings, the law enforcement authorities considered that the journalists were to blame.';
const ADILSOZ_NO_PROGRESS =
  "Despite the fact that the victims provided the police with photos and videos of the attackers and even identified some of them, things haven't got forward an inch.";
export const ADILSOZ_COUNTS =
  'Since the beginning of the year, “Adil Soz” has recorded 77 cases of interfering with legal professional activity of journalist, 7 detentions of media workers, 16 attacks on journalists, 2 cases of surveillance, 30 threats.';
export const ADILSOZ_RANK =
  'So there is no surprise that Kazakhstan ranked 155 out of 180 in the Press Freedom Index, losing even to such countries as Honduras, Pakistan and South Sudan and getting into the "red zone".';

export const DEMO_INVOLVEMENTS: DemoInvolvement[] = [
  {
    incident: 'yegorov-arson',
    actorType: 'unidentified',
    actorName: { en: 'An unidentified person' },
    role: 'executor',
    headcount: 1,
    status: 'unidentified',
    statusOn: null,
    from: { seed: 'cpj', quote: 'An unidentified person set fire to two cars belonging to Roman Yegorov' },
  },
  {
    incident: 'wave-since-september',
    actorType: 'unidentified',
    actorName: { en: '18 individuals accused of the attacks' },
    role: 'executor',
    headcount: 18,
    status: 'detained',
    statusOn: '2023-02-21',
    from: { seed: 'cpj', quote: CPJ_POLICE },
  },
  {
    incident: 'wave-since-september',
    actorType: 'unidentified',
    actorName: { en: 'Those who ordered the attacks' },
    role: 'organiser',
    headcount: 1,
    status: 'unidentified',
    statusOn: null,
    from: { seed: 'cpj', quote: CPJ_NO_ORGANISERS },
  },
  {
    incident: 'matasova-kokshetau',
    actorType: 'private_individual',
    actorName: { en: 'The man who attacked Oksana Matasova' },
    role: 'executor',
    headcount: 1,
    status: 'identified',
    statusOn: null,
    from: { seed: 'adilsoz', quote: ADILSOZ_MATASOVA },
  },
  {
    incident: 'petropavlovsk-guards',
    actorType: 'private_security',
    actorName: { en: 'Security guards of a shopping center in Petropavlovsk' },
    role: 'executor',
    headcount: 1,
    status: 'identified',
    statusOn: null,
    from: { seed: 'adilsoz', quote: ADILSOZ_PETROPAVLOVSK },
  },
];

export const DEMO_PROCEEDINGS: DemoProceeding[] = [
  {
    incident: 'wave-since-september',
    events: [
      {
        type: 'detained',
        on: '2023-02-21',
        note: '18 individuals detained',
        from: { seed: 'cpj', quote: CPJ_POLICE },
      },
    ],
  },
  {
    incident: 'matasova-kokshetau',
    events: [
      { type: 'case_opened', on: null, from: { seed: 'adilsoz', quote: ADILSOZ_MATASOVA } },
      {
        type: 'dropped',
        on: null,
        reason: 'The attacker "did not hear" the journalist introduce herself',
        from: { seed: 'adilsoz', quote: ADILSOZ_MATASOVA_2 },
      },
    ],
  },
  {
    incident: 'petropavlovsk-guards',
    events: [
      {
        type: 'victim_blamed',
        on: null,
        note: 'Despite video recordings',
        from: { seed: 'adilsoz', quote: ADILSOZ_BLAMED },
      },
    ],
  },
  {
    incident: 'maitanov-threats',
    events: [
      { type: 'complaint_filed', on: '2021-06-10', from: { seed: 'adilsoz', quote: ADILSOZ_MAITANOV } },
    ],
  },
  {
    incident: 'kibhr-office',
    events: [
      {
        type: 'case_opened',
        on: '2019-07',
        note: 'Under investigation since July 2019',
        from: { seed: 'adilsoz', quote: ADILSOZ_KIBHR },
      },
      {
        type: 'no_information',
        on: '2021-11-02',
        note: 'No progress as of 2 November 2021',
        from: { seed: 'adilsoz', quote: ADILSOZ_NO_PROGRESS },
      },
    ],
  },
];

export interface DemoIntervention {
  kind: 'statement' | 'email';
  issuedOn: string | null;
  issuedBy: string;
  title: LocalizedText;
  addressee: string | null;
  incidents: string[];
  from: Provenance;
}

export const DEMO_INTERVENTIONS: DemoIntervention[] = [
  {
    kind: 'statement',
    issuedOn: '2023-02-23',
    issuedBy: 'Committee to Protect Journalists',
    title: { en: CPJ_TITLE },
    addressee: null,
    incidents: ['yegorov-arson', 'moldabekov-assault', 'wave-since-september'],
    from: { seed: 'cpj', quote: CPJ_CALL },
  },
  {
    kind: 'email',
    issuedOn: null,
    issuedBy: 'Committee to Protect Journalists',
    title: { en: 'Email to the Ministry of Internal Affairs of Kazakhstan' },
    addressee: 'Ministry of Internal Affairs of Kazakhstan',
    incidents: ['yegorov-arson', 'moldabekov-assault', 'wave-since-september'],
    from: { seed: 'cpj', quote: CPJ_EMAIL },
  },
  {
    kind: 'statement',
    issuedOn: '2021-11-02',
    issuedBy: 'International Foundation for Freedom of Speech Protection "Adil Soz"',
    title: { en: 'Today is the International Day to End Impunity for Crimes against Journalists' },
    addressee: null,
    incidents: ['matasova-kokshetau', 'petropavlovsk-guards', 'maitanov-threats', 'kibhr-office'],
    from: {
      seed: 'adilsoz',
      quote: 'The reasons why the perpetrators evade responsibility often reach absurd lengths.',
    },
  },
];

/** The deputy minister's words, kept as an official statement among the wave's sources. */
export const DEMO_OFFICIAL_STATEMENT = {
  incident: 'wave-since-september',
  from: { seed: 'cpj', quote: CPJ_DEPUTY_MINISTER } as Provenance,
};

/** Adil Soz's counts for 1 January – 2 November 2021, with the typology groups they match. */
export const DEMO_FIGURES: { category: LocalizedText; typeCodes: string[]; count: number }[] = [
  {
    category: {
      en: 'cases of interfering with legal professional activity of journalist',
      ru: 'воспрепятствование законной профессиональной деятельности журналиста',
    },
    typeCodes: ['G'],
    count: 77,
  },
  {
    category: { en: 'detentions of media workers', ru: 'задержания журналистов' },
    typeCodes: ['E'],
    count: 7,
  },
  { category: { en: 'attacks on journalists', ru: 'нападения на журналистов' }, typeCodes: ['B'], count: 16 },
  { category: { en: 'cases of surveillance', ru: 'слежка' }, typeCodes: ['I'], count: 2 },
  { category: { en: 'threats', ru: 'угрозы' }, typeCodes: ['C'], count: 30 },
];
