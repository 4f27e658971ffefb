import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as accountability from '../accountability/labels.js';
import { LANGUAGES, type Language } from '../languages.js';
import { yearToDateSentences } from '../statistics/summary.js';
import { VOCABULARIES } from '../vocabularies/index.js';
import { CATALOGS } from './index.js';

/*
 * Guards docs/GLOSSARY.md: every text a reader can see, from every catalog, vocabulary,
 * accountability label and generated sentence, checked for the variants the glossary rules out.
 */

interface Text {
  lang: Language;
  where: string;
  text: string;
}

function catalogTexts(): Text[] {
  return LANGUAGES.flatMap((lang) =>
    Object.entries(CATALOGS[lang]).flatMap(([key, value]) =>
      (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>)).map((text) => ({
        lang,
        where: key,
        text,
      })),
    ),
  );
}

function termTexts(): Text[] {
  const terms = [
    ...Object.entries(VOCABULARIES).flatMap(([name, list]) =>
      list.map((term) => ({
        where: `${name}/${term.code}`,
        label: term.labels,
        definition: term.definitions,
      })),
    ),
    ...Object.entries(accountability).flatMap(([table, list]) =>
      Object.entries(list as Record<string, accountability.Term>).map(([code, term]) => ({
        where: `${table}.${code}`,
        ...term,
      })),
    ),
  ];
  return terms.flatMap((term) =>
    LANGUAGES.flatMap((lang) => [
      { lang, where: term.where, text: term.label[lang] },
      { lang, where: `${term.where} (definition)`, text: term.definition[lang] },
    ]),
  );
}

function summaryTexts(): Text[] {
  const counts: Record<string, number>[] = [
    {},
    { C: 1 },
    { C: 21, A: 3, I: 5 },
    { B: 2, D: 11, E: 4, F: 101, G: 7, H: 1 },
  ];
  return counts.flatMap((figures, i) => {
    const sentences = yearToDateSentences(2026, 'Qorgau', figures);
    return LANGUAGES.map((lang) => ({ lang, where: `summary #${i}`, text: sentences[lang] }));
  });
}

const TEXTS = [...catalogTexts(), ...termTexts(), ...summaryTexts()];

function offenders(test: (t: Text) => boolean): string[] {
  return TEXTS.filter(test).map((t) => `${t.lang} ${t.where}: ${t.text}`);
}

// Letters only: JavaScript's \b knows no Cyrillic.
const word = (w: string) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'iu');

/** What the glossary rules out, by language, with the word to use instead. */
const FORBIDDEN: Record<Language, [RegExp, string][]> = {
  kk: [
    [/жазасыз қалу/iu, 'жазасыздық'],
    [/мүмкін қайталану/iu, 'ықтимал қайталанулар'],
    [/жәбірлен/iu, 'зардап шеккен'],
    [/зардап шегуші/iu, 'зардап шеккен'],
    [/(?<!құқық )(?<!\p{L})бұзушы(?!лы[қғ])/iu, 'құқық бұзушы'],
    [/есептік жазба/iu, 'тіркелгі'],
    [word('форма(?:ның|да|ны|ға|сы)?'), 'пішін'],
    [/процестік/iu, 'іс жүргізу'],
    [/қайталанған жазба/iu, 'қайталама'],
    // "Не" is "what" only before these; everywhere else it is "or", which is written "немесе".
    [word('не(?! (болды|болғаны|істелді|істеу|өзгерді|делінген|үшін)(?!\\p{L}))'), 'немесе'],
  ],
  ru: [
    [word('жертв\\p{L}*'), 'пострадавший'],
    [/ни один инцидент не похож/iu, 'похожих инцидентов не найдено'],
    [/зафиксировал\(а\)/iu, 'зафиксировал (an organisation agrees as masculine)'],
    [/назначил\(а\) исполнителя/iu, 'ответственный'],
    [/отметить как проверенное/iu, 'проверенный (инцидент)'],
  ],
  en: [
    [word('executors?'), 'perpetrator'],
    [/not right\./iu, 'incorrect'],
  ],
};

