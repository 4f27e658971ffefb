import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { t as say } from '../../shared/i18n/index.js';
import { useTestApp } from '../../test/helpers/app.js';
import { ENGINE } from '../../test/helpers/database.js';
import { recordIncident } from '../../test/helpers/evidence.js';
import { Tally } from '../../test/helpers/hostile.js';
import { type Browser, browser, type Fields, formFields, signedIn } from '../../test/helpers/workspace.js';

// The workspace's forms (sign-in, the incident editor, a comment, a workflow move) sent the
// hostile classes as someone without a session, a viewer and an administrator: no 5xx, and no
// refusal may write a row.
const t = useTestApp();
let tally: Tally;
let reference: string;
let victim: string;
const callers: Record<string, Browser> = {};

interface Form {
  page: string;
  action: string;
}

const forms = (): Form[] => [
  { page: '/en/workspace/login', action: '/en/workspace/login' },
  { page: '/en/workspace/incidents/new', action: '/en/workspace/incidents/new' },
  { page: `/en/workspace/incidents/${reference}/edit`, action: `/en/workspace/incidents/${reference}/edit` },
  { page: `/en/workspace/incidents/${reference}`, action: `/en/workspace/incidents/${reference}/comments` },
  { page: `/en/workspace/incidents/${reference}`, action: `/en/workspace/incidents/${reference}/move` },
  { page: `/en/workspace/people/${victim}`, action: `/en/workspace/people/${victim}/delete` },
  { page: `/en/workspace/people/${victim}?relq=Hostile`, action: `/en/workspace/people/${victim}/relations` },
];

// Field by field (the NUL goes into every field at once): over every integer column, and over
// every text limit; dates get an impossible day.
const FIELD_VALUES = ['99999999999999999999', 'x'.repeat(10_001)];
const GENERATED = ['a\u0000b', '2023-02-30', ...FIELD_VALUES, '-1', '0', 'true'];

function cookieOf(b: Browser): string {
  return [...b.jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function postRaw(b: Browser, action: string, body: string, type: string, label: string) {
  const res = await t.app.request(action, {
    method: 'POST',
    headers: { cookie: cookieOf(b), 'content-type': type },
    body,
  });
  return tally.record({ label, method: 'POST', status: res.status, text: await res.text() });
}

async function post(b: Browser, action: string, fields: Fields, label: string) {
  const res = await b.post(action, fields);
  return tally.record({ label, method: 'POST', status: res.status, text: res.html });
}

/** The form's fields as the administrator sees them, with this caller's own CSRF token. */
async function fieldsFor(form: Form, who: string): Promise<Fields> {
  const admin = callers.admin as Browser;
  const fields = formFields((await admin.get(form.page)).html, form.action);
  const own = callers[who] as Browser;
  const page = who === 'public' ? '/en/workspace/login' : '/en/workspace/';
  return { ...fields, _csrf: own.csrf((await own.get(page)).html) };
}

async function sendClasses(form: Form, who: string): Promise<void> {
  const b = callers[who] as Browser;
  const fields = await fieldsFor(form, who);
  const label = (what: string) => `${who} ${form.action} [${what}]`;
  const urlencoded = 'application/x-www-form-urlencoded';
  await postRaw(b, form.action, `a=${'x'.repeat(1024 * 1024 + 10)}`, urlencoded, label('oversized'));
  await postRaw(b, form.action, '%zz=%&&=%E0%A4%A', urlencoded, label('malformed'));
  await postRaw(b, form.action, '{"username":"x"}', 'application/json', label('JSON'));
  await postRaw(b, form.action, 'x', 'multipart/form-data', label('multipart without boundary'));
  await post(b, form.action, { ...fields, _csrf: 'forged' }, label('forged CSRF'));
  const everyNul = Object.fromEntries(
    Object.keys(fields).map((k) => [k, k === '_csrf' ? fields[k] : 'a\u0000b']),
  );
  await post(b, form.action, everyNul as Fields, label('NUL in every field'));
  if (who === 'public') return;
  for (const name of Object.keys(fields)) {
    if (name === '_csrf') continue;
    // A value no list offers: the refusal shows the form again with it.
    await post(b, form.action, { ...fields, [name]: 'bogus value' }, label(`${name}=bogus`));
    if (who !== 'admin') continue;
    for (const value of /date|On$|\.on$/.test(name) ? [...FIELD_VALUES, '2023-02-30'] : FIELD_VALUES) {
      await post(b, form.action, { ...fields, [name]: value }, label(`${name}=${value.slice(0, 12)}`));
    }
  }
}

async function sendGenerated(form: Form, who: string, runs: number): Promise<void> {
  const b = callers[who] as Browser;
  const fields = await fieldsFor(form, who);
  const names = Object.keys(fields).filter((n) => n !== '_csrf');
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...GENERATED));
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 }), (changes) =>
      post(
        b,
        form.action,
        { ...fields, ...changes },
        `${who} ${form.action} [generated ${JSON.stringify(changes).slice(0, 100)}]`,
      ),
    ),
    { numRuns: runs },
  );
}

describe('hostile input to the workspace forms', () => {
  before(async () => {
    reference = ((await recordIncident(t)) as unknown as { reference: string }).reference;
    victim = (await t.get(`/api/v1/incidents/${reference}`)).body.victims[0].personId;
    await t.post('/api/v1/people', { name: 'Hostile Journalist' });
    callers.public = browser(t);
    callers.viewer = await signedIn(t, 'viewer');
    callers.admin = await signedIn(t, 'administrator');
    tally = new Tally(t.db);
  });

  test('every class, every form, every caller: no 5xx, and no refusal writes a row', async () => {
    for (const form of forms()) {
      for (const who of ['public', 'viewer', 'admin']) {
        await tally.batch(who !== 'public', () => sendClasses(form, who));
        await tally.batch(who !== 'public', () => sendGenerated(form, who, who === 'admin' ? 6 : 2));
      }
    }
    console.log(tally.summary(ENGINE, 'workspace forms'));
    assert.deepEqual(tally.failures.slice(0, 25), [], `${tally.failures.length} failures`);
  });

  test('an unknown state or a NUL in the address is a 400 page in the reader’s language', async () => {
    const admin = callers.admin as Browser;
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const res = await admin.get(`/${lang}/workspace/incidents?verification=bogus`);
      assert.equal(res.status, 400, lang);
      const sentence = say(lang, 'ws.error.invalid_query', { fields: 'verification' });
      assert.ok(res.html.includes(sentence), `${lang}: ${sentence}`);
      const nul = await admin.get(`/${lang}/workspace/incidents?q=a%00b`);
      assert.equal(nul.status, 400);
      assert.ok(nul.html.includes(`lang="${lang}"`));
    }
  });

  test('a 10,001-character comment is refused in the form, as in the API', async () => {
    const admin = callers.admin as Browser;
    const page = `/en/workspace/incidents/${reference}`;
    const res = await admin.submit(page, `${page}/comments`, { body: 'x'.repeat(10_001) });
    assert.equal(res.status, 422);
  });
});
