import { KAZAKHSTAN_PLACES } from '../shared/gazetteer/kazakhstan.js';
import { TYPOLOGY } from '../shared/vocabularies/typology.js';

/*
 * Synthetic incidents with the shape of real monitoring data: obstruction and threats far more
 * common than killings, incidents concentrated in the big cities, more incidents in recent years
 * than in 2000, and a minority of journalists who are targeted again and again.
 */

/** A deterministic pseudo-random generator, so every run measures the same data. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, items: [T, number][]): () => T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = random() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as [T, number])[0];
  };
}

// Relative frequency of each typology group in monitoring reports (Adil Soz's 2021 counts:
// 77 interference, 30 threats, 16 attacks, 7 detentions, 2 surveillance).
const GROUP_WEIGHTS: Record<string, number> = { A: 0.5, B: 12, C: 25, D: 5, E: 8, F: 12, G: 55, H: 8, I: 2 };
const REGION_WEIGHTS: Record<string, number> = { 'KZ-ALA': 20, 'KZ-AST': 14, 'KZ-SHY': 8 };
const ROLES: [string, number][] = [
  ['journalist', 60],
  ['camera_operator', 12],
  ['editor', 10],
  ['blogger', 10],
  ['photographer', 4],
  ['family_member', 4],
];
const FIRST = [
  'Айгерим',
  'Асель',
  'Нурлан',
  'Ерлан',
  'Динара',
  'Самат',
  'Наталья',
  'Оксана',
  'Роман',
  'Вадим',
  'Азамат',
  'Жанна',
  'Бахыт',
  'Гульнара',
  'Мария',
  'Дмитрий',
  'Тимур',
  'Алия',
];
// Surname roots and endings: about 500 surnames, a few common and many rare, as in a real registry.
const ROOTS = [
  'Ахмет',
  'Садык',
  'Иман',
  'Волк',
  'Егор',
  'Борейк',
  'Майтан',
  'Джакуп',
  'Матас',
  'Нургали',
  'Касым',
  'Омар',
  'Серик',
  'Петр',
  'Жумаба',
  'Иса',
  'Бек',
  'Абдрахман',
  'Тулеген',
  'Есим',
  'Кенжебек',
  'Нуртаз',
  'Смагул',
  'Орлов',
  'Соколов',
  'Жаксылык',
  'Мухамеджан',
  'Байтурсын',
  'Сулейменов',
  'Кунанбай',
  'Алибек',
  'Ермек',
  'Токта',
  'Рахим',
  'Даулет',
  'Галым',
  'Муратбек',
  'Аман',
  'Калиев',
  'Шаймерден',
  'Досым',
  'Жанабай',
  'Каримов',
  'Ильяс',
  'Уразал',
  'Сапар',
  'Оспан',
  'Нурлыбек',
  'Ергали',
  'Бакыт',
  'Кайрат',
  'Марат',
  'Серикбол',
  'Темир',
  'Жаныбек',
  'Асыл',
  'Бауыржан',
  'Куаныш',
  'Ерболат',
  'Мирас',
  'Айдос',
];
const ENDINGS = ['ов', 'ев', 'ин', 'улы', 'кызы', 'бай', 'бек', 'о'];
const LAST = ROOTS.flatMap((root) => ENDINGS.map((ending) => root + ending));

// A spelling scheme of its own (BGN-like: й → y, қ → q), not the search's folding table, so that
// the benchmark's Latin queries exercise the folding rather than mirror it.
const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'gh',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A surname written the way an English-language report would spell it. */
export function latinSpelling(cyrillic: string): string {
  const latin = [...cyrillic.toLowerCase()].map((ch) => LATIN[ch] ?? ch).join('');
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** A surname a searcher might type: common ones more often, like the names in the data. */
export function surnameSampler(random: () => number): () => string {
  return () => LAST[Math.floor(random() ** 1.5 * LAST.length)] as string;
}

export interface SyntheticPerson {
  name: string;
  roles: string[];
  consent: boolean;
}

export interface SyntheticIncident {
  date: string;
  region: string;
  city: string | null;
  typeCodes: string[];
  groups: string[];
  victims: number[];
  title: { en: string; ru: string };
  visibility: 'public' | 'restricted' | 'confidential';
  verification: 'reported' | 'verifying' | 'verified' | 'published';
  actorTypes: string[];
  accountability: 'pending' | 'impunity' | 'partial' | 'justice' | 'unknown';
  firstCaseEventOn: string | null;
  lastCaseEventOn: string | null;
}

const ACTORS: [string[], number][] = [
  [['unidentified'], 35],
  [['police'], 20],
  [['local_officials'], 10],
  [['private_individual'], 10],
  [['private_security'], 5],
  [['national_security'], 5],
  [['police', 'unidentified'], 5],
  [[], 10],
];
// Most cases end in impunity or are never known; few end in a conviction.
const OUTCOMES: [SyntheticIncident['accountability'], number][] = [
  ['unknown', 30],
  ['impunity', 40],
  ['pending', 20],
  ['partial', 6],
  ['justice', 4],
];

function addDays(day: string, days: number): string {
  const date = new Date(Date.parse(day) + days * 86400000);
  const today = new Date();
  return (date > today ? today : date).toISOString().slice(0, 10);
}

/** A pool of people; the first ones are chosen far more often (recurring victims). */
export function generatePeople(count: number, seed = 1): SyntheticPerson[] {
  const random = rng(seed);
  const role = weighted(random, ROLES);
  const surname = surnameSampler(random);
  return Array.from({ length: count }, (_, i) => ({
    name: `${FIRST[Math.floor(random() * FIRST.length)]} ${surname()} ${i}`,
    roles: [role()],
    consent: random() < 0.8,
  }));
}

/** A generator of incidents over 2000–2024 whose victims come from a pool of `people` people. */
export function incidentGenerator(people: number, seed = 2) {
  const random = rng(seed);
  const codesByGroup = new Map<string, string[]>();
  for (const t of TYPOLOGY)
    if (t.parent) codesByGroup.set(t.parent, [...(codesByGroup.get(t.parent) ?? []), t.code]);
  const group = weighted(random, Object.entries(GROUP_WEIGHTS));
  const regions = KAZAKHSTAN_PLACES.filter((p) => p.kind === 'region');
  const region = weighted(
    random,
    regions.map((r) => [r.code, REGION_WEIGHTS[r.code] ?? 3] as [string, number]),
  );
  const citiesOf = new Map<string, string[]>();
  for (const c of KAZAKHSTAN_PLACES)
    if (c.kind === 'city' && c.parent) citiesOf.set(c.parent, [...(citiesOf.get(c.parent) ?? []), c.code]);
  const visibility = weighted(random, [
    ['public', 80],
    ['restricted', 15],
    ['confidential', 5],
  ] as [SyntheticIncident['visibility'], number][]);
  const verification = weighted(random, [
    ['published', 60],
    ['verified', 20],
    ['verifying', 10],
    ['reported', 10],
  ] as [SyntheticIncident['verification'], number][]);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const actors = weighted(random, ACTORS);
  const outcome = weighted(random, OUTCOMES);
  // Skewed towards the front of the pool: the most targeted person is a victim in about one
  // incident in 2,000, as a handful of journalists are in real monitoring data.
  const victim = () => Math.floor(random() ** 1.5 * people);
  return (): SyntheticIncident => {
    // Later years are more frequent: density grows linearly from 2000 to 2024.
    const year = 2000 + Math.floor(Math.sqrt(random()) * 25);
    const day = new Date(Date.UTC(year, 0, 1 + Math.floor(random() * 365))).toISOString().slice(0, 10);
    const groups = [group()];
    if (random() < 0.3) groups.push(group());
    const typeCodes = [...new Set(groups.map((g) => pick(codesByGroup.get(g) ?? [])))];
    const r = region();
    const cities = citiesOf.get(r) ?? [];
    const victims = [
      ...new Set(Array.from({ length: random() < 0.85 ? 1 : 2 + Math.floor(random() * 3) }, victim)),
    ];
    return {
      date: day,
      region: r,
      city: cities.length && random() < 0.6 ? pick(cities) : null,
      typeCodes,
      groups: [...new Set(groups)].sort(),
      victims,
      title: {
        en: `Incident: ${typeCodes.join(', ').replaceAll('_', ' ')}`,
        ru: `Инцидент: ${typeCodes.join(', ')}`,
      },
      visibility: visibility(),
      verification: verification(),
      actorTypes: actors(),
      ...caseOf(outcome(), day, random),
    };
  };
}

/** When the case was opened and last moved; only cases that have begun have dates. */
function caseOf(accountability: SyntheticIncident['accountability'], day: string, random: () => number) {
  if (accountability === 'unknown') return { accountability, firstCaseEventOn: null, lastCaseEventOn: null };
  const first = addDays(day, Math.floor(random() * 30));
  return {
    accountability,
    firstCaseEventOn: first,
    lastCaseEventOn: addDays(first, Math.floor(random() * 900)),
  };
}