test('no variant the glossary rules out appears anywhere a reader can see', () => {
  for (const lang of LANGUAGES) {
    for (const [pattern, instead] of FORBIDDEN[lang]) {
      const found = offenders((t) => t.lang === lang && pattern.test(t.text));
      assert.deepEqual(found, [], `${lang}: ${pattern} — write “${instead}”`);
    }
  }
});

// Names and standard abbreviations that Kazakh and Russian write in Latin letters.
const LATIN_ALLOWED = new Set(
  (
    'Qorgau API CSV JSON XLSX URL ISO Atom OpenAPI CPJ HURIDOCS Mapping Media Freedom Natural Earth ' +
    'Aegis FreeOTP Google Authenticator Pegasus DDoS YouTube Telegram Instagram Facebook TikTok X ' +
    'KZ SEV petropavlovsk SHY UTC PDF JPEG PNG WebP Adil Soz UTF Excel LibreOffice Google Creative Commons ' +
    'CC BY CR LF RFC SHA SMTP ' +
    // The help desk's safety advice names the tools it means and the address it does not keep.
    'Tor Browser Signal IP JavaScript ' +
    // What a person types or sees as it is: a web address's start, file formats (MP3, M4A, 3GP split
    // into letters here), keys, and the language codes a field takes.
    'https http GIF MP M A GP Ogg WAV QuickTime WebM Ctrl Mac kk ru en'
  ).split(' '),
);

test('Kazakh and Russian texts use Latin letters only for names and standard abbreviations', () => {
  const found = offenders(
    (t) =>
      t.lang !== 'en' &&
      (t.text.replace(/\{\w+\}|https?:\/\/\S+/g, '').match(/[A-Za-z]+/g) ?? []).some(
        (w) => !LATIN_ALLOWED.has(w),
      ),
  );
  assert.deepEqual(found, []);
});

test('a direct question ends with a question mark in every language', () => {
  const kk = /(?<!\p{L})(ма|ме|ба|бе|па|пе)(?!\p{L})(?![^.]*\?)/u;
  const ru = /^[\p{L}-]+ ли (?![^.]*\?)/u;
  const en = /^(Was|Were|Did|Is|Are|Has|Have)\s(?![^.]*\?)/u;
  assert.deepEqual(
    offenders((t) => (t.lang === 'kk' ? kk : t.lang === 'ru' ? ru : en).test(t.text)),
    [],
  );
});

test('quotes and dashes as each language writes them', () => {
  assert.deepEqual(
    offenders((t) => t.lang !== 'en' && /["'“”„]/u.test(t.text)),
    [],
    'Kazakh and Russian quote with « »',
  );
  assert.deepEqual(
    offenders((t) => t.lang === 'en' && /["'«»]/u.test(t.text)),
    [],
    'English quotes with “ ” and writes ’',
  );
  assert.deepEqual(
    offenders((t) => / - /u.test(t.text)),
    [],
    'a dash is —, not a hyphen',
  );
});

test('no catalog text shows a key, and each keeps the placeholders of the English one', () => {
  const keyLike =
    /(?<![\p{L}/])(ws|wi|ref|audit|list|nav|stats|method|home|incident|map|error|count|help|site|footer)\.[a-z]/u;
  assert.deepEqual(
    offenders((t) => keyLike.test(t.text)),
    [],
  );
  const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
  const en = CATALOGS.en as Record<string, unknown>;
  const first = (v: unknown) => (typeof v === 'string' ? v : (v as { other: string }).other);
  for (const lang of ['kk', 'ru'] as const) {
    for (const [key, value] of Object.entries(CATALOGS[lang])) {
      assert.deepEqual(placeholders(first(value)), placeholders(first(en[key])), `${lang} ${key}`);
    }
  }
});

test('the help link and the page it opens say the same thing, and so do the three languages', () => {
  for (const lang of LANGUAGES) assert.equal(CATALOGS[lang]['nav.help'], CATALOGS[lang]['help.title'], lang);
  // Asking for help, not asking a question: the page is where a journalist in trouble turns.
  assert.equal(CATALOGS.en['nav.help'], 'Ask for help');
  assert.doesNotMatch(CATALOGS.kk['nav.help'], /сұрақ/iu);
  assert.doesNotMatch(CATALOGS.ru['nav.help'], /вопрос/iu);
});
