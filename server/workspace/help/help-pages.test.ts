import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ROLE_PERMISSIONS, ROLES } from '../../../shared/access/permissions.js';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import {
  type Desk,
  deskWorker,
  question,
  report,
  setUpDesk,
  submit,
} from '../../../test/helpers/help-workspace.js';
import { formFields, signedIn } from '../../../test/helpers/workspace.js';
import { systemPrincipal } from '../../http/auth.js';
import { assignHelpRequest, readHelpRequest, setHelpStatus } from '../../modules/help/help.service.js';

const t = useTestApp();
const system = systemPrincipal('test');
let made: Desk | undefined;
/** The desk, set up once for the file when a test first needs it (after the app exists). */
const deskOf = async () => {
  made ??= await setUpDesk(t);
  return made;
};

const H = '/en/workspace/help';
const version = async (id: string) => (await readHelpRequest(t.db, system, id, null)).version;

describe('workspace help desk: who may see which request', () => {
  test('a viewer is refused (403, in the workspace frame) on every help page and form, and is offered none', async () => {
    const desk = await deskOf();
    const { id } = await submit(t, report('viewer-refused'));
    const viewer = await signedIn(t, 'viewer');
    const dashboard = await viewer.get('/en/workspace/');
    assert.ok(!dashboard.html.includes(`href="${H}"`), 'no Help desk entry for a viewer');
    assert.ok(!dashboard.html.includes('Help requests waiting'));
    const csrf = viewer.csrf(dashboard.html);
    const fake = '00000000-0000-4000-8000-000000000000';
    for (const path of [H, `${H}/${id}`, `${H}/${id}/files/${fake}`, `${H}/access`, `${H}?status=new`]) {
      const res = await viewer.get(path);
      assert.equal(res.status, 403, path);
      assert.ok(res.html.includes('Your account may not do this'), path);
      assert.ok(!res.html.includes('viewer-refused'), path);
    }
    const before = await countRows(t.db, 'audit_events');
    for (const [path, fields] of [
      [`${H}/${id}/assign`, { account: viewer.accountId, version: '1' }],
      [`${H}/${id}/status`, { status: 'spam', version: '1' }],
      [`${H}/${id}/category`, { category: 'other', version: '1' }],
      [`${H}/${id}/notes`, { text: 'a note' }],
      [`${H}/${id}/answer`, { text: 'an answer' }],
      [`${H}/${id}/draft`, {}],
      [`${H}/access/unlock`, { recoveryKey: desk.recoveryKey }],
      [`${H}/access/${viewer.accountId}/grant`, {}],
      [`${H}/access/${viewer.accountId}/revoke`, {}],
    ] as const) {
      const res = await viewer.post(path, { _csrf: csrf, ...fields });
      assert.equal(res.status, 403, path);
    }
    assert.equal(await countRows(t.db, 'audit_events'), before, 'nothing was written');
    assert.equal((await readHelpRequest(t.db, system, id, null)).status, 'new');
  });

  test('a lawyer and a monitor do not see a request held by someone else or marked spam: not listed, not counted, 404', async () => {
    const desk = await deskOf();
    const lawyer = await deskWorker(t, desk, 'lawyer');
    const monitor = await deskWorker(t, desk, 'monitor');
    const editor = await deskWorker(t, desk, 'editor');
    const mine = await submit(t, question('held-by-lawyer'));
    const theirs = await submit(t, question('held-by-monitor'));
    const spam = await submit(t, question('marked-spam'));
    await assignHelpRequest(t.db, system, mine.id, lawyer.accountId, await version(mine.id));
    await assignHelpRequest(t.db, system, theirs.id, monitor.accountId, await version(theirs.id));
    await setHelpStatus(t.db, system, spam.id, 'spam', await version(spam.id));

    const lawyerList = await lawyer.get(H);
    assert.equal(lawyerList.status, 200);
    assert.ok(lawyerList.html.includes(`${H}/${mine.id}`));
    assert.ok(!lawyerList.html.includes(theirs.id), 'another’s request is not listed');
    assert.ok(!lawyerList.html.includes(spam.id), 'spam is not listed');
    for (const hidden of [theirs.id, spam.id]) {
      const page = await lawyer.get(`${H}/${hidden}`);
      assert.equal(page.status, 404);
      assert.ok(!page.html.includes('held-by-monitor') && !page.html.includes('marked-spam'));
      const spamList = await lawyer.get(`${H}?status=spam`);
      assert.ok(!spamList.html.includes(hidden));
    }
    const monitorPage = await monitor.get(`${H}/${mine.id}`);
    assert.equal(monitorPage.status, 404, 'the monitor does not see the lawyer’s request');

    // Counted as each may see: the editor's count includes what the lawyer's does not.
    const waitingOf = (html: string) => Number(/Help requests waiting \((\d+)\)/.exec(html)?.[1]);
    const lawyerCount = waitingOf((await lawyer.get('/en/workspace/')).html);
    const editorCount = waitingOf((await editor.get('/en/workspace/')).html);
    assert.ok(editorCount >= lawyerCount + 1, `${editorCount} vs ${lawyerCount}`);
    const nav = (await lawyer.get('/en/workspace/')).html;
    assert.match(nav, new RegExp(`href="${H}"[^>]*>Help desk( \\(${lawyerCount}\\))?<`));

    const editorList = await editor.get(`${H}?status=spam`);
    assert.ok(editorList.html.includes(spam.id), 'an editor sees spam');
    for (const id of [mine.id, theirs.id, spam.id]) {
      assert.equal((await editor.get(`${H}/${id}`)).status, 200, 'an editor sees every request');
    }
  });

  test('filters: assigned to me, unassigned, lane, category; a value the list does not know is refused by name', async () => {
    const desk = await deskOf();
    const monitor = await deskWorker(t, desk, 'monitor');
    const taken = await submit(t, report('filter-taken', { category: 'detention' }));
    const open = await submit(t, question('filter-open', { lane: 'moderated' }));
    await assignHelpRequest(t.db, system, taken.id, monitor.accountId, await version(taken.id));
    const me = (await monitor.get(`${H}?assigned=me`)).html;
    assert.ok(me.includes(taken.id) && !me.includes(open.id));
    const none = (await monitor.get(`${H}?assigned=none`)).html;
    assert.ok(none.includes(open.id) && !none.includes(taken.id));
    const moderated = (await monitor.get(`${H}?lane=moderated`)).html;
    assert.ok(moderated.includes(open.id) && !moderated.includes(taken.id));
    assert.ok(
      moderated.includes(
        'Sent without JavaScript (as from Tor Browser at its strictest level), so not checked automatically',
      ),
    );
    const detention = (await monitor.get(`${H}?category=detention`)).html;
    assert.ok(detention.includes(taken.id) && !detention.includes(open.id));
    assert.match(me, /Waiting: <strong>under an hour<\/strong>/);
    const bad = await monitor.get(`${H}?status=everything`);
    assert.equal(bad.status, 400);
    assert.ok(bad.html.includes('status'));
  });

  test('without the desk key in the session: the metadata and how to get access, nothing of the content', async () => {
    const desk = await deskOf();
    const { id } = await submit(t, report('locked-content'));
    const lawyer = await deskWorker(t, desk, 'lawyer', false);
    const page = await lawyer.get(`${H}/${id}`);
    assert.equal(page.status, 200);
    assert.ok(page.html.includes('This session does not hold the help desk key'));
    assert.ok(page.html.includes('an administrator must give your account access'));
    assert.ok(page.html.includes('Incident report') && page.html.includes('Passed the browser check'));
    assert.ok(!page.html.includes('locked-content'), 'no content without the key');
    assert.ok(!page.html.includes(`${H}/${id}/answer`), 'no answer form without the key');
    const admin = await deskWorker(t, desk, 'administrator', false);
    const adminPage = await admin.get(`${H}/${id}`);
    assert.ok(adminPage.html.includes(`href="${H}/access"`), 'an administrator is pointed to the key page');
  });
});

