import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { Redactor } from '../../../shared/text/redact.js';
import { redactDocument } from '../../../shared/text/redact-document.js';
import type { InterventionRow } from '../../db/schema.js';

/** A letter is overdue when no reply has come and its deadline is behind us. */
export function isOverdue(row: Pick<InterventionRow, 'reply_status' | 'deadline'>, today: string): boolean {
  return row.reply_status === 'none_yet' && row.deadline !== null && row.deadline < today;
}

/** The internal view: every field, with visibility and version. Public readers get `presentPublicIntervention`. */
export function presentIntervention(
  row: InterventionRow,
  incidentIds: string[],
  today: string,
  _audience: 'internal' = 'internal',
) {
  return { ...presentShared(row, incidentIds, today), visibility: row.visibility, version: row.version };
}

/**
 * The public view: no visibility or version, only the public incidents it is about, and every
 * text redacted with the names withheld in all the incidents it is linked to (`redactionsOfLinked`).
 */
export function presentPublicIntervention(
  row: InterventionRow,
  publicIncidentIds: string[],
  today: string,
  redactor: Redactor,
  lang: Language = 'en',
) {
  return redactDocument(presentShared(row, publicIncidentIds, today), redactor, lang);
}

function presentShared(row: InterventionRow, incidentIds: string[], today: string) {
  return {
    id: row.id,
    kind: row.kind,
    issuedOn: row.issued_on,
    title: row.title as LocalizedText,
    body: row.body as LocalizedText,
    originalLanguage: row.original_language,
    issuedBy: row.issued_by,
    addressee: row.addressee,
    deadline: row.deadline,
    replyStatus: row.reply_status,
    overdue: isOverdue(row, today),
    replyOn: row.reply_on,
    replyText: row.reply_text,
    url: row.url,
    sourceExcerpt: row.source_excerpt,
    incidentIds,
  };
}
