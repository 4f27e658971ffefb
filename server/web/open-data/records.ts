import type { Language } from '../../../shared/languages.js';
import { type Redactor, redactorFor } from '../../../shared/text/redact.js';
import type { Db } from '../../db/database.js';
import { PUBLIC } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { todayUtc } from '../../modules/cases/accountability.effective.js';
import { loadCase } from '../../modules/cases/case.load.js';
import { presentPublicCase } from '../../modules/cases/case.presenter.js';
import type { presentPublicIncident } from '../../modules/incidents/incident.presenter.js';
import { readIncident } from '../../modules/incidents/incident.service.js';
import type { IncidentQuery } from '../../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../../modules/incidents/incident-list.service.js';
import { withheldNamesByIncident } from '../../modules/incidents/redaction.js';

/** One incident as a public page shows it: the redacted document and the redacted case. */
export interface PublicRecord {
  incident: ReturnType<typeof presentPublicIncident> & {
    accountability: { status: string; reason: string };
  };
  story: ReturnType<typeof presentPublicCase>;
}

/** Incidents read per page of the list; one page is all a download holds in memory. */
const PAGE = 100;

/**
 * Every public incident the filters select, in the list's order, one page at a time. The list
 * is the public list (its public scope), and each incident is then read as its public page reads
 * it (the gate, the public presenter and the incident's own redaction), so a download cannot hold
 * anything the pages do not show. An incident withdrawn between the list and the read is skipped.
 * The first page is read before this returns, so filters the public may not use are refused
 * before a download has begun.
 */
export async function publicRecords(
  db: Db,
  query: IncidentQuery,
  stalledAfterDays: number,
  lang: Language,
  pageSize = PAGE,
): Promise<AsyncIterable<PublicRecord>> {
  const pageAt = (cursor: string | undefined) =>
    listIncidents(db, { ...query, limit: pageSize, facets: false, cursor }, PUBLIC, stalledAfterDays);
  const first = await pageAt(query.cursor);
  return (async function* () {
    let page = first;
    for (;;) {
      // The cases' redactions for the whole page at once (the documents' come with each read).
      const withheld = await withheldNamesByIncident(
        db,
        page.items.map((i) => i.id),
      );
      for (const item of page.items) {
        const redactor = redactorFor(withheld.get(item.id) ?? []);
        const record = await publicRecord(db, item.id, stalledAfterDays, lang, redactor);
        if (record) yield record;
      }
      if (!page.nextCursor) return;
      page = await pageAt(page.nextCursor);
    }
  })();
}

async function publicRecord(
  db: Db,
  id: string,
  stalledAfterDays: number,
  lang: Language,
  redactor: Redactor,
): Promise<PublicRecord | null> {
  try {
    const incident = (await readIncident(db, PUBLIC, id, stalledAfterDays)) as PublicRecord['incident'];
    const parts = await loadCase(db, id, true);
    if (!parts || !('victims' in incident)) return null;
    const story = presentPublicCase(parts, todayUtc(), stalledAfterDays, redactor, lang);
    return { incident, story };
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  }
}
