import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';

/* The open-data page and the data dictionary at a phone's and a desktop's width, in every language. */

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;
before(async () => {
  browser = await launchBrowser();
  server = await startDemoServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const WIDTHS = { '360': { width: 360, height: 780 }, '1280': { width: 1280, height: 900 } };

test('open data and its dictionary fit a phone, pass axe and open every API group', async (t) => {
  if (!browser) return t.skip('no Chromium here (outside CI)');
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  try {
    for (const lang of ['kk', 'ru', 'en']) {
      for (const path of [`/${lang}/open-data`, `/${lang}/open-data/dictionary`]) {
        for (const [name, size] of Object.entries(WIDTHS)) {
          await page.setViewportSize(size);
          const res = await page.goto(`${server.origin}${path}`);
          assert.equal(res?.status(), 200, path);
          if (lang === 'ru' || name === '360') await screenshot(page, path, name);
          // Open every disclosure, so the widest content (tables, parameters) is measured too.
          await page.evaluate('document.querySelectorAll("details").forEach((d) => { d.open = true; })');
          const [scroll, inner] = (await page.evaluate(
            '[document.documentElement.scrollWidth, window.innerWidth]',
          )) as [number, number];
          assert.ok(scroll <= inner, `${path} at ${name} px: ${scroll} > ${inner}`);
          if (name === '1280') assert.deepEqual(await accessibilityProblems(page), [], path);
        }
      }
    }
  } finally {
    await context.close();
  }
});
