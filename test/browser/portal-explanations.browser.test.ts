import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;

/** The pages that explain: error pages, a refused filter, a case's reason, the headline rate. */
const PAGES: { path: string; status: number; says: string }[] = [
  { path: '/ru/nonexistent', status: 404, says: 'Страница не найдена' },
  { path: '/en/workspace/nope', status: 404, says: 'Workspace home' },
  { path: '/kk/incidents/KZ-1900-0001', status: 404, says: 'Бет табылмады' },
  { path: '/ru/incidents?from=2024-02-30', status: 400, says: 'Такой даты нет: 30 февраля 2024' },
  {
    path: '/en/incidents?from=2024-03-10&to=2024-01-01',
    status: 400,
    says: 'The end date is before the start date',
  },
  { path: '/en/incidents/KZ-2026-0003', status: 200, says: 'No procedural step since' },
  { path: '/ru/incidents/KZ-2026-0002', status: 200, says: 'Заказчик: неизвестен' },
  { path: '/en/', status: 200, says: 'Impunity rate' },
];

const WIDTHS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

describe('the portal’s explanations in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('error pages, refused filters and the case explanation fit a 360 px phone and pass axe-core', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    for (const [name, viewport] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({ bypassCSP: true, viewport });
      const page = await context.newPage();
      for (const { path, status, says } of PAGES) {
        const res = await page.goto(`${server.origin}${path}`);
        assert.equal(res?.status(), status, path);
        assert.ok(((await page.textContent('main')) ?? '').includes(says), `${path} says “${says}”`);
        const [scroll, inner] = (await page.evaluate(
          '[document.documentElement.scrollWidth, window.innerWidth]',
        )) as [number, number];
        assert.ok(scroll <= inner, `${path} at ${name}: ${scroll} px wide in a ${inner} px window`);
        assert.deepEqual(await accessibilityProblems(page), [], path);
        await screenshot(page, path, name === 'phone' ? '360' : '1280');
      }
      await context.close();
    }
  });
});
