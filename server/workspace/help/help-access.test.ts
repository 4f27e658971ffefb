import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { deskWorker, question, submit } from '../../../test/helpers/help-workspace.js';
import { browser } from '../../../test/helpers/workspace.js';
import { initHelpDesk } from '../../modules/help/help-keys.service.js';

const t = useTestApp();
const A = '/en/workspace/help/access';

describe('workspace help desk: the desk key page', () => {
  test('from setup to a lawyer reading a request: unlock with the recovery key, give access, take it away', async () => {
    const admin = await deskWorker(t, null, 'administrator');
    const lawyer = await deskWorker(t, null, 'lawyer');
    const notYet = await admin.get(A);
    assert.equal(notYet.status, 200);
    assert.ok(notYet.html.includes('The help desk has not been set up yet.'));
    assert.ok(notYet.html.includes('npm run cli -- help-desk init'));

    const { recoveryKey } = await initHelpDesk(t.db);
    const { id } = await submit(t, question('key-page'));
    const locked = await admin.get(A);
    assert.ok(locked.html.includes('This session does not hold the desk key.'));
    assert.ok(!locked.html.includes(`${A}/${lawyer.accountId}/grant`), 'nothing to give without the key');
    const csrf = admin.csrf(locked.html);
    const wrong = await admin.post(`${A}/unlock`, { _csrf: csrf, recoveryKey: 'AAAA BBBB CCCC DDDD' });
    assert.ok(wrong.status >= 400 && wrong.status < 500, String(wrong.status));
    assert.ok(wrong.html.includes('That recovery key does not open the desk key.'), wrong.html.slice(-2000));
    const forged = await admin.post(`${A}/unlock`, { _csrf: 'forged', recoveryKey });
    assert.equal(forged.status, 403);
    const unlocked = await admin.post(`${A}/unlock`, { _csrf: csrf, recoveryKey: recoveryKey.toLowerCase() });
    assert.equal(unlocked.status, 303, unlocked.html);
    const open = await admin.get(unlocked.location as string);
    assert.ok(open.html.includes('Unlocked: this session now holds the desk key.'));
    assert.ok(open.html.includes(lawyer.name));
    assert.ok(open.html.includes('key-page') === false, 'the key page shows no request');

    const late = await deskWorker(t, null, 'monitor');
    const list = (await admin.get(A)).html;
    assert.ok(list.includes(late.name));

    const granted = await admin.post(`${A}/${lawyer.accountId}/grant`, { _csrf: csrf });
    assert.equal(granted.status, 303, granted.html);
    assert.ok((await admin.get(granted.location as string)).html.includes('Access given.'));
    // The lawyer's next sign-in opens the desk key into the session.
    const again = browser(t);
    assert.equal((await again.signIn(lawyer.username)).status, 303);
    const reading = await again.get(`/en/workspace/help/${id}`);
    assert.ok(reading.html.includes('We are being sued over an article key-page'));

    const revoked = await admin.post(`${A}/${lawyer.accountId}/revoke`, { _csrf: csrf });
    assert.equal(revoked.status, 303, revoked.html);
    const after = await again.get(`/en/workspace/help/${id}`);
    assert.ok(
      after.html.includes('This session does not hold the help desk key'),
      'revoking ends the session’s key',
    );
    assert.ok(!after.html.includes('key-page'));

    assert.equal((await lawyer.get(A)).status, 403, 'a lawyer may not open the key page');
    const refused = await lawyer.post(`${A}/${lawyer.accountId}/grant`, { _csrf: lawyer.csrf(reading.html) });
    assert.equal(refused.status, 403);
  });
});
