import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot, WIDTHS } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;

describe('the portal in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('search, filter, follow a facet, switch language, open an incident, download CSV', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    // axe-core is injected through the DevTools protocol, which the page's CSP would otherwise refuse.
    const context = await browser.newContext({
      bypassCSP: true,
      acceptDownloads: true,
      viewport: WIDTHS.desktop,
    });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin)) outside.push(r.url());
    });

    await page.goto(`${server.origin}/en/incidents`);
    await page.fill('#q', 'Борейко');
    await page.click('button[type="submit"]');
    await page.waitForURL(/q=/);
    assert.ok(
      ((await page.textContent('ul.incidents')) ?? '').includes('Roman Yegorov'),
      'Борейко finds the arson of Yegorov’s cars',
    );

    await page.goto(`${server.origin}/en/incidents`);
    await page.selectOption('#group', 'B');
    await page.click('button[type="submit"]');
    await page.waitForURL(/group=B/);
    const filtered = await page.locator('ul.incidents > li').count();
    assert.ok(filtered >= 4, `${filtered} assaults`);

    await page.click('.facets section:has(h3:text("Region")) a >> nth=0');
    await page.waitForURL(/region=KZ-/);
    assert.ok(page.url().includes('group=B'), 'a facet adds to the filters already chosen');

    await page.click('a[hreflang="ru"]');
    await page.waitForURL(/\/ru\/incidents\?/);
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    assert.ok(
      page.url().includes('group=B') && page.url().includes('region=KZ-'),
      'the language switch keeps the filters',
    );

    await page.click('ul.incidents > li a >> nth=0');
    await page.waitForURL(/\/ru\/incidents\/KZ-/);
    assert.ok(((await page.textContent('main')) ?? '').includes('Ход дела'));

    await page.goto(`${server.origin}/en/incidents`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href*="incidents.csv"]'),
    ]);
    const csv = readFileSync((await download.path()) as string);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(csv.toString('utf8').includes('KZ-2023-0001'));

    assert.deepEqual(outside, [], 'no request leaves the site');
    await context.close();
  });

  test('the map: from a filtered list to the map, and from a region’s shape back to its list', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: WIDTHS.desktop });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin)) outside.push(r.url());
    });

    await page.goto(`${server.origin}/en/incidents?group=B`);
    await page.click('a:text("Show on the map")');
    await page.waitForURL(/\/en\/map\?group=B$/);
    const symbol = page.locator('svg.map a[href*="region=KZ-SEV"]');
    const name = (await symbol.getAttribute('aria-label')) ?? '';
    assert.match(name, /^North Kazakhstan Region: \d+ incidents?$/);
    const count = Number(name.replace(/\D/g, ''));
    assert.ok(count >= 1, name);
    assert.ok(
      await page.locator('svg.map text.label.wide', { hasText: 'North Kazakhstan' }).isVisible(),
      'names are written on the shapes',
    );

    await symbol.click();
    await page.waitForURL(/\/en\/incidents\?group=B&region=KZ-SEV$/);
    assert.equal(await page.locator('ul.incidents > li').count(), count, 'the list has what the map counted');
    assert.ok(((await page.textContent('ul.incidents')) ?? '').includes('Petropavlovsk'));

    await page.goto(`${server.origin}/ru/map`);
    await page.selectOption('#group', 'B');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/ru\/map\?.*group=B/);
    await page.click('table.regions a[href*="region=KZ-AKM"]');
    await page.waitForURL(/\/ru\/incidents\?.*group=B.*region=KZ-AKM/);
    assert.ok(((await page.textContent('ul.incidents')) ?? '').includes('Кокшетау'));

    assert.deepEqual(outside, [], 'no request leaves the site');
    await context.close();
  });

  test('every page passes axe-core without serious or critical problems; screenshots at two widths', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const pages = [
      '/en/',
      '/ru/incidents',
      '/kk/incidents?group=B',
      '/ru/incidents/KZ-2022-0001',
      '/en/incidents/KZ-2026-0002',
      '/en/map',
      '/kk/map?group=B&region=KZ-AKM',
    ];
    for (const [name, viewport] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({ bypassCSP: true, viewport });
      const page = await context.newPage();
      for (const path of pages) {
        const response = await page.goto(`${server.origin}${path}`);
        assert.equal(response?.status(), 200, path);
        assert.deepEqual(await accessibilityProblems(page), [], `${path} at ${name} width`);
        await screenshot(page, path, name);
      }
      await context.close();
    }
  });
});
