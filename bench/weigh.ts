import { gzipSync } from 'node:zlib';

/** Fetches a path of the site (over a port, or straight from the app in tests). */
export type Get = (path: string) => Promise<Response>;

export interface Weight {
  status: number;
  /** The page's HTML, gzip-compressed, in bytes. */
  html: number;
  /** The stylesheet(s), gzip-compressed. */
  css: number;
  /** Everything else the page loads from the site: icons, images, scripts, fonts. */
  other: number;
  total: number;
  /** The assets counted, by path. */
  assets: string[];
}

/** The site's own assets a page loads: stylesheets, icons, images, scripts, preloaded fonts. */
export function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(?:link|img|script|source)\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (tag.startsWith('<link') && !/stylesheet|icon|preload/.test(rel)) continue;
    const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (url?.startsWith('/')) found.add(url);
  }
  return [...found];
}

/**
 * What a reader downloads for a page on a first visit, each file gzip-compressed as a server
 * would send it: the HTML and every asset it names (inline SVG is part of the HTML).
 */
export async function weighPage(get: Get, path: string): Promise<Weight> {
  const res = await get(path);
  const page = Buffer.from(await res.arrayBuffer());
  const assets = assetsOf(page.toString('utf8'));
  let css = 0;
  let other = 0;
  for (const asset of assets) {
    const size = gzipSync(Buffer.from(await (await get(asset)).arrayBuffer())).length;
    if (asset.endsWith('.css')) css += size;
    else other += size;
  }
  const html = gzipSync(page).length;
  return { status: res.status, html, css, other, total: html + css + other, assets };
}

/** The incidents page's budget: everything it loads, compressed. */
export const INCIDENTS_PAGE_BUDGET = 60 * 1024;
