import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { logIn } from '../../server/modules/accounts/login.service.js';
import { submitHelpRequest } from '../../server/modules/help/help.service.js';
import { grantDeskAccess } from '../../server/modules/help/help-access.service.js';
import { initHelpDesk, openWithRecoveryKey } from '../../server/modules/help/help-keys.service.js';
import { LANGUAGES } from '../../shared/languages.js';
import { accessibilityProblems, launchBrowser } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';
import { PASSWORD } from '../helpers/workspace.js';

/*
 * Every page a person can open, portal and workspace, at a phone's 360 px and at 1280 px: nothing
 * wider than the window, and no serious or critical axe-core problem. The pages are the ones named
 * below plus every page their links lead to (one of each route: ids and references are folded), so a
 * new page is checked as soon as something links to it.
 */

const WIDTHS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } };

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;
let reference: string;
let helpRequest: string;

/** One page per route: ids, references and codes in paths folded; any query counts as one more. */
export function routeOf(url: string): string {
  const u = new URL(url, 'http://x');
  const path = u.pathname
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')
    .replace(/KZ-\d{4}-\d{4}/g, ':ref')
    .replace(/\/(places|terms)\/[^/]+/g, '/$1/:code')
    .replace(/\/vocabularies\/[^/]+/g, '/vocabularies/:name');
  // Facet links combine filters without end; one filtered page per path is enough for layout.
  return u.search ? `${path}?…` : path;
}

/** Links worth following: this site's pages, not downloads, feeds, the API or other languages. */
function followable(href: string, prefix: string): boolean {
  if (!href.startsWith(prefix)) return false;
  return !/\.(csv|json|atom|xlsx)(\?|$)|\/files\/|\/download/.test(href);
}

async function signIn(context: BrowserContext, lang: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/${lang}/workspace/login`);
  await page.fill('#username', 'aigerim');
  await page.fill('#password', PASSWORD);
  await page.click('main button[type="submit"]');
  await page.waitForURL(/\/workspace\/$/);
  return page;
}

/** What is wrong with the page open now: overflow at this width, axe-core problems. */
async function problemsOf(page: Page, width: string): Promise<string[]> {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => {
    const limit = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > limit + 1)
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: limit, wide };
  });
  const problems = await accessibilityProblems(page);
  if (scrollWidth > innerWidth) problems.unshift(`${scrollWidth} px wide at ${width} (${wide.join(', ')})`);
  return problems;
}

/** The links on the open page to routes not seen yet; marks them seen. */
async function newLinks(page: Page, prefix: string, seen: Set<string>): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((href) => {
    const route = routeOf(href);
    if (!followable(href, prefix) || seen.has(route)) return false;
    seen.add(route);
    return true;
  });
}

/**
 * Visits the seeds and every route their links lead to, breadth first, with one page (signed in
 * or not) per width; returns each route's problems.
 */
async function crawl(
  open: (viewport: { width: number; height: number }) => Promise<Page>,
  prefix: string,
  seeds: string[],
  limit: number,
): Promise<{ visited: string[]; problems: string[] }> {
  const problems: string[] = [];
  const queue = [...seeds];
  const seen = new Set(seeds.map(routeOf));
  const visited: string[] = [];
  const pages = await Promise.all(Object.values(WIDTHS).map(open));
  while (queue.length && visited.length < limit) {
    const path = queue.shift() as string;
    visited.push(path);
    for (const [i, width] of Object.keys(WIDTHS).entries()) {
      const page = pages[i] as Page;
      const response = await page.goto(`${server.origin}${path}`);
      if (!(response?.headers()['content-type'] ?? '').includes('text/html')) break;
      for (const p of await problemsOf(page, width)) problems.push(`${path}: ${p}`);
      if (i === 0) queue.push(...(await newLinks(page, prefix, seen)));
    }
  }
  await Promise.all(pages.map((p) => p.context().close()));
  return { visited, problems };
}

/**
 * A help desk with one report in it, and the administrator given access (a first sign-in makes
 * their key pair), so the request's page shows its conversation and every form.
 */
async function helpDeskWith(adminId: string) {
  const db = server.handle.db;
  const { recoveryKey } = await initHelpDesk(db);
  await logIn(db, { username: 'aigerim', password: PASSWORD, address: '127.0.0.1', userAgent: null });
  await grantDeskAccess(db, systemPrincipal('test'), adminId, await openWithRecoveryKey(db, recoveryKey));
  const long = 'Оператора избили у здания акимата, камеру разбили; '.repeat(12);
  const { id } = await submitHelpRequest(db, {
    kind: 'report',
    category: 'attack',
    language: 'ru',
    lane: 'moderated',
    body: {
      fields: {
        what: long,
        when: '12.03.2026',
        where: 'Алматы',
        links: `https://example.kz/${'x'.repeat(120)}`,
      },
      contact: null,
    },
    files: [
      {
        name: `${'очень-длинное-имя-файла-'.repeat(6)}.pdf`,
        mediaType: 'application/pdf',
        bytes: new Uint8Array(10),
      },
    ],
  });
  helpRequest = id;
}

