import ExcelJS from 'exceljs';
import type { App } from '../../server/app.js';
import { findMarkers, type Marker, readable, withoutEchoes } from './markers.js';

const ORIGIN = 'http://localhost';

/** One marker found in one public answer. */
export interface Leak {
  url: string;
  status: number;
  /** Where in the answer: a JSON path, or the text around it. */
  at: string;
  where: string;
  kind: string;
}

/** A public answer, read without credentials. */
export interface Answer {
  url: string;
  status: number;
  text: string;
  headers: Headers;
  json: unknown;
}

/** The JSON paths of string values in which a marker occurs. */
function jsonPaths(value: unknown, marker: Marker, path = '$'): string[] {
  if (typeof value === 'string') return findMarkers([marker], value).length ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonPaths(v, marker, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(findMarkers([marker], k).length ? [`${path}.<key ${k}>`] : []),
      ...jsonPaths(v, marker, `${path}.${k}`),
    ]);
  }
  return [];
}

/** The text around a marker, or a note that only its folded form matched. */
function around(plain: string, marker: Marker): string {
  const lower = plain.toLowerCase();
  let at = lower.indexOf(marker.token.toLowerCase());
  if (at < 0 && marker.alt) at = lower.indexOf(marker.alt.toLowerCase());
  if (at < 0) return '(folded form)';
  return plain
    .slice(Math.max(0, at - 70), at + marker.token.length + 30)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Links to follow in a page or feed: href, src and action targets on this origin, and redirects. */
export function sameOriginLinks(answer: Answer): string[] {
  const out: string[] = [];
  const location = answer.headers.get('location');
  const found = [...answer.text.matchAll(/\b(?:href|src)=["']([^"']+)["']/g)].map((m) => m[1] as string);
  for (const raw of location ? [location, ...found] : found) {
    const href = readable(raw).replace(/&amp;/g, '&');
    let url: URL;
    try {
      url = new URL(href, `${ORIGIN}${new URL(answer.url, ORIGIN).pathname}`);
    } catch {
      continue;
    }
    if (url.origin !== ORIGIN) continue;
    out.push(`${url.pathname}${url.search}`);
  }
  return out;
}

/** Reads the app as the public would and records every marker it shows. */
export class Crawler {
  requests = 0;
  readonly urls = new Set<string>();
  readonly leaks: Leak[] = [];
  readonly seenPublic = new Set<string>();
  readonly statuses = new Map<number, number>();

  constructor(
    private readonly app: App,
    private readonly markers: readonly Marker[],
    private readonly publicMarkers: readonly Marker[],
  ) {}

  /** GET without credentials; `echoes` are what the request carried and may be repeated back. */
  async get(url: string, echoes: string[] = []): Promise<Answer> {
    this.requests += 1;
    this.urls.add(url);
    const res = await this.app.request(url, { headers: { 'accept-language': 'ru' } });
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('spreadsheetml')) return this.answered(url, res, await spreadsheetText(res));
    const text = await res.text();
    let json: unknown = null;
    if (type.includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    return this.answered(url, res, { text, json }, echoes);
  }

  private answered(
    url: string,
    res: Response,
    body: { text: string; json: unknown },
    echoes: string[] = [],
  ): Answer {
    const answer = { url, status: res.status, headers: res.headers, ...body };
    this.statuses.set(res.status, (this.statuses.get(res.status) ?? 0) + 1);
    this.scan(answer, [...echoes, ...requestEchoes(url)]);
    return answer;
  }

  private scan(answer: Answer, echoes: string[]): void {
    const location = answer.headers.get('location') ?? '';
    const everything = `${location}\n${answer.text}`;
    const plain = withoutEchoes(everything, echoes);
    for (const marker of findMarkers(this.markers, everything, echoes)) {
      const paths = answer.json ? jsonPaths(answer.json, marker) : [];
      const at = paths.length
        ? [...new Set(paths.map((p) => p.replace(/\[\d+\]/g, '[]')))].join(', ')
        : around(plain, marker);
      this.leaks.push({ url: answer.url, status: answer.status, at, where: marker.where, kind: marker.kind });
    }
    for (const marker of findMarkers(this.publicMarkers, answer.text)) this.seenPublic.add(marker.where);
  }

  /**
   * Follows every same-origin link from `starts`, breadth first, up to `limit` addresses. Links
   * that only add a page cursor to an address already queued count as new addresses too.
   */
  async crawl(starts: string[], limit: number): Promise<number> {
    const queue = [...starts];
    const queued = new Set(queue);
    let visited = 0;
    while (queue.length && visited < limit) {
      const url = queue.shift() as string;
      visited += 1;
      const answer = await this.get(url);
      for (const link of sameOriginLinks(answer)) {
        if (queued.has(link) || link.startsWith('/api/v1/openapi.json')) continue;
        queued.add(link);
        queue.push(link);
      }
    }
    return visited;
  }

  /** Leaks found since `from` (an index into `leaks`). */
  since(from: number): Leak[] {
    return this.leaks.slice(from);
  }
}

/**
 * A spreadsheet download as text to search: every sheet's name and every cell, read back with the
 * library that wrote it; `json.sheets` keeps the rows, so a leak is reported by sheet, row and column.
 */
async function spreadsheetText(res: Response): Promise<{ text: string; json: unknown }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheets: Record<string, string[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
      );
    });
    sheets[sheet.name] = rows;
  }
  const text = Object.entries(sheets)
    .flatMap(([name, rows]) => [name, ...rows.map((r) => r.join('\t'))])
    .join('\n');
  return { text, json: { sheets } };
}

/** The parts of a request the answer may legitimately repeat: its path and query values. */
function requestEchoes(url: string): string[] {
  const parsed = new URL(url, ORIGIN);
  const segments = parsed.pathname.split('/').map((s) => decodeURIComponent(s));
  return [parsed.pathname, parsed.search, ...segments, ...parsed.searchParams.values()].filter(
    (v) => v.length > 2,
  );
}

/** Leaks grouped by route (ids and references folded), field and marker kind, for the report. */
export function summarise(leaks: readonly Leak[]): string[] {
  const lines = new Map<string, number>();
  for (const leak of leaks) {
    const route = leak.url
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}')
      .replace(/KZ-\d{4}-\d+/g, '{ref}')
      .replace(/\?.*$/, (q) => (q.includes('q=') ? '?q=…' : q.length > 40 ? '?…' : q));
    const key = `${route} [${leak.status}] ${leak.kind}: ${leak.where} @ ${leak.at.replace(/\[\d+\]/g, '[]')}`;
    lines.set(key, (lines.get(key) ?? 0) + 1);
  }
  return [...lines].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line)).sort();
}
