import type { Db } from '../../../db/database.js';
import { audienceOf, type Principal } from '../../../http/auth.js';
import { AppError } from '../../../http/errors.js';
import { todayUtc } from '../../cases/accountability.effective.js';
import { loadCase } from '../../cases/case.load.js';
import { presentCase } from '../../cases/case.presenter.js';
import type { IncidentView } from '../../incidents/incident.schema.js';
import { readIncident } from '../../incidents/incident.service.js';
import type { IncidentQuery } from '../../incidents/incident-list.schema.js';
import { listIncidents } from '../../incidents/incident-list.service.js';
import { presentIntervention } from '../../interventions/intervention.presenter.js';
import { listInterventionsFor } from '../../interventions/intervention.service.js';

/** One incident as its internal reader sees it: the document and its case. */
export interface ExportRecord {
  incident: IncidentView;
  story: ReturnType<typeof presentCase>;
  /** The letters and appeals about it, with only the incidents the reader may see. */
  interventions: ReturnType<typeof presentIntervention>[];
}

/** Incidents read per page of the list; one page is all an export holds in memory. */
export const EXPORT_PAGE = 100;
const READ_AT_ONCE = 8;

/**
 * Every incident the filters select that this reader may see, one page of the list at a time.
 * The list is read with the reader's own scope (confidential incidents only when granted), and each
 * incident then through the gate and the internal presenter, so an export holds exactly what the
 * reader's pages show and nothing more. The public has no internal export: it gets open-data's
 * downloads, which go through the public presenters. `onPage` is told of each page read.
 */
export async function exportRecords(
  db: Db,
  who: Principal,
  query: IncidentQuery,
  stalledAfterDays: number,
  options: { pageSize?: number; onPage?: (count: number, total: number | null) => void } = {},
): Promise<AsyncIterable<ExportRecord> & { total: number | null }> {
  if (audienceOf(who) !== 'internal') {
    throw new AppError('forbidden', 'The internal export is for internal readers; the public has open data', [
      { path: '', code: 'records.read' },
    ]);
  }
  const pageSize = options.pageSize ?? EXPORT_PAGE;
  const pageAt = (cursor: string | undefined, facets: boolean) =>
    listIncidents(db, { ...query, limit: pageSize, facets, cursor }, who, stalledAfterDays);
  // The first page carries the total (for a progress bar) and refuses a bad filter before any write.
  const first = await pageAt(query.cursor, true);
  const records = (async function* () {
    let page = first;
    for (;;) {
      options.onPage?.(page.items.length, first.total);
      // A few incidents are read at once (PostgreSQL serves them on several connections); the
      // order stays the list's, and no more than one page is held.
      for (let at = 0; at < page.items.length; at += READ_AT_ONCE) {
        const batch = page.items.slice(at, at + READ_AT_ONCE);
        const records = await Promise.all(batch.map((i) => exportRecord(db, who, i.id, stalledAfterDays)));
        for (const record of records) if (record) yield record;
      }
      if (!page.nextCursor) return;
      page = await pageAt(page.nextCursor, false);
    }
  })();
  return Object.assign(records, { total: first.total });
}

async function exportRecord(
  db: Db,
  who: Principal,
  id: string,
  stalledAfterDays: number,
): Promise<ExportRecord | null> {
  try {
    const incident = (await readIncident(db, who, id, stalledAfterDays)) as IncidentView;
    const parts = await loadCase(db, id, false);
    if (!parts) return null;
    const today = todayUtc();
    const letters = await listInterventionsFor(db, who, { incidentId: id });
    return {
      incident,
      story: presentCase(parts, today, stalledAfterDays),
      interventions: letters.map((l) => presentIntervention(l.row, l.incidentIds, today)),
    };
  } catch (err) {
    // Withdrawn or deleted between the list and the read: it is simply not in the export.
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  }
}
