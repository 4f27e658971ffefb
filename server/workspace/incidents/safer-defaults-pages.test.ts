import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { uploaded } from '../../../test/helpers/evidence.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import { pngWithMetadata } from '../../../test/helpers/images.js';
import { account, signedIn } from '../../../test/helpers/workspace.js';
import { accountWithToken } from '../../modules/accounts/bootstrap.js';

const t = useTestApp();

const reported = (overrides: Record<string, unknown> = {}) =>
  buildIncident({ verification: 'reported', visibility: 'restricted', ...overrides });

describe('the workflow’s safer defaults in the workspace', () => {
  test('rejecting asks for a reason, shown on the record and in its history', async () => {
    const incident = (await t.post('/api/v1/incidents', reported())).body;
    const editor = await signedIn(t, 'editor');
    const page = `/en/workspace/incidents/${incident.reference}`;
    const html = (await editor.get(page)).html;
    assert.match(html, /<textarea id="reject-reason" name="reason"[^>]*required/);
    const refused = await editor.submit(page, `${page}/move`, { to: 'rejected', version: '1' });
    assert.equal(refused.status, 422);
    const reason = 'Not about journalism: a neighbours’ quarrel';
    const done = await editor.submit(page, `${page}/move`, { to: 'rejected', version: '1', reason });
    assert.equal(done.status, 303, done.html.slice(0, 1000));
    assert.ok((await editor.get(page)).html.includes(`Reason: ${reason}`));
    assert.ok((await editor.get(`${page}/history`)).html.includes(reason));
  });

  test('the merge form asks for a reason', async () => {
    const a = (
      await t.post('/api/v1/incidents', buildIncident({ title: { en: 'Camera smashed at the rally' } }))
    ).body;
    const b = (await t.post('/api/v1/incidents', reported({ title: { en: 'Camera smashed at the rally' } })))
      .body;
    const editor = await signedIn(t, 'editor');
    const html = (await editor.get(`/en/workspace/incidents/${b.reference}`)).html;
    assert.ok(html.includes(`data-duplicate="${a.reference}"`));
    assert.match(html, new RegExp(`<textarea id="merge-reason-${a.id}" name="reason"[^>]*required`));
  });

  test('publishing without a source is refused in the reader’s language', async () => {
    const bare = (await t.post('/api/v1/incidents', buildIncident({ sources: [] }))).body;
    const editor = await signedIn(t, 'editor');
    const page = `/ru/workspace/incidents/${bare.reference}`;
    const res = await editor.submit(page, `${page}/move`, { to: 'published', version: '1' });
    assert.equal(res.status, 422);
    assert.ok(res.html.includes('Инцидент нельзя опубликовать без источника.'));
  });

  test('a monitor cannot tick a source public; an editor can', async () => {
    const incident = (await t.post('/api/v1/incidents', reported())).body;
    const edit = `/en/workspace/incidents/${incident.reference}/edit`;
    const monitorHtml = (await (await signedIn(t, 'monitor')).get(edit)).html;
    // A monitor is told the source's state and who may change it; no box to tick.
    assert.doesNotMatch(monitorHtml, /<input type="checkbox" name="sources\.0\.public"/);
    assert.match(monitorHtml, /May be shown publicly: No · Only an editor may make a source public\./);
    const editorHtml = (await (await signedIn(t, 'editor')).get(edit)).html;
    assert.match(editorHtml, /<input type="checkbox" name="sources\.0\.public" value="true"/);
  });

  test('an editor releases a file from the incident page; a monitor is not offered it', async () => {
    const incident = (await t.post('/api/v1/incidents', buildIncident())).body;
    const file = await uploaded(t, incident.id, pngWithMetadata(), { sourceId: incident.sources[0].id });
    const page = `/en/workspace/incidents/${incident.reference}`;
    const action = `/en/workspace/files/${file.id}/public`;
    const monitorHtml = (await (await signedIn(t, 'monitor')).get(page)).html;
    assert.ok(monitorHtml.includes(`data-file="${file.sha256}"`) && !monitorHtml.includes(action));
    const editor = await signedIn(t, 'editor');
    assert.ok((await editor.get(page)).html.includes('Make public'));
    const res = await editor.submit(page, action, { public: 'true' });
    assert.equal(res.status, 303);
    const [stored] = (await t.get(`/api/v1/incidents/${incident.id}/files`)).body.items;
    assert.equal(stored.markedPublic, true);
  });

  test('resetting a password says that it revokes the API tokens, and does', async () => {
    const { account: worker } = await account(t, 'monitor');
    const owner = await accountWithToken(t.db, worker.username, 'monitor');
    const admin = await signedIn(t, 'administrator');
    const list = await admin.get('/kk/workspace/accounts');
    assert.ok(list.html.includes('API токендерінің күшін жояды'));
    const res = await admin.submit('/en/workspace/accounts', `/en/workspace/accounts/${worker.id}/reset`, {});
    assert.equal(res.status, 200);
    assert.ok(res.html.includes('Their sessions have ended and their API tokens are revoked.'));
    const me = await t.request('GET', '/api/v1/me', {
      as: 'public',
      headers: { authorization: `Bearer ${owner.token}` },
    });
    assert.equal(me.status, 401);
  });
});
