import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemPrincipal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { outletIdsOf } from '../../server/modules/people/person.repo.js';
import { updatePerson } from '../../server/modules/people/person.service.js';
import { accessibilityProblems, launchBrowser, screenshot, WIDTHS } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/server.js';
import { PASSWORD } from '../helpers/workspace.js';

let browser: Browser | null = null;
let server: Awaited<ReturnType<typeof startDemoServer>>;
let ids: { person: string; outlet: string; intervention: string };

/** Signs in through the login form, as a person would. */
async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/en/workspace/login`);
  await page.fill('#username', 'aigerim');
  await page.fill('#password', PASSWORD);
  await page.click('main button[type="submit"]');
  await page.waitForURL(/\/en\/workspace\/$/);
  return page;
}

describe('the workspace’s reference pages in a real browser', () => {
  before(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    const db = server.handle.db;
    const input = AccountInput.parse({
      username: 'aigerim',
      displayName: 'Aigerim B.',
      role: 'administrator',
      // The workspace opens in the account's language after sign-in; these tests read English.
      language: 'en',
    });
    await createAccount(db, systemPrincipal('test'), input, PASSWORD);
    const id = async (table: 'people' | 'outlets', name: string) =>
      (await db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    const letter = await db
      .selectFrom('interventions')
      .select('id')
      .where('kind', '=', 'email')
      .executeTakeFirstOrThrow();
    ids = {
      person: await id('people', 'Roman Yegorov'),
      outlet: await id('outlets', 'Ak Zhaiyk'),
      intervention: letter.id,
    };
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a person edited through the form; a stale save shows both versions; the page’s CSP holds', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    const context = await browser.newContext({ viewport: WIDTHS.desktop });
    const page = await signIn(context);
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) refused.push(m.text());
    });
    await page.click('nav.main a:text("People")');
    await page.fill('#q', 'Егоров');
    await page.click('main button[type="submit"]');
    await page.click('main table a:text("Roman Yegorov")');
    await page.waitForURL(/\/en\/workspace\/people\/[0-9a-f-]{36}$/);
    assert.ok(((await page.textContent('main')) ?? '').includes('KZ-'), 'his incidents are listed');

    await page.click('main a:text("Edit")');
    await page.fill('#f-aliases', 'Roman Egorov');
    await page.click('form.record button[type="submit"]');
    await page.waitForURL(/done=saved/);
    assert.ok(((await page.textContent('.notice')) ?? '').includes('Saved.'));

    await page.click('main a:text("Edit")');
    const row = await server.handle.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', ids.person)
      .executeTakeFirstOrThrow();
    await updatePerson(server.handle.db, systemPrincipal('test'), ids.person, {
      name: row.name,
      names: row.names,
      aliases: row.aliases,
      roles: row.roles,
      gender: row.gender,
      consentToName: row.consent_to_name,
      notes: 'Written by someone else meanwhile',
      outletIds: (await outletIdsOf(server.handle.db, [ids.person])).get(ids.person) ?? [],
      version: row.version,
    });
    await page.fill('#f-notes', 'My own note');
    await page.click('form.record button[type="submit"]');
    assert.equal(await page.inputValue('#f-notes'), 'My own note');
    assert.ok(
      ((await page.textContent('#f-notes-theirs')) ?? '').includes('Written by someone else meanwhile'),
    );
    assert.deepEqual(refused, [], 'nothing was refused by the page’s Content-Security-Policy');
    await context.close();
  });

  test('every reference page passes axe-core without serious or critical problems; screenshots at two widths', async (t) => {
    if (!browser) return t.skip('no Chromium here (outside CI)');
    // Named for their screenshots: the records' ids change from run to run.
    const pages: [string, string][] = [
      ['people', '/en/workspace/people'],
      ['person', `/ru/workspace/people/${ids.person}`],
      ['person-edit', `/kk/workspace/people/${ids.person}/edit`],
      ['person-new', '/en/workspace/people/new'],
      ['outlets', '/kk/workspace/outlets'],
      ['outlet', `/en/workspace/outlets/${ids.outlet}`],
      ['outlet-edit', `/ru/workspace/outlets/${ids.outlet}/edit`],
      ['interventions-overdue', '/en/workspace/interventions?overdue=true'],
      ['intervention', `/ru/workspace/interventions/${ids.intervention}`],
      ['intervention-edit', `/en/workspace/interventions/${ids.intervention}/edit`],
      ['intervention-new', '/kk/workspace/interventions/new'],
      ['vocabularies', '/en/workspace/vocabularies'],
      ['terms', '/ru/workspace/vocabularies/typology'],
      ['term-edit', '/kk/workspace/vocabularies/typology/terms/arson'],
      ['term-new', '/en/workspace/vocabularies/victim_role/new'],
      ['places', '/en/workspace/places'],
      ['place-edit', '/ru/workspace/places/KZ-SEV-petropavlovsk'],
      ['place-new', '/kk/workspace/places/new?parent=KZ-SEV'],
    ];
    for (const [name, viewport] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({ bypassCSP: true, viewport });
      const page = await signIn(context);
      for (const [label, path] of pages) {
        const response = await page.goto(`${server.origin}${path}`);
        assert.equal(response?.status(), 200, path);
        assert.deepEqual(await accessibilityProblems(page), [], `${path} at ${name} width`);
        await screenshot(page, `workspace-${label}`, name);
      }
      // A form sent back with problems beside its fields.
      await page.goto(`${server.origin}/en/workspace/outlets/new`);
      await page.fill('#f-name', 'An outlet');
      await page.fill('#f-country', 'Kazakhstan');
      await page.click('form.record button[type="submit"]');
      assert.ok(((await page.textContent('main')) ?? '').includes('Not in the expected form'));
      assert.deepEqual(await accessibilityProblems(page), [], `a form with problems at ${name} width`);
      await screenshot(page, 'workspace-outlet-new-with-problems', name);
      await context.close();
    }
  });
});
