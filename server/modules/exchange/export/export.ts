import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Language } from '../../../../shared/languages.js';
import type { Db } from '../../../db/database.js';
import { auditName, type Principal } from '../../../http/auth.js';
import { loadLabels } from '../../../web/labels.js';
import { csvRowsStream, mapRows, xlsxRowsStream } from '../../../web/open-data/downloads.js';
import type { IncidentQuery } from '../../incidents/incident-list.schema.js';
import { eventsJson } from './events.js';
import { FLAT_COLUMNS, flatRow, flatWidth } from './flat.js';
import { exportRecords } from './records.js';

export const EXPORT_FORMATS = ['events-json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** The language of the label columns (flat formats). */
  lang: Language;
  query: IncidentQuery;
  stalledAfterDays: number;
  pageSize?: number;
  /** Told of each page of the list as it is read: its size, and the total the list counted. */
  onPage?: (count: number, total: number | null) => void;
}

/**
 * Writes the export of every incident the reader may see (filtered by `query`) to `out`, page by
 * page; answers how many incidents it wrote.
 */
export async function writeExport(db: Db, who: Principal, out: Writable, options: ExportOptions) {
  const records = await exportRecords(db, who, options.query, options.stalledAfterDays, options);
  let written = 0;
  const counted = (async function* () {
    for await (const record of records) {
      written++;
      yield record;
    }
  })();
  if (options.format === 'events-json') {
    await pipeline(Readable.from(eventsJson(counted, auditName(who))), out);
    return { written, total: records.total };
  }
  const context = { lang: options.lang, labels: await loadLabels(db) };
  const rows = mapRows(counted, (r) => flatRow(r, context));
  const web =
    options.format === 'csv'
      ? csvRowsStream(FLAT_COLUMNS, rows)
      : xlsxRowsStream(
          'incidents',
          FLAT_COLUMNS.map((key) => ({ header: key, width: flatWidth(key) })),
          rows,
        );
  await pipeline(Readable.fromWeb(web as never), out);
  return { written, total: records.total };
}
