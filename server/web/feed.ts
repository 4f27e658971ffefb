import { t } from '../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../shared/languages.js';
import { searchQuery } from '../../shared/text/transliterate.js';
import type { Db } from '../db/database.js';
import { presentPartialDate } from '../http/common.schema.js';
import { latestRecorded } from '../modules/incidents/incident-list.repo.js';
import type { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import { pickText } from './labels.js';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch] as string,
  );

/**
 * An Atom feed of the public incidents the filters select, newest recorded first, titled in the
 * reader's language (names withheld as on the pages).
 */
export async function incidentFeed(
  db: Db,
  lang: Language,
  query: IncidentQuery,
  origin: string,
  selfUrl: string,
  stalledAfterDays: number,
) {
  const rows = await latestRecorded(
    db,
    { ...query, tsquery: query.q ? searchQuery(query.q) : null, publicOnly: true, stalledAfterDays },
    50,
  );
  const updated = rows[0] ? new Date(rows[0].updated_at).toISOString() : new Date(0).toISOString();
  const entries = rows.map((r) => {
    const title = pickText(r.public_title as LocalizedText, lang, r.original_language).text;
    const url = `${origin}/${lang}/incidents/${r.reference}`;
    return `  <entry>
    <id>urn:uuid:${r.id}</id>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${new Date(r.created_at).toISOString()}</published>
    <updated>${new Date(r.updated_at).toISOString()}</updated>
    <summary>${escapeXml(`${r.reference}${r.date_start ? ` · ${presentPartialDate(r.date_start, r.date_precision)}` : ''}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${escapeXml(selfUrl)}</id>
  <title>${escapeXml(`${t(lang, 'site.name')} — ${t(lang, 'list.title')}`)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(selfUrl.replace('/incidents.atom', '/incidents'))}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(t(lang, 'site.name'))}</name></author>
${entries.join('\n')}
</feed>
`;
}
