import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../test/helpers/factories.js';
import { formFields, signedIn } from '../../test/helpers/workspace.js';

const t = useTestApp();

describe('workspace: outlets', () => {
  test('a monitor adds an outlet and edits it; the list and page render in kk, ru and en', async () => {
    const b = await signedIn(t, 'monitor');
    const created = await b.submit('/en/workspace/outlets/new', '/en/workspace/outlets', {
      name: 'Vlast.kz',
      'names.ru': 'Власть',
      aliases: 'Vlast',
      type: 'news_website',
      independence: 'independent',
      country: 'kz',
      url: 'https://vlast.kz',
    });
    assert.equal(created.status, 303, created.html);
    const id = /outlets\/([0-9a-f-]{36})/.exec(created.location ?? '')?.[1] as string;
    const api = await t.get(`/api/v1/outlets/${id}`);
    assert.equal(api.body.country, 'KZ');
    assert.equal(api.body.type, 'news_website');
    assert.equal(api.body.names.ru, 'Власть');

    const edit = await b.get(`/en/workspace/outlets/${id}/edit`);
    const fields = formFields(edit.html, `/en/workspace/outlets/${id}`);
    assert.equal(fields.type, 'news_website');
    const saved = await b.post(`/en/workspace/outlets/${id}`, { ...fields, independence: 'unknown' });
    assert.equal(saved.status, 303, saved.html);
    assert.equal((await t.get(`/api/v1/outlets/${id}`)).body.independence, 'unknown');

    for (const [lang, word] of [
      ['en', 'Outlets'],
      ['ru', 'СМИ'],
      ['kk', 'БАҚ'],
    ] as const) {
      const list = await b.get(`/${lang}/workspace/outlets?q=vlast`);
      assert.equal(list.status, 200);
      assert.ok(list.html.includes('Vlast.kz') && list.html.includes(word), lang);
      const page = await b.get(`/${lang}/workspace/outlets/${id}`);
      assert.ok(page.html.includes('https://vlast.kz'), lang);
      assert.equal((await b.get(`/${lang}/workspace/outlets/${id}/edit`)).status, 200);
    }
  });

  test('an outlet’s page lists its people and their incidents, without confidential ones for a monitor', async () => {
    const outlet = await t.post('/api/v1/outlets', { name: 'Ak Zhaiyk', type: 'newspaper' });
    const person = await t.post(
      '/api/v1/people',
      buildPerson({ name: 'Ak Zhaiyk Reporter', outletIds: [outlet.body.id] }),
    );
    const victim = [{ key: 'v', personId: person.body.id }];
    const open = await t.post(
      '/api/v1/incidents',
      buildIncident({ victims: victim, violations: [{ typeCode: 'assault', victim: 'v' }] }),
    );
    const secret = await t.post(
      '/api/v1/incidents',
      buildIncident({
        visibility: 'confidential',
        victims: victim,
        violations: [{ typeCode: 'threat', victim: 'v' }],
      }),
    );
    const monitor = await signedIn(t, 'monitor');
    const page = await monitor.get(`/en/workspace/outlets/${outlet.body.id}`);
    assert.ok(page.html.includes('Ak Zhaiyk Reporter'));
    assert.ok(page.html.includes(open.body.reference));
    assert.ok(!page.html.includes(secret.body.reference));
    const editor = await signedIn(t, 'editor');
    assert.ok(
      (await editor.get(`/en/workspace/outlets/${outlet.body.id}`)).html.includes(secret.body.reference),
    );
  });

  test('a forged form is refused with 403; a viewer sees no form and cannot post one', async () => {
    const outlet = await t.post('/api/v1/outlets', { name: 'Steady Outlet', type: 'newspaper' });
    const before = await countRows(t.db, 'outlets');
    const monitor = await signedIn(t, 'monitor');
    await monitor.get('/en/workspace/outlets/new');
    const forged = await monitor.post('/en/workspace/outlets', {
      _csrf: 'forged',
      name: 'Forged',
      type: 'newspaper',
    });
    assert.equal(forged.status, 403);
    assert.equal(await countRows(t.db, 'outlets'), before);

    const viewer = await signedIn(t, 'viewer');
    const page = await viewer.get(`/en/workspace/outlets/${outlet.body.id}`);
    assert.ok(!page.html.includes('/edit"') && !page.html.includes('outlets/new'));
    assert.equal((await viewer.get(`/en/workspace/outlets/${outlet.body.id}/edit`)).status, 403);
    const refused = await viewer.post(`/en/workspace/outlets/${outlet.body.id}`, {
      _csrf: viewer.csrf(page.html),
      name: 'Taken Over',
      type: 'newspaper',
      version: '1',
    });
    assert.equal(refused.status, 403);
    assert.ok(refused.html.includes('Your account may not do this'));
    assert.equal((await t.get(`/api/v1/outlets/${outlet.body.id}`)).body.name, 'Steady Outlet');
  });

  test('a stale save keeps the typed values and shows the saved ones; a taken name is said so', async () => {
    const outlet = await t.post('/api/v1/outlets', { name: 'Race Outlet', type: 'newspaper' });
    const b = await signedIn(t, 'editor');
    const edit = await b.get(`/en/workspace/outlets/${outlet.body.id}/edit`);
    const fields = formFields(edit.html, `/en/workspace/outlets/${outlet.body.id}`);
    await t.put(`/api/v1/outlets/${outlet.body.id}`, {
      name: 'Race Outlet',
      type: 'tv_channel',
      version: 1,
    });
    const stale = await b.post(`/en/workspace/outlets/${outlet.body.id}`, {
      ...fields,
      url: 'https://mine.example',
    });
    assert.equal(stale.status, 409);
    assert.equal(
      formFields(stale.html, `/en/workspace/outlets/${outlet.body.id}`).url,
      'https://mine.example',
    );
    assert.match(stale.html, /Saved by someone else:\s*<span class="pre">TV channel<\/span>/);

    const taken = await b.submit('/en/workspace/outlets/new', '/en/workspace/outlets', {
      name: 'race outlet',
      type: 'newspaper',
      country: '',
    });
    assert.equal(taken.status, 409);
    assert.ok(taken.html.includes('That already exists.') && taken.html.includes('race outlet'));
  });
});
