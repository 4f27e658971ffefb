import { LANGUAGES, type Language } from '../languages.js';
import type { Redactor } from './redact.js';

/*
 * Public presenters build their whole output and hand it to redactDocument once, instead of
 * redacting field by field: a field added to a public document tomorrow is redacted without anyone
 * remembering to. The pass is fail-safe by default: every string is text unless its key says it is an
 * identifier, a reference or a date (which a name cannot hide in, and which must survive intact
 * for links to work). A URL cannot lose a word and still lead somewhere, so a URL naming a withheld
 * person is dropped whole.
 */

const IDENTIFIER_KEYS = new Set([
  'id',
  'key',
  'victim',
  'reference',
  'sha256',
  'language',
  'originalLanguage',
]);
const IDENTIFIER_SUFFIX = /(Id|Ids|At|On|sha256)$/;
const URL_KEYS = new Set(['url']);

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

function urlWords(url: string): string {
  let text = url;
  try {
    text = decodeURIComponent(url);
  } catch {
    // keep the raw URL when it is not valid percent-encoding
  }
  // "/news/zhanna-secretova-beaten": separators of paths and queries split words.
  return text.replace(/[-_/+.?=&%#~:]+/g, ' ');
}

function redactValue(value: unknown, key: string, redactor: Redactor, lang: Language): unknown {
  if (typeof value === 'string') {
    if (IDENTIFIER_KEYS.has(key) || IDENTIFIER_SUFFIX.test(key)) return value;
    if (URL_KEYS.has(key)) return redactor.names(urlWords(value)) ? null : value;
    return redactor.text(value, isLanguage(key) ? key : lang);
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key, redactor, lang));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    // A record that says its language (a source) gets that language's marker in its plain texts.
    const own = isLanguage(record.language) ? record.language : lang;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = redactValue(v, k, redactor, own);
    return out;
  }
  return value;
}

/**
 * Every text of a public document with the withheld names removed: strings in the languages' own
 * markers (`kk`, `ru`, `en` keys), other strings in `lang`, URLs naming someone dropped.
 */
export function redactDocument<T>(document: T, redactor: Redactor, lang: Language = 'en'): T {
  if (redactor.empty) return document;
  return redactValue(document, '', redactor, lang) as T;
}
