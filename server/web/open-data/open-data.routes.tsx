import type { Context } from 'hono';
import type { Language } from '../../../shared/languages.js';
import type { AppEnv } from '../../http/env.js';
import { buildOpenApi } from '../../http/openapi.js';
import { todayUtc } from '../../modules/cases/accountability.effective.js';
import type { IncidentQuery } from '../../modules/incidents/incident-list.schema.js';
import { VERSION } from '../../version.js';
import type { OpenApiDocument } from '../../views/open-data/api-reference.js';
import { DictionaryPage } from '../../views/open-data/dictionary.page.js';
import { OpenDataPage } from '../../views/open-data/open-data.page.js';
import { loadLabels } from '../labels.js';
import { CSV_TYPE, csvStream, XLSX_TYPE, xlsxStream } from './downloads.js';
import { publicRecords } from './records.js';

/*
 * The open-data handlers the portal's routes call (server/web/web.routes.tsx): the CSV and
 * spreadsheet downloads, streamed, and the open-data and dictionary pages.
 */

/** Downloads are written as they are read, so the ETag middleware (which hashes a whole body) skips them. */
export const STREAMED_DOWNLOAD = /^\/(?:kk|ru|en)\/incidents\.(?:csv|xlsx)$/;

async function download(
  c: Context<AppEnv>,
  lang: Language,
  query: IncidentQuery,
  format: 'csv' | 'xlsx',
): Promise<Response> {
  const context = { lang, labels: await loadLabels(c.var.db), origin: new URL(c.req.url).origin };
  const records = await publicRecords(c.var.db, query, c.var.stalledAfterDays, lang);
  c.header('Content-Disposition', `attachment; filename="qorgau-incidents-${lang}.${format}"`);
  return format === 'csv'
    ? c.body(csvStream(records, context), 200, { 'content-type': CSV_TYPE })
    : c.body(xlsxStream(records, context), 200, { 'content-type': XLSX_TYPE });
}

export const csvDownload = (c: Context<AppEnv>, lang: Language, query: IncidentQuery) =>
  download(c, lang, query, 'csv');
export const xlsxDownload = (c: Context<AppEnv>, lang: Language, query: IncidentQuery) =>
  download(c, lang, query, 'xlsx');

export async function openDataPage(c: Context<AppEnv>, lang: Language) {
  const api = buildOpenApi(VERSION) as unknown as OpenApiDocument;
  return <OpenDataPage lang={lang} origin={new URL(c.req.url).origin} today={todayUtc()} api={api} />;
}

export async function dictionaryPage(c: Context<AppEnv>, lang: Language) {
  return <DictionaryPage lang={lang} labels={await loadLabels(c.var.db)} />;
}
