import type { LocalizedText } from '../../../shared/languages.js';
import type { InterventionRow } from '../../db/schema.js';

/** A letter is overdue when no reply has come and its deadline is behind us. */
export function isOverdue(row: Pick<InterventionRow, 'reply_status' | 'deadline'>, today: string): boolean {
  return row.reply_status === 'none_yet' && row.deadline !== null && row.deadline < today;
}

/** Internal and public readers get the same fields, less visibility and version for the public. */
export function presentIntervention(
  row: InterventionRow,
  incidentIds: string[],
  today: string,
  audience: 'internal' | 'public',
) {
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
    ...(audience === 'internal' ? { visibility: row.visibility, version: row.version } : {}),
  };
}
