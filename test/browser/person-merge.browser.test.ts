import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { PersonInput } from '../../server/modules/people/person.schema.js';
import { createPerson } from '../../server/modules/people/person.service.js';
import { addRelation } from '../../server/modules/people/person-relations.service.js';
import { accessibilityProblems, launchBrowser, screenshot } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';
import { PASSWORD } from '../helpers/workspace.js';

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;
let ids: { target: string; duplicate: string };

async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/en/workspace/login`);
  await page.fill('#username', 'dana');
  await page.fill('#password', PASSWORD);
  await page.click('main button[type="submit"]');
  await page.waitForURL(/\/en\/workspace\/$/);
  return page;
}

/** The page is no wider than the phone, and axe finds nothing serious. */
async function fitsAndPasses(page: Page, name: string): Promise<void> {
  const { scroll, inner, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
      .slice(0, 5),
  }));
  assert.ok(scroll <= inner, `${name}: ${scroll}px wide in a ${inner}px window (${wide.join(', ')})`);
  assert.deepEqual(await accessibilityProblems(page), [], name);
}

describe('a duplicate person found across scripts and merged, in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    const db = server.handle.db;
    const input = AccountInput.parse({
      username: 'dana',
      displayName: 'Dana E.',
      role: 'editor',
      language: 'en',
    });
    await createAccount(db, systemPrincipal('test'), input, PASSWORD);
    const target = await db
      .selectFrom('people')
      .select('id')
      .where('name', '=', 'Vadim Boreiko')
      .executeTakeFirstOrThrow();
    const duplicate = await createPerson(
      db,
      systemPrincipal('test'),
      PersonInput.parse({ name: 'Вадим Борейко', roles: ['journalist'], consentToName: false }),
    );
    const sister = await createPerson(
      db,
      systemPrincipal('test'),
      PersonInput.parse({ name: 'Анна Борейко', roles: ['family_member'] }),
    );
    await addRelation(db, systemPrincipal('test'), sister.id, duplicate.id, 'family');
    ids = { target: target.id, duplicate: duplicate.id };
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the editor merges the Cyrillic duplicate into the Latin record; the old address leads there', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
    const page = await signIn(context);
    await page.goto(`${server.origin}/ru/workspace/people/${ids.duplicate}`);
    await fitsAndPasses(page, 'the duplicate’s page');
    await screenshot(page, '/ru/workspace/people/duplicate', 'phone360');
    await page.click('main a:text("Объединить с другим человеком")');
    await page.fill('#q', 'Boreiko');
    await page.click('form.compact button[type="submit"]');
    await page.check(`input[name="into"][value="${ids.target}"]`);
    await page.fill('#reason', 'Одна и та же запись CPJ, имя записано кириллицей');
    await screenshot(page, '/ru/workspace/people/merge', 'phone360');
    await fitsAndPasses(page, 'the merge page');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, '/ru/workspace/people/merge', 'desktop');
    await page.click('form.record button[type="submit"]');
    await page.waitForURL(new RegExp(`/ru/workspace/people/${ids.target}\\?done=merged$`));
    const main = (await page.textContent('main')) ?? '';
    assert.ok(main.includes('Дубликат присоединён к этому человеку.'));
    assert.ok(main.includes('Вадим Борейко'), 'the Cyrillic spelling is kept');
    assert.ok(main.includes('Анна Борейко'), 'the relative moved with the merge');
    assert.ok(main.includes('Публично не называется'), 'the stricter consent won');
    await screenshot(page, '/ru/workspace/people/merged', 'desktop');
    await page.setViewportSize({ width: 360, height: 800 });
    await fitsAndPasses(page, 'the merged person’s page');
    await screenshot(page, '/ru/workspace/people/merged', 'phone360');

    await page.goto(`${server.origin}/ru/workspace/people/${ids.duplicate}`);
    assert.ok(page.url().endsWith(`/ru/workspace/people/${ids.target}?done=merged_away`));
    assert.ok(((await page.textContent('.notice')) ?? '').includes('Эта запись объединена с другой'));
    await context.close();
  });
});
