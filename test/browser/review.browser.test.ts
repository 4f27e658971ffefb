import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { moveIncident } from '../../server/modules/incidents/workflow.service.js';
import { accessibilityProblems, launchBrowser, screenshot, WIDTHS } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';
import { PASSWORD } from '../helpers/workspace.js';

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;
let incident: { reference: string; description: string };

const PHONE = { width: 360, height: 780 };

async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/en/workspace/login`);
  await page.fill('#username', 'dana');
  await page.fill('#password', PASSWORD);
  await page.click('main button[type="submit"]');
  await page.waitForURL(/\/en\/workspace\/$/);
  return page;
}

/** Whether the page is wider than the window, so a phone would scroll sideways. */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('review on one page, in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    const db = server.handle.db;
    const system = systemPrincipal('test');
    await createAccount(
      db,
      system,
      AccountInput.parse({ username: 'dana', displayName: 'Dana K.', role: 'editor', language: 'en' }),
      PASSWORD,
    );
    // A demo incident with its victims, violations and sources, sent back to be verified again.
    const row = await db
      .selectFrom('incidents')
      .selectAll()
      .where('verification', '=', 'verified')
      .where('visibility', '=', 'public')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('violations')
            .select('violations.id')
            .whereRef('violations.incident_id', '=', 'incidents.id')
            .where('violations.victim_id', 'is not', null),
        ),
      )
      .orderBy('reference')
      .executeTakeFirstOrThrow();
    await moveIncident(db, system, row.id, 'verifying', row.version, null);
    const description = (row.description as Record<string, string>).en ?? '';
    incident = { reference: row.reference, description };
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('an editor reads the whole record and verifies it from the same page', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: WIDTHS.desktop });
    const page = await signIn(context);
    await page.goto(`${server.origin}/en/workspace/incidents/${incident.reference}`);
    const main = (await page.textContent('main')) ?? '';
    assert.ok(incident.description && main.includes(incident.description.slice(0, 60)), 'the description');
    for (const section of ['#rv-victims', '#rv-violations', '#rv-sources', '#rv-perpetrators']) {
      assert.ok(await page.isVisible(section), section);
    }
    assert.ok((await page.locator('[data-victim]').count()) > 0, 'victims listed');
    assert.ok((await page.locator('[data-violation]').count()) > 0, 'violations listed');
    assert.ok((await page.locator('[data-source-public]').count()) > 0, 'sources listed');
    await page.click('aside.review-side button:text("Mark as verified")');
    await page.waitForURL(new RegExp(`/en/workspace/incidents/${incident.reference}$`));
    assert.equal(await page.getAttribute('aside [data-verification]', 'data-verification'), 'verified');
    assert.ok(await page.isVisible('aside button:text("Publish")'), 'publishing is offered next');
    await context.close();
  });

  test('the page, the history and a version: no sideways scrolling at 360 px, no serious axe problems', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const pages: [string, string][] = [
      ['review', `/ru/workspace/incidents/${incident.reference}`],
      ['review-en', `/en/workspace/incidents/${incident.reference}`],
      ['history', `/kk/workspace/incidents/${incident.reference}/history`],
      ['history-en', `/en/workspace/incidents/${incident.reference}/history`],
      ['version', `/en/workspace/incidents/${incident.reference}/history/1`],
    ];
    for (const [name, viewport] of Object.entries({ phone: PHONE, desktop: WIDTHS.desktop })) {
      const context = await browser.newContext({ bypassCSP: true, viewport });
      const page = await signIn(context);
      for (const [label, path] of pages) {
        const response = await page.goto(`${server.origin}${path}`);
        assert.equal(response?.status(), 200, path);
        assert.equal(await overflows(page), false, `${path} fits ${viewport.width} px`);
        assert.deepEqual(await accessibilityProblems(page), [], `${path} at ${name} width`);
        await screenshot(page, `workspace-${label}`, `${viewport.width}`);
      }
      await context.close();
    }
  });
});
