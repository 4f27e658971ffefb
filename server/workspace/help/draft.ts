import { formatDateTime, t } from '../../../shared/i18n/index.js';
import { isLanguage, type Language } from '../../../shared/languages.js';
import type { MessageBody, ReportField } from '../../modules/help/help.types.js';
import type { FormValues } from '../incidents/incident-form.js';
import { placeOf } from './draft-place.js';

const TITLE_CHARS = 140;
const SOCIAL =
  /(^|\.)(t\.me|telegram\.org|facebook\.com|fb\.com|instagram\.com|x\.com|twitter\.com|youtube\.com|youtu\.be|tiktok\.com|vk\.com|ok\.ru|threads\.net|whatsapp\.com)$/i;

/** The web addresses a report's "links" field holds, one source each (anything else stays in the text). */
export function linksOf(text: string | undefined): string[] {
  const found = (text ?? '').match(/https?:\/\/[^\s<>"']+/gi) ?? [];
  const urls = found.flatMap((raw) => {
    try {
      return [new URL(raw.replace(/[),.;]+$/, '')).toString()];
    } catch {
      return [];
    }
  });
  return [...new Set(urls)].slice(0, 20);
}

const sourceType = (url: string) =>
  SOCIAL.test(new URL(url).hostname) ? 'social_media_post' : 'media_report';

/** "12.03.2026", "2026-03-12" or "12/03/2026" as an incident date; anything vaguer stays in the description. */
export function dateOf(when: string | undefined): string {
  const w = (when ?? '').trim();
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(w);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(w);
  if (dmy) return `${dmy[3]}-${(dmy[2] as string).padStart(2, '0')}-${(dmy[1] as string).padStart(2, '0')}`;
  return '';
}

/** A title from the first sentence of "what happened", cut at a word. */
export function titleOf(what: string): string {
  const first =
    what
      .trim()
      .split(/(?<=[.!?])\s|\n/)[0]
      ?.trim() ?? '';
  if ([...first].length <= TITLE_CHARS) return first;
  const cut = [...first].slice(0, TITLE_CHARS).join('');
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_CHARS / 2)).trim()}…`;
}

const DESCRIBED: ReportField[] = ['what', 'when', 'where', 'targeted', 'by_whom'];

/**
 * The incident editor's fields pre-filled from a report, in the report's language: what, when,
 * where and who into the title and description, the links as (non-public) sources, the report
 * itself as a testimony source. Nothing is saved; `helpRequest` links the incident on save.
 */
export function draftValues(
  requestId: string,
  draft: { body: MessageBody; createdAt: Date; language: string },
): FormValues {
  const l: Language = isLanguage(draft.language) ? draft.language : 'ru';
  const f = draft.body.fields ?? {};
  const description = DESCRIBED.filter((k) => f[k]?.trim())
    .map((k) => `${t(l, `hd.field.${k}`)}: ${f[k]?.trim()}`)
    .join('\n\n');
  const place = placeOf(f.where);
  const values: FormValues = {
    helpRequest: requestId,
    originalLanguage: l,
    'place.country': 'KZ',
    'place.region': place.region,
    'place.city': place.city,
    'date.start': dateOf(f.when),
    [`title.${l}`]: titleOf(f.what ?? f.question ?? ''),
    [`description.${l}`]: description,
    [`place.detail.${l}`]: f.where?.trim() ?? '',
    'sources.0.type': 'testimony',
    'sources.0.title': t(l, 'hd.draftSource', { date: formatDateTime(l, draft.createdAt) }),
    'sources.0.reliability': 'unknown',
  };
  linksOf(f.links).forEach((url, i) => {
    values[`sources.${i + 1}.type`] = sourceType(url);
    values[`sources.${i + 1}.url`] = url;
  });
  return values;
}
