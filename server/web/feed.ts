import { formatDate, t } from '../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../shared/languages.js';
import { searchQuery } from '../../shared/text/transliterate.js';
import type { Db } from '../db/database.js';
import { PUBLIC } from '../http/auth.js';
import { AppError } from '../http/errors.js';
import { readIncident } from '../modules/incidents/incident.service.js';
import { latestRecorded } from '../modules/incidents/incident-list.repo.js';
import type { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import { placeText } from '../views/incidents/summary.js';
import { loadLabels, pickText } from './labels.js';

/** A summary longer than this is cut at a word and ends with an ellipsis; the page has the rest. */
const SUMMARY_LIMIT = 600;

function shorten(text: string): string {
  if (text.length <= SUMMARY_LIMIT) return text;
  const cut = text.slice(0, SUMMARY_LIMIT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LIMIT / 2)).trimEnd()}…`;
}

type PublicDocument = Awaited<ReturnType<typeof readIncident>> & {
  description: LocalizedText;
  violations: { typeCode: string }[];
  place: Parameters<typeof placeText>[1];
};

/** The incident as its public page shows it (redacted), or null when it was withdrawn meanwhile. */
async function publicDocument(db: Db, id: string, stalledAfterDays: number) {
  try {
    return (await readIncident(db, PUBLIC, id, stalledAfterDays)) as PublicDocument;
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  }
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch] as string,
  );

/**
 * An Atom feed of the public incidents the filters select, newest recorded first, in the
 * reader's language: each entry's title, a summary (date, place and the public description) and
 * its types as categories with their labels, all read through the public page's own document, so
 * names are withheld as on the pages.
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
  const labels = await loadLabels(db);
  const entries: string[] = [];
  for (const r of rows) {
    const doc = await publicDocument(db, r.id, stalledAfterDays);
    if (!doc) continue;
    const title = pickText(doc.title, lang, r.original_language).text;
    const url = `${origin}/${lang}/incidents/${r.reference}`;
    const when = doc.date ? formatDate(lang, doc.date.start, doc.date.precision) : null;
    const facts = [r.reference, when, placeText(lang, doc.place, labels)].filter(Boolean).join(' · ');
    const description = pickText(doc.description, lang, r.original_language).text;
    const summary = description ? `${facts}. ${shorten(description)}` : facts;
    const categories = [...new Set(doc.violations.map((v) => v.typeCode))].map(
      (code) =>
        `    <category term="${escapeXml(code)}" scheme="${escapeXml(`${origin}/${lang}/methodology`)}" label="${escapeXml(labels.terms.get(`typology/${code}`)?.[lang] ?? code)}"/>`,
    );
    entries.push(`  <entry>
    <id>urn:uuid:${r.id}</id>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${new Date(r.created_at).toISOString()}</published>
    <updated>${new Date(r.updated_at).toISOString()}</updated>
${categories.join('\n')}${categories.length ? '\n' : ''}    <summary>${escapeXml(summary)}</summary>
  </entry>`);
  }
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
