import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { buildApp } from '../../server/app.js';
import type { DatabaseHandle } from '../../server/db/database.js';
import { initHelpDesk } from '../../server/modules/help/help-keys.service.js';
import { tempFilesDir } from '../helpers/app.js';
import { accessibilityProblems, launchBrowser, screenshot } from '../helpers/browser.js';
import { freshDatabase } from '../helpers/database.js';

/*
 * The public help desk in Chromium: a journalist reports without JavaScript (as on Tor Browser's
 * "Safest"), sends too soon and gets the text back, sends again, saves the receipt, opens the
 * thread and writes back; with JavaScript, help.js solves the proof of work and the question goes
 * to the trusted lane. Every page photographed at 360 and 1280 px, none wider than the screen.
 */

let browser: Browser | null = null;
let handle: DatabaseHandle;
let origin = '';
let stop: () => Promise<void> = async () => undefined;
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, viewport] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await screenshot(page, `help-${name}`, width);
  }
  await page.setViewportSize(PHONE);
}

describe('the help desk in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    handle = await freshDatabase();
    await initHelpDesk(handle.db);
    const files = tempFilesDir();
    const app = buildApp({
      db: handle.db,
      files: { dir: files.dir },
      helpLimits: { powMinCounter: 2_000, powMaxCounter: 8_000 },
    });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
      files.remove();
    };
  });
  after(async () => {
    await browser?.close();
    await stop();
  });

  test('without JavaScript: report, too soon, again, the receipt, saved, the thread, a reply', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) outside.push(r.url());
    });
    await page.goto(`${origin}/ru/help`);
    await shoot(page, 'front');
    await page.goto(`${origin}/ru/help/question`);
    await shoot(page, 'question');
    await page.goto(`${origin}/ru/help`);
    await page.click('a[href="/ru/help/report"]');
    await shoot(page, 'report');
    await page.fill('#what', 'На пресс-конференции у меня отобрали камеру <b>и</b> удалили запись.');
    await page.fill('#when', 'Вчера, около 15:00');
    await page.fill('#where', 'Алматы, акимат');
    await page.click('button[type="submit"]');
    // Sent within the fill time: the form comes back with the text and a kind reason.
    assert.match((await page.textContent('.help-problems')) ?? '', /Ваше сообщение ещё не отправлено/);
    assert.equal(await page.inputValue('#when'), 'Вчера, около 15:00');
    await shoot(page, 'report-refused');
    await page.waitForTimeout(3_100);
    await page.click('button[type="submit"]');
    await page.waitForSelector('.help-receipt');
    const digits = await page.locator('.help-digits').allTextContents();
    assert.equal(digits.length, 2);
    assert.ok(
      digits.every((d) => /^\d{4} \d{4} \d{4} \d{4}$/.test(d)),
      digits.join(' | '),
    );
    assert.ok(!page.url().includes(digits[0]?.replace(/ /g, '') ?? 'x'), 'the receipt is in no address');
    await shoot(page, 'receipt');
    await page.click('.help-saved button');
    assert.match((await page.textContent('main')) ?? '', /Отметьте поле/);
    await page.check('input[name="saved"]');
    await page.click('.help-saved button');
    assert.match((await page.textContent('h1')) ?? '', /Что будет дальше/);
    await page.click('a[href="/ru/help/status"]');
    await shoot(page, 'status');
    await page.fill('#code', digits[0] as string);
    await page.fill('#passphrase', (digits[1] as string).replace(/ /g, '-'));
    await page.click('.help-status button');
    await page.waitForSelector('.help-message');
    assert.match((await page.textContent('.help-message')) ?? '', /<b>и<\/b>/);
    await page.waitForTimeout(3_100);
    await page.fill('#text', 'Добавлю: это был сотрудник пресс-службы.');
    await page.click('.help-form button[type="submit"]');
    await page.waitForSelector('.notice[role="status"]');
    assert.equal(await page.locator('.help-message').count(), 2);
    await shoot(page, 'thread');
    assert.deepEqual(outside, [], 'nothing from elsewhere');
    await context.close();
  });

  test('with JavaScript: the proof of work is solved, the question is trusted, nothing overflows at 360 px', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    const paths = ['kk', 'ru', 'en'].flatMap((l) =>
      ['', '/report', '/question', '/status'].map((p) => `/${l}/help${p}`),
    );
    for (const path of paths) {
      await page.goto(`${origin}${path}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= PHONE.width, `${path} is ${wide} px wide`);
      assert.deepEqual(await accessibilityProblems(page), [], path);
    }
    await page.goto(`${origin}/en/help/question`);
    await page.check('input[value="accreditation"]');
    await page.fill(
      '#question',
      'My accreditation was withdrawn after a critical article. Can they do that?',
    );
    await page.waitForFunction(
      () => (document.querySelector('input[name="pow"]') as HTMLInputElement).value !== '',
      null,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(3_100);
    await page.click('button[type="submit"]');
    await page.waitForSelector('.help-receipt');
    const row = await handle.db
      .selectFrom('help_requests')
      .select(['lane', 'category'])
      .where('kind', '=', 'question')
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { lane: 'trusted', category: 'accreditation' });
    await context.close();
  });
});