describe('workspace help desk: the permission matrix, page by page', () => {
  test('every role: the queue, a request and the forms for help.work; the key page for help.keys', async () => {
    const desk = await deskOf();
    const { id } = await submit(t, question('matrix'));
    for (const role of ROLES) {
      const b = await deskWorker(t, desk, role, ROLE_PERMISSIONS[role].has('help.work'));
      const works = ROLE_PERMISSIONS[role].has('help.work');
      const keys = ROLE_PERMISSIONS[role].has('help.keys');
      assert.equal((await b.get(H)).status, works ? 200 : 403, `${role} queue`);
      assert.equal((await b.get(`${H}/${id}`)).status, works ? 200 : 403, `${role} request`);
      assert.equal((await b.get(`${H}/access`)).status, keys ? 200 : 403, `${role} key page`);
      const dashboard = (await b.get('/en/workspace/')).html;
      assert.equal(dashboard.includes(`href="${H}"`), works, `${role} navigation`);
      assert.equal(dashboard.includes('id="help-desk"'), works, `${role} dashboard`);
      const note = await b.post(`${H}/${id}/notes`, { _csrf: b.csrf(dashboard), text: `${role} was here` });
      assert.equal(note.status, works ? 303 : 403, `${role} note`);
    }
  });

  test('the pages speak kk and ru with no key or English left in them', async () => {
    const desk = await deskOf();
    const { id } = await submit(t, report('languages'));
    const admin = await deskWorker(t, desk, 'administrator');
    for (const [lang, words] of [
      ['kk', ['Өтініштер', 'Өтінішпен жұмыс', 'Ішкі жазба', 'Көмек қызметінің кілті']],
      ['ru', ['Обращения', 'Работа с обращением', 'Внутренняя заметка', 'Ключ службы помощи']],
    ] as const) {
      const pages = await Promise.all(
        [
          `/${lang}/workspace/help`,
          `/${lang}/workspace/help/${id}`,
          `/${lang}/workspace/help/access`,
          `/${lang}/workspace/`,
        ].map((p) => admin.get(p)),
      );
      const html = pages.map((p) => p.html).join('\n');
      for (const p of pages) assert.equal(p.status, 200);
      for (const w of words) assert.ok(html.includes(w), `${lang}: ${w}`);
      assert.ok(!/\bhd\.[a-z]/.test(html), `${lang}: a key leaks`);
      for (const english of ['Help request', 'Waiting', 'Internal note', 'Assign to', 'Desk key']) {
        assert.ok(!html.includes(english), `${lang}: "${english}"`);
      }
    }
  });
});

