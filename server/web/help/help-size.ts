import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';

/** A file size as a person reads it: 10 MB, 64 KB. */
export function sizeText(lang: Language, bytes: number): string {
  return bytes >= 1024 * 1024
    ? t(lang, 'hp.size.mb', { n: Math.round(bytes / (1024 * 1024)) })
    : t(lang, 'hp.size.kb', { n: Math.round(bytes / 1024) });
}
