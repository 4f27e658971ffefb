import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { logIn } from '../../server/modules/accounts/login.service.js';
import { grantDeskAccess } from '../../server/modules/help/help-access.service.js';
import { initHelpDesk, openWithRecoveryKey } from '../../server/modules/help/help-keys.service.js';
import { accessibilityProblems, launchBrowser, screenshot } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';
import { PASSWORD } from '../helpers/workspace.js';

/*
 * The help desk end to end in Chromium: a journalist reports with JavaScript off (as Tor Browser
 * at "Safest" would), keeps the receipt; a lawyer signs in, takes the report and answers; the
 * journalist comes back with the receipt, reads the answer and writes back; an editor turns the
 * report into a draft incident, which stays linked to the request. Each workspace page is
 * photographed at 360 and 1280 px, and checked for overflow and serious axe-core problems.
 */
let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;
const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } };
/** The public forms refuse what is sent sooner than a person could fill them. */
const FILL_MS = 3_200;

async function signIn(context: BrowserContext, username: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/en/workspace/login`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('main button[type="submit"]');
  await page.waitForURL(/\/en\/workspace\/$/);
  return page;
}

/** Photographs the open page at both widths and returns what is wrong with it at either. */
async function look(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  for (const [width, size] of Object.entries(SIZES)) {
    await page.setViewportSize(size);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    if (wide) problems.push(`${name}: wider than ${size.width} px`);
    await screenshot(page, `help-desk-${name}`, width);
  }
  for (const p of await accessibilityProblems(page)) problems.push(`${name}: ${p}`);
  return problems;
}

describe('the help desk in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    const db = server.handle.db;
    const { recoveryKey } = await initHelpDesk(db);
    const desk = await openWithRecoveryKey(db, recoveryKey);
    for (const [username, role] of [
      ['saule', 'lawyer'],
      ['erlan', 'editor'],
      ['aigerim', 'administrator'],
    ] as const) {
      const { account } = await createAccount(
        db,
        systemPrincipal('test'),
        AccountInput.parse({ username, displayName: `${username} (${role})`, role, language: 'en' }),
        PASSWORD,
      );
      // A first sign-in makes the account's key pair; then an administrator gives access.
      await logIn(db, { username, password: PASSWORD, address: '127.0.0.1', userAgent: null });
      await grantDeskAccess(db, systemPrincipal('test'), account.id, desk);
    }
    // An administrator not given access: the request's page is locked, the key page offers to unlock.
    await createAccount(
      db,
      systemPrincipal('test'),
      AccountInput.parse({ username: 'bolat', displayName: 'Bolat', role: 'administrator', language: 'en' }),
      PASSWORD,
    );
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('report without JavaScript, answer, read and reply with the receipt, then a draft incident', async (t) => {
    const b = browser;
    if (!b) return t.skip('no Chromium here (outside CI)');
    const problems: string[] = [];

    // The journalist, JavaScript off.
    const journalist = await b.newContext({ javaScriptEnabled: false, viewport: SIZES.phone });
    const form = await journalist.newPage();
    await form.goto(`${server.origin}/ru/help/report`);
    await form.fill('[name="what"]', 'Меня задержали у здания суда <b>после</b> эфира, отобрали телефон.');
    await form.fill('[name="when"]', '12.03.2026');
    await form.fill('[name="where"]', 'Алматы, у здания суда');
    await form.fill('[name="targeted"]', 'Я, корреспондент');
    await form.fill('[name="links"]', 'https://example.kz/news/detained');
    await form.waitForTimeout(FILL_MS);
    await form.click('main button[type="submit"]');
    const digits = await form.$$eval('.help-digits', (dd) => dd.map((d) => (d.textContent ?? '').trim()));
    assert.equal(digits.length, 2, 'the receipt shows a code and a passphrase');
    const [code, passphrase] = digits as [string, string];
    assert.match(code, /^\d{4} \d{4} \d{4} \d{4}$/);
    await form.check('[name="saved"]');
    await form.click('main form.help-saved button[type="submit"]');

    // The lawyer: the dashboard counts it, the queue lists it, the page shows it; take it and answer.
    const lawyer = await signIn(await b.newContext({ viewport: SIZES.desktop }), 'saule');
    assert.match((await lawyer.textContent('#help-desk')) ?? '', /\(1\)/);
    problems.push(...(await look(lawyer, 'dashboard')));
    await lawyer.click('nav.main a[href="/en/workspace/help"]');
    problems.push(...(await look(lawyer, 'queue')));
    await lawyer.click('ul.desk-queue a');
    assert.ok(((await lawyer.textContent('main')) ?? '').includes('<b>после</b>'), 'markup shown as text');
    await lawyer.click('button:has-text("Take it myself")');
    await lawyer.waitForURL(/done=assigned/);
    await lawyer.fill('#help-answer', 'Мы свяжемся с адвокатом. Не подписывайте ничего без него.');
    await lawyer.click('button:has-text("Send the answer")');
    await lawyer.waitForURL(/done=answer/);
    await lawyer.fill('#help-note', 'Проверить, в каком суде рассматривается дело.');
    await lawyer.click('button:has-text("Add the note")');
    await lawyer.waitForURL(/done=note/);
    problems.push(...(await look(lawyer, 'request')));
    const requestUrl = lawyer.url().replace(/\?.*$/, '');

    // The journalist comes back with the receipt, reads the answer (not the note) and writes back.
    const status = await journalist.newPage();
    await status.goto(`${server.origin}/ru/help/status`);
    await status.fill('#code', code);
    await status.fill('#passphrase', passphrase);
    await status.click('main form button[type="submit"]');
    const thread = (await status.textContent('main')) ?? '';
    assert.ok(thread.includes('Не подписывайте ничего без него.'), 'the answer is read with the receipt');
    assert.ok(!thread.includes('Проверить, в каком суде'), 'the internal note is not');
    await status.waitForTimeout(FILL_MS);
    await status.fill('textarea[name="text"]', 'Спасибо. Суд Медеуского района.');
    await status.click('form[action="/ru/help/status/reply"] button[type="submit"]');
    assert.ok(((await status.textContent('main')) ?? '').includes('Суд Медеуского района.'));
    await journalist.close();

    await lawyer.goto(requestUrl);
    assert.ok(((await lawyer.textContent('.desk-thread')) ?? '').includes('Суд Медеуского района.'));

    // The editor turns the report into a draft incident and saves it; the request stays linked.
    const editor = await signIn(await b.newContext({ viewport: SIZES.desktop }), 'erlan');
    await editor.goto(requestUrl);
    await editor.click('button:has-text("Open the draft")');
    assert.equal(
      await editor.inputValue('[name="title.ru"]'),
      'Меня задержали у здания суда <b>после</b> эфира, отобрали телефон.',
    );
    assert.equal(await editor.inputValue('[name="date.start"]'), '2026-03-12');
    problems.push(...(await look(editor, 'draft')));
    const violation = editor.locator('[name="violations.0.typeCode"]');
    if (await violation.count()) await violation.selectOption({ index: 1 });
    await editor.click('form.editor p.actions button[type="submit"]');
    await editor.waitForURL(/\/incidents\/KZ-\d{4}-\d{4}\?done=created/);
    assert.ok(((await editor.textContent('main')) ?? '').includes('Made from a help request.'));
    await editor.click('a:has-text("Open the request")');
    assert.equal(editor.url(), requestUrl);
    assert.match((await editor.textContent('.desk-meta')) ?? '', /KZ-\d{4}-\d{4}/);

    // The desk key page is an administrator's.
    const admin = await signIn(await b.newContext({ viewport: SIZES.desktop }), 'aigerim');
    await admin.goto(`${server.origin}/en/workspace/help/access`);
    assert.ok(((await admin.textContent('main')) ?? '').includes('saule (lawyer)'));
    problems.push(...(await look(admin, 'access')));

    const locked = await signIn(await b.newContext({ viewport: SIZES.desktop }), 'bolat');
    await locked.goto(requestUrl);
    const lockedText = (await locked.textContent('main')) ?? '';
    assert.ok(lockedText.includes('This session does not hold the help desk key'));
    assert.ok(!lockedText.includes('Меня задержали'), 'nothing of the content without the key');
    problems.push(...(await look(locked, 'request-locked')));
    await locked.click('a:has-text("Open the desk key page")');
    assert.ok(await locked.isVisible('#recovery-key'));
    problems.push(...(await look(locked, 'access-locked')));
    assert.deepEqual(problems, []);
  });
});