describe('every page at 360 px and 1280 px: no horizontal overflow, no serious axe-core problem', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    const { account } = await createAccount(
      server.handle.db,
      systemPrincipal('test'),
      AccountInput.parse({ username: 'aigerim', displayName: 'Aigerim B.', role: 'administrator' }),
      PASSWORD,
    );
    await helpDeskWith(account.id);
    const row = await server.handle.db
      .selectFrom('incidents')
      .select('reference')
      .where('visibility', '=', 'public')
      .where('verification', '=', 'verified')
      .orderBy('reference')
      .executeTakeFirstOrThrow();
    reference = row.reference;
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of LANGUAGES) {
    test(`the portal in ${lang}`, async (t) => {
      const b = browser;
      if (!b) return t.skip('no Chromium here (outside CI)');
      const seeds = [
        `/${lang}/`,
        `/${lang}/incidents`,
        `/${lang}/incidents?group=B&sort=date_asc`,
        `/${lang}/incidents/${reference}`,
        `/${lang}/map`,
        `/${lang}/statistics`,
        `/${lang}/methodology`,
        `/${lang}/help`,
        `/${lang}/no-such-page`,
        `/${lang}/incidents/KZ-1900-0001`,
      ];
      const open = async (viewport: { width: number; height: number }) =>
        (await b.newContext({ bypassCSP: true, viewport })).newPage();
      const { visited, problems } = await crawl(open, `/${lang}/`, seeds, 60);
      t.diagnostic(`${visited.length} pages: ${visited.join(' ')}`);
      assert.ok(visited.length >= seeds.length, `${visited.length} pages`);
      assert.deepEqual(problems, []);
    });
  }

  test('the workspace, signed in as an administrator', async (t) => {
    const b = browser;
    if (!b) return t.skip('no Chromium here (outside CI)');
    const lang = 'ru';
    const W = `/${lang}/workspace`;
    const seeds = [
      `${W}/`,
      `${W}/incidents`,
      `${W}/incidents/${reference}`,
      `${W}/incidents/${reference}/edit`,
      `${W}/incidents/${reference}/history`,
      `${W}/incidents/${reference}/case`,
      `${W}/incidents/new`,
      `${W}/people`,
      `${W}/outlets`,
      `${W}/places`,
      `${W}/vocabularies`,
      `${W}/interventions`,
      `${W}/accounts`,
      `${W}/two-factor`,
      `${W}/tokens`,
      `${W}/help`,
      `${W}/help/${helpRequest}`,
      `${W}/help/access`,
      `${W}/nope`,
    ];
    const open = async (viewport: { width: number; height: number }) =>
      signIn(await b.newContext({ bypassCSP: true, viewport }), lang);
    const { visited, problems } = await crawl(open, `${W}/`, seeds, 90);
    t.diagnostic(`${visited.length} pages: ${visited.join(' ')}`);
    assert.ok(visited.length >= 25, `${visited.length} pages: ${visited.join(' ')}`);
    assert.deepEqual(problems, []);
  });

  test('the sign-in page, signed out, in every language', async (t) => {
    const b = browser;
    if (!b) return t.skip('no Chromium here (outside CI)');
    const problems: string[] = [];
    for (const viewport of Object.values(WIDTHS)) {
      const page = await (await b.newContext({ bypassCSP: true, viewport })).newPage();
      for (const lang of LANGUAGES) {
        await page.goto(`${server.origin}/${lang}/workspace/login`);
        for (const p of await problemsOf(page, `${viewport.width}`)) problems.push(`${lang} login: ${p}`);
      }
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });
});
