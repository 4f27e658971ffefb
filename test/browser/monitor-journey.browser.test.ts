import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { totpCode } from '../../server/modules/accounts/totp.js';
import { accessibilityProblems, launchBrowser, screenshot, WIDTHS } from '../helpers/browser.js';
import { jpegWithMetadata } from '../helpers/images.js';
import { startDemoServer } from '../helpers/server.js';
import { PASSWORD } from '../helpers/workspace.js';

/*
 * The monitor's day in Chromium: sign in with two steps, record an incident with a victim and a
 * photo, find it on the dashboard, have an editor verify and publish it, read it on the portal,
 * edit it from two sessions at once and resolve the conflict, and merge a duplicate.
 */
let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;

async function signIn(context: BrowserContext, username: string, secret?: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/en/workspace/login`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('main button[type="submit"]');
  if (secret) {
    await page.waitForURL(/second-factor$/);
    // A fresh 30-second step, so the code is not the one used a moment ago.
    await page.fill('#code', totpCode(secret, Date.now() + 30_000));
    await page.click('main button[type="submit"]');
  }
  await page.waitForURL(/\/en\/workspace\/$/);
  return page;
}

describe('a monitor’s day in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    for (const [username, role] of [
      ['dana', 'monitor'],
      ['erlan', 'editor'],
    ] as const) {
      await createAccount(
        server.handle.db,
        systemPrincipal('test'),
        AccountInput.parse({ username, displayName: username, role, language: 'en' }),
        PASSWORD,
      );
    }
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('two steps, an incident with a victim and a photo, verified, published, edited twice at once, a duplicate merged', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: WIDTHS.desktop });
    const refused: string[] = [];
    context.on('console', (m) => {
      if (/Content Security Policy|Refused/.test(m.text())) refused.push(m.text());
    });

    // Two-step sign-in: set up on the account page, then asked for at the next sign-in.
    let page = await signIn(context, 'dana');
    await page.goto(`${server.origin}/en/workspace/two-factor`);
    const secret = (await page.getAttribute('[data-totp-secret]', 'data-totp-secret')) as string;
    await page.fill('#code', totpCode(secret));
    await page.click('form:has(#code) button[type="submit"]');
    assert.equal(await page.locator('.codes li').count(), 10);
    await page.click('button.link');
    await page.waitForURL(/login$/);
    page = await signIn(context, 'dana', secret);

    // A new incident with a victim and a source, then a photo attached to that source.
    await page.goto(`${server.origin}/en/workspace/incidents/new`);
    await page.fill('[name="date.start"]', '2024-06-03');
    await page.selectOption('[name="place.region"]', 'KZ-AKM');
    await page.fill('[name="title.en"]', 'Camera seized from a reporter at the Kokshetau court');
    await page.fill('[name="title.ru"]', 'У репортёра изъяли камеру у суда в Кокшетау');
    await page.selectOption('[name="originalLanguage"]', 'ru');
    await page.fill('[name="victims.0.person"]', 'Marat Journalistov');
    await page.check('[name="victims.0.consent"]');
    await page.selectOption('[name="violations.0.typeCode"]', 'seizure');
    await page.selectOption('[name="violations.0.victim"]', 'v0');
    await page.fill('[name="sources.0.url"]', 'https://example.org/kokshetau-court');
    await page.fill('[name="sources.0.title"]', 'Court reporter’s camera seized');
    await page.click('form.editor p.actions button[type="submit"]');
    await page.waitForURL(/\/en\/workspace\/incidents\/KZ-2024-\d{4}\?done=created$/);
    const reference = /(KZ-2024-\d{4})/.exec(page.url())?.[1] as string;
    const photo = join(tmpdir(), `evidence-${process.pid}.jpg`);
    writeFileSync(photo, jpegWithMetadata());
    await page.selectOption('#sourceId', { index: 1 });
    await page.setInputFiles('#file', photo);
    await page.click('form[enctype="multipart/form-data"] button[type="submit"]');
    await page.waitForURL(/done=saved$/);
    assert.equal(await page.locator('[data-file]').count(), 1);

    // The dashboard lists it to verify.
    await page.goto(`${server.origin}/en/workspace/`);
    assert.ok((await page.textContent('main'))?.includes(reference));
    await screenshot(page, 'workspace-dashboard', 'desktop');

    // An editor verifies and publishes it; the portal shows it.
    const editorContext = await browser.newContext({ viewport: WIDTHS.desktop });
    const editor = await signIn(editorContext, 'erlan');
    await editor.goto(`${server.origin}/en/workspace/incidents/${reference}`);
    await editor.click('button:has-text("Mark as verified")');
    await editor.click('button:has-text("Publish")');
    await editor.waitForSelector('[data-verification="published"]');
    const portal = await context.newPage();
    await portal.goto(`${server.origin}/en/incidents/${reference}`);
    assert.ok((await portal.textContent('h1'))?.includes('Camera seized'));

    // Two sessions edit at once: the second sees the first one's change and keeps its own typing.
    await page.goto(`${server.origin}/en/workspace/incidents/${reference}/edit`);
    await editor.goto(`${server.origin}/en/workspace/incidents/${reference}/edit`);
    await editor.fill('[name="title.en"]', 'Camera seized and footage deleted at the Kokshetau court');
    await editor.click('form.editor p.actions button[type="submit"]');
    await editor.waitForURL(/done=saved$/);
    await page.fill('[name="description.en"]', 'Court bailiffs took the camera during the hearing.');
    await page.click('form.editor p.actions button[type="submit"]');
    await page.waitForSelector('[data-their-change="title.en"]');
    assert.equal(
      await page.inputValue('[name="description.en"]'),
      'Court bailiffs took the camera during the hearing.',
    );
    assert.ok((await page.textContent('.conflict'))?.includes('footage deleted'));
    await screenshot(page, 'workspace-conflict', 'desktop');
    await page.fill('[name="title.en"]', 'Camera seized and footage deleted at the Kokshetau court');
    await page.click('form.editor p.actions button[type="submit"]');
    await page.waitForURL(/done=saved$/);

    // A second report of the same event is offered as a duplicate and merged by the editor.
    await page.goto(`${server.origin}/en/workspace/incidents/new`);
    await page.fill('[name="date.start"]', '2024-06-04');
    await page.fill('[name="title.en"]', 'Reporter’s camera taken at court in Kokshetau');
    await page.selectOption('[name="originalLanguage"]', 'en');
    await page.fill('[name="victims.0.person"]', 'Marat Journalistov');
    await page.selectOption('[name="violations.0.typeCode"]', 'seizure');
    await page.selectOption('[name="violations.0.victim"]', 'v0');
    await page.click('form.editor p.actions button[type="submit"]');
    await page.waitForURL(/done=created$/);
    const duplicate = /(KZ-2024-\d{4})/.exec(page.url())?.[1] as string;
    await editor.goto(`${server.origin}/en/workspace/incidents/${duplicate}`);
    const offered = editor.locator(`[data-duplicate="${reference}"] button`);
    assert.equal(await offered.count(), 1, 'the original is offered for merging');
    await editor.fill(
      `[data-duplicate="${reference}"] textarea[name="reason"]`,
      'The same seizure, reported twice',
    );
    await offered.click();
    await editor.waitForURL(new RegExp(`/workspace/incidents/${reference}$`));
    const old = await context.newPage();
    await old.goto(`${server.origin}/en/incidents/${duplicate}`);
    assert.ok(
      old.url().endsWith(`/en/incidents/${reference}`),
      'the duplicate’s reference leads to the original',
    );

    // The workspace pages pass axe-core at both widths.
    const audit = await browser.newContext({ viewport: WIDTHS.desktop, bypassCSP: true });
    const auditor = await signIn(audit, 'erlan');
    for (const path of [
      '/en/workspace/',
      '/en/workspace/incidents',
      `/en/workspace/incidents/${reference}`,
      `/en/workspace/incidents/${reference}/edit`,
      `/en/workspace/incidents/${reference}/case`,
      `/en/workspace/incidents/${reference}/history`,
      '/kk/workspace/incidents/new',
    ]) {
      for (const [width, size] of Object.entries(WIDTHS)) {
        await auditor.setViewportSize(size);
        await auditor.goto(`${server.origin}${path}`);
        assert.deepEqual(await accessibilityProblems(auditor), [], `${path} at ${width}`);
        await screenshot(auditor, `workspace${path}`, width);
      }
    }
    assert.deepEqual(refused, [], 'nothing refused by the Content-Security-Policy');
    await Promise.all([context.close(), editorContext.close(), audit.close()]);
  });
});
