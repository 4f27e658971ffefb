import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { IncidentInput } from '../../server/modules/incidents/incident.schema.js';
import { createIncident } from '../../server/modules/incidents/incident.service.js';
import { accessibilityProblems, launchBrowser, screenshot } from '../helpers/browser.js';
import { buildIncident, buildPerson } from '../helpers/factories.js';
import { startDemoServer } from '../helpers/server.js';
import { PASSWORD } from '../helpers/workspace.js';

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;
let aigul: string;

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

async function signIn(context: BrowserContext, lang = 'en'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/en/workspace/login`);
  await page.fill('#username', 'dana');
  await page.fill('#password', PASSWORD);
  await page.click('main button[type="submit"]');
  await page.waitForURL(/\/en\/workspace\/$/);
  await page.goto(`${server.origin}/${lang}/workspace/incidents/new`);
  return page;
}

const people = async () =>
  Number(
    (
      await server.handle.db
        .selectFrom('people')
        .select(server.handle.db.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Whether the page is wider than the window (something would scroll sideways). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('the incident editor in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    const db = server.handle.db;
    const input = AccountInput.parse({
      username: 'dana',
      displayName: 'Dana M.',
      role: 'administrator',
      language: 'en',
    });
    await createAccount(db, systemPrincipal('test'), input, PASSWORD);
    const person = buildPerson({ name: 'Айгуль Сейткали', names: { ru: 'Айгуль Сейткали' } });
    const created = await createIncident(
      db,
      systemPrincipal('test'),
      IncidentInput.parse(buildIncident({ victims: [{ key: 'v1', person }] })),
    );
    aigul = created.victims[0]?.personId as string;
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('rows are added and removed in the page without saving; the CSP holds', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await signIn(context);
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) refused.push(m.text());
    });
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    const victims = '[data-rows="victims"] > fieldset.row';
    assert.equal(await page.locator(victims).count(), 1);
    await page.fill('#f-victims-0-person', 'First Person');
    await page.click('[data-rows="victims"] button.add');
    assert.equal(await page.locator(victims).count(), 2);
    assert.equal(await page.inputValue('[name="victims.1.person"]'), '', 'a new row is empty');
    assert.equal(await page.textContent(`${victims}:nth-of-type(2) > legend`), 'Victim 2');
    await page.fill('[name="victims.1.person"]', 'Second Person');
    await page.click('[data-rows="violations"] button.add');
    assert.equal(await page.locator('[data-rows="violations"] > fieldset.row').count(), 2);
    const offered = await page.locator('[name="violations.1.victim"] option').allTextContents();
    assert.ok(offered.includes('Second Person'), `the violation offers the new victim: ${offered}`);
    await page.click(`${victims}:nth-of-type(1) button.remove`);
    assert.equal(await page.locator(victims).count(), 1);
    assert.equal(await page.inputValue(`${victims} input[data-person-search]`), 'Second Person');
    assert.equal(await page.textContent(`${victims} > legend`), 'Victim 1');
    assert.equal(
      await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed),
      true,
      'no reload',
    );
    // The cities of the chosen region only.
    await page.selectOption('#f-place-region', 'KZ-ZAP');
    const cities = await page
      .locator('#f-place-city optgroup')
      .evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).dataset.region));
    assert.deepEqual(cities, ['KZ-ZAP']);
    assert.deepEqual(refused, []);
    await context.close();
  });

  test('a refused form keeps what was typed and says why beside each field', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await signIn(context);
    await page.fill('#f-date-start', '2024-02-30');
    await page.fill('#f-description-en', 'Held for three hours at the akimat.');
    await page.fill('#f-sources-0-url', 'not a link');
    await page.click('form.editor p.actions button[type="submit"]');
    await page.waitForSelector('.error-summary');
    const summary = (await page.textContent('.error-summary')) ?? '';
    assert.ok(summary.includes('Date: No such date: 30 February'), summary);
    assert.ok(summary.includes('Title (English): Required'), summary);
    assert.equal(await page.textContent('#f-date-start-error'), 'No such date: 30 February');
    assert.equal(await page.inputValue('#f-description-en'), 'Held for three hours at the akimat.');
    assert.equal(await page.inputValue('#f-sources-0-url'), 'not a link');
    await page.click('.error-summary a[href="#f-title-en"]');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'f-title-en',
      'the summary leads to the field',
    );
    await context.close();
  });

  test('a person typed in Latin is found in Cyrillic and chosen: no second person', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await signIn(context);
    const before = await people();
    await page.fill('#f-date-start', '2024-04-02');
    await page.fill('#f-title-en', 'Reporter detained in Uralsk');
    await page.locator('#f-victims-0-person').pressSequentially('Aigul Seitkali');
    const suggestion = page.locator('.suggestions button.suggestion', { hasText: 'Айгуль Сейткали' });
    await suggestion.waitFor();
    await suggestion.click();
    assert.equal(await page.inputValue('#f-victims-0-person'), 'Айгуль Сейткали');
    await page.selectOption('#f-violations-0-typeCode', 'short_detention');
    await page.selectOption('#f-violations-0-victim', 'v0');
    await page.click('form.editor p.actions button[type="submit"]');
    await page.waitForURL(/done=created/);
    const reference = /(KZ-\d{4}-\d{4})/.exec(page.url())?.[1] as string;
    const row = await server.handle.db
      .selectFrom('violations')
      .innerJoin('incidents', 'incidents.id', 'violations.incident_id')
      .select('violations.victim_id')
      .where('incidents.reference', '=', reference)
      .executeTakeFirstOrThrow();
    assert.equal(row.victim_id, aigul, 'the person recorded before');
    assert.equal(await people(), before, 'no duplicate person');
    await context.close();
  });

  test('at 360 px and 1280 px: no sideways scrolling, no serious axe problems; screenshots', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    for (const [name, viewport] of Object.entries({ phone360: PHONE, desktop: DESKTOP })) {
      // The namesake warning comes from the server: a Latin name saved without choosing anyone.
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await signIn(context, 'ru');
      const check = async (what: string) => {
        assert.equal(await overflows(page), false, `${what} overflows at ${name}`);
        assert.deepEqual(await accessibilityProblems(page), [], `${what} at ${name}`);
        await screenshot(page, `editor-${what}`, name);
      };
      await check('empty');
      await page.fill('#f-date-start', '2024-02-30');
      await page.fill('#f-victims-0-person', 'Aigul Seitkali');
      await page.click('form.editor p.actions button[type="submit"]');
      await page.waitForSelector('.error-summary');
      await check('errors-namesake');
      await page.fill('#f-date-start', '2024-04-02');
      await page.fill('#f-title-ru', 'Задержание репортёра');
      await page.click('[data-rows="victims"] button.find');
      await page.waitForSelector('.candidates');
      await check('find');
      await context.close();
    }
  });
});
