import type { Db } from '../db/database.js';
import { PUBLIC } from '../http/auth.js';
import type { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../modules/incidents/incident-list.service.js';
import type { IncidentItem } from '../views/incidents/summary.js';

/** How many incidents the JSON download holds; the API pages through any number, the CSV and XLSX stream them all. */
export const EXPORT_LIMIT = 10_000;

/** Every public incident the filters select, page by page, up to the export limit. */
export async function exportItems(
  db: Db,
  query: IncidentQuery,
  stalledAfterDays: number,
): Promise<IncidentItem[]> {
  const items: IncidentItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await listIncidents(
      db,
      { ...query, limit: 200, facets: false, cursor },
      PUBLIC,
      stalledAfterDays,
    );
    items.push(...(page.items as IncidentItem[]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < EXPORT_LIMIT);
  return items.slice(0, EXPORT_LIMIT);
}
