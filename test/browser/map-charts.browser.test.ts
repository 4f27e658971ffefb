import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;

// The phone the issue was seen on, and a desktop.
const VIEWPORTS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  px: number;
}

/** The map's visible labels: each one's rendered box and its font size as rendered, in CSS px. */
function mapLabels(page: Page): Promise<Box[]> {
  return page.$$eval('svg.map text.label', (texts) =>
    texts.flatMap((node) => {
      const text = node as SVGTextElement;
      if (getComputedStyle(text).display === 'none') return [];
      const r = text.getBoundingClientRect();
      const scale = text.getScreenCTM()?.a ?? 1;
      const px = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
      return [
        { text: text.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom, px },
      ];
    }),
  );
}

/** One map page: its shapes and cities, its labels' sizes and boxes, its width. */
async function checkMap(page: Page, lang: string, name: string) {
  await page.goto(`${server.origin}/${lang}/map`);
  assert.equal(await page.locator('svg.map a.area path').count(), 14, 'fourteen shapes');
  assert.equal(await page.locator('svg.map a.city').count(), 3, 'three cities');
  const labels = await mapLabels(page);
  // Wide: a name and count per unit; narrow: a count per shape and per city.
  assert.equal(labels.length, name === 'phone' ? 17 : 20, `${lang} ${name}: ${labels.length} labels`);
  for (const [i, a] of labels.entries()) {
    assert.ok(a.px >= 12, `${lang} ${name}: "${a.text}" is ${a.px.toFixed(1)} px`);
    for (const b of labels.slice(i + 1))
      assert.ok(!overlap(a, b), `${lang} ${name}: "${a.text}" / "${b.text}"`);
  }
  const [scrollWidth, innerWidth] = await widths(page);
  assert.ok(scrollWidth <= innerWidth, `${lang} ${name}: ${scrollWidth} px wide`);
}

const widths = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth] as [number, number]);

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the map and the statistics at phone and desktop widths', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the map: a shape per region, labels of 12 px or more that never overlap, in kk, ru and en', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      for (const lang of ['kk', 'ru', 'en']) await checkMap(page, lang, name);
      await context.close();
    }
  });

  test('the statistics page fits a 360 px phone, its chart text 12 px or more, tables scrolling in place', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    for (const lang of ['kk', 'ru', 'en']) {
      await page.goto(`${server.origin}/${lang}/statistics`);
      const [scrollWidth, innerWidth] = await widths(page);
      assert.ok(scrollWidth <= innerWidth, `${lang}: ${scrollWidth} px wide`);
      const sizes = await page.$$eval('.bars li span', (spans) =>
        spans.map((s) => [s.textContent, Number.parseFloat(getComputedStyle(s).fontSize)] as const),
      );
      assert.ok(sizes.length >= 10, `${sizes.length} chart labels`);
      for (const [text, px] of sizes) assert.ok(px >= 12, `${lang}: "${text}" is ${px} px`);
      assert.ok((await page.locator('section.scroll table').count()) >= 2, 'the wide tables scroll in place');
    }
    await context.close();
  });

  test('axe-core finds no serious or critical problem on the map and statistics pages; screenshots', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ bypassCSP: true, viewport });
      const page = await context.newPage();
      for (const path of ['/ru/map', '/en/map?region=KZ-VOS', '/kk/statistics', '/ru/statistics']) {
        const response = await page.goto(`${server.origin}${path}`);
        assert.equal(response?.status(), 200, path);
        assert.deepEqual(await accessibilityProblems(page), [], `${path} at ${name} width`);
        await screenshot(page, path, `${name}-360-1280`);
      }
      await context.close();
    }
  });
});
