import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { buildApp } from '../../server/app.js';
import type { DatabaseHandle } from '../../server/db/database.js';
import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { t as text } from '../../shared/i18n/index.js';
import { tempFilesDir } from '../helpers/app.js';
import { accessibilityProblems, launchBrowser, screenshot } from '../helpers/browser.js';
import { freshDatabase } from '../helpers/database.js';
import { PASSWORD } from '../helpers/workspace.js';

/* A lawyer chooses e-mail notifications on the account page, in Kazakh, on a phone and a desktop. */
let browser: Browser | null = null;
let handle: DatabaseHandle;
let origin = '';
let close: () => Promise<void> = async () => undefined;
const files = tempFilesDir();

describe('notification settings in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    handle = await freshDatabase();
    const input = AccountInput.parse({
      username: 'dana',
      displayName: 'Dana K.',
      role: 'lawyer',
      language: 'kk',
    });
    await createAccount(handle.db, systemPrincipal('test'), input, PASSWORD);
    // A server without SMTP: the section says mail is off, and still keeps the choices.
    const app = buildApp({ db: handle.db, files: { dir: files.dir }, mailEnabled: false });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  });
  after(async () => {
    await browser?.close();
    await close();
    await handle?.close();
    files.remove();
  });

  for (const [name, viewport] of [
    ['phone', { width: 360, height: 780 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    test(`chosen and saved without JavaScript (${name})`, async (t) => {
      if (!browser) return t.skip('no Chromium here (outside CI)');
      const context = await browser.newContext({ viewport, javaScriptEnabled: false });
      context.setDefaultTimeout(15_000);
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/kk/workspace/login`);
        await page.fill('#username', 'dana');
        await page.fill('#password', PASSWORD);
        await page.click('main button[type="submit"]');
        await page.waitForURL(/\/kk\/workspace\/$/);
        await page.goto(`${origin}/kk/workspace/password#notifications`);
        assert.ok(((await page.textContent('[data-mail-off]')) ?? '').includes(text('kk', 'nt.mailOff')));
        await page.fill('#notification-email', `dana.${name}@example.org`);
        await page.check('input[name="helpArrived"]');
        await page.check('input[name="helpAssigned"]');
        await page.click('section.notifications button[type="submit"]');
        await page.waitForURL(/done=notifications/);
        assert.equal(await page.inputValue('#notification-email'), `dana.${name}@example.org`);
        assert.ok(await page.isChecked('input[name="helpAssigned"]'));
        // axe-core and the width need scripts: read the same page in a context that runs them.
        const seeing = await browser.newContext({
          viewport,
          bypassCSP: true,
          storageState: await context.storageState(),
        });
        try {
          const look = await seeing.newPage();
          await look.goto(`${origin}/kk/workspace/password?done=notifications#notifications`);
          const width = await look.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= viewport.width, `the page is ${width} px wide`);
          assert.deepEqual(await accessibilityProblems(look), []);
          await screenshot(look, '/kk/workspace/password-notifications', String(viewport.width));
        } finally {
          await seeing.close();
        }
      } finally {
        await context.close();
      }
    });
  }
});