describe('workspace help desk: the work on a request', () => {
  test('HTML and script in every field, the contact and a file name are shown as text', async () => {
    const desk = await deskOf();
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const s = report('inert');
    s.body.fields = Object.fromEntries(Object.keys(s.body.fields ?? {}).map((k) => [k, `${k} ${evil}`]));
    s.body.contact = `contact ${evil}`;
    s.files = [{ name: `${evil}.pdf`, mediaType: 'text/html', bytes: new TextEncoder().encode(evil) }];
    const { id } = await submit(t, s);
    const editor = await deskWorker(t, desk, 'editor');
    const note = await editor.post(`${H}/${id}/notes`, {
      _csrf: editor.csrf((await editor.get(`${H}/${id}`)).html),
      text: `note ${evil}`,
    });
    assert.equal(note.status, 303, note.html);
    const page = await editor.get(`${H}/${id}`);
    assert.equal(page.status, 200);
    assert.ok(!page.html.includes('<script>alert'), 'no live script');
    assert.ok(!page.html.includes('<img src=x'), 'no live image');
    assert.ok(page.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    for (const k of ['what', 'when', 'where', 'targeted', 'by_whom', 'links', 'contact', 'note']) {
      assert.ok(page.html.includes(`${k} &lt;script&gt;`), k);
    }
    assert.ok(page.html.includes('Internal note — the requester never sees it'));
    assert.ok(page.html.includes('(text/html, 1 KB)'), 'a file under a kilobyte reads 1 KB, not 0');
    const file = /href="(\/en\/workspace\/help\/[^"]+\/files\/[^"]+)"/.exec(page.html)?.[1] as string;
    const download = await editor.get(file);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/octet-stream');
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename="/);
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(download.html, evil, 'the bytes as sent, as a download');
  });

  test('a move the request cannot make is refused in the reader’s words, with the request shown again', async () => {
    const desk = await deskOf();
    const { id } = await submit(t, question('spam-answer'));
    await setHelpStatus(t.db, system, id, 'spam', await version(id));
    const editor = await deskWorker(t, desk, 'editor');
    const page = await editor.get(`${H}/${id}`);
    const refused = await editor.post(`${H}/${id}/answer`, {
      _csrf: editor.csrf(page.html),
      text: 'typed answer',
    });
    assert.equal(refused.status, 409);
    assert.ok(refused.html.includes('That move is not possible from where it is now.'));
    assert.ok(refused.html.includes('>typed answer</textarea>'), 'what was typed is kept');
    assert.equal((await readHelpRequest(t.db, system, id, desk.key)).messages?.length, 1);
  });

  test('a form without its CSRF token is refused and changes nothing', async () => {
    const desk = await deskOf();
    const { id } = await submit(t, question('csrf'));
    const monitor = await deskWorker(t, desk, 'monitor');
    const v = String(await version(id));
    for (const [path, fields] of [
      [`${H}/${id}/assign`, { account: monitor.accountId, version: v }],
      [`${H}/${id}/status`, { status: 'closed', version: v }],
      [`${H}/${id}/notes`, { text: 'forged note' }],
      [`${H}/${id}/answer`, { text: 'forged answer' }],
      [`${H}/${id}/draft`, {}],
    ] as const) {
      const res = await monitor.post(path, { _csrf: 'forged', ...fields });
      assert.equal(res.status, 403, path);
      assert.ok(res.html.includes('The form expired'), path);
    }
    const after = await readHelpRequest(t.db, system, id, desk.key);
    assert.equal(after.status, 'new');
    assert.equal(after.assignedTo, null);
    assert.equal(after.messages?.length, 1, 'no note, no answer');
  });

  test('assign, move and re-file carry the version read: a stale one is refused with the request as it is now', async () => {
    const desk = await deskOf();
    const { id } = await submit(t, question('stale'));
    const lawyer = await deskWorker(t, desk, 'lawyer');
    const other = await deskWorker(t, desk, 'monitor');
    const page = await lawyer.get(`${H}/${id}`);
    const action = `${H}/${id}/assign`;
    const taken = await lawyer.post(action, formFields(page.html, action));
    assert.equal(taken.status, 303, taken.html);
    assert.equal((await readHelpRequest(t.db, system, id, null)).assignedTo?.id, lawyer.accountId);
    // The same page, sent again with its old version, to someone else.
    const fields = formFields(page.html, action);
    const stale = await lawyer.post(action, { ...fields, account: other.accountId });
    assert.equal(stale.status, 409);
    assert.ok(stale.html.includes('Someone changed this request meanwhile'));
    assert.equal((await readHelpRequest(t.db, system, id, null)).assignedTo?.id, lawyer.accountId);
    const status = `${H}/${id}/status`;
    const staleStatus = await lawyer.post(status, { ...formFields(page.html, status), status: 'closed' });
    assert.equal(staleStatus.status, 409);
    const fresh = await lawyer.get(`${H}/${id}`);
    const moved = await lawyer.post(status, { ...formFields(fresh.html, status), status: 'in_progress' });
    assert.equal(moved.status, 303, moved.html);
    assert.equal((await readHelpRequest(t.db, system, id, null)).status, 'in_progress');
    const noVersion = await lawyer.post(status, { _csrf: lawyer.csrf(fresh.html), status: 'closed' });
    assert.equal(noVersion.status, 422, 'a form without a version is refused');
  });
});
