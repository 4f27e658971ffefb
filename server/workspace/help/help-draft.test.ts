import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';
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
import { assignHelpRequest, openThread, readHelpRequest } from '../../modules/help/help.service.js';
import { dateOf, linksOf, titleOf } from './draft.js';
import { placeOf } from './draft-place.js';

const t = useTestApp();
const system = systemPrincipal('test');
let made: Desk | undefined;
/** The desk, set up once for the file when a test first needs it (after the app exists). */
const deskOf = async () => {
  made ??= await setUpDesk(t);
  return made;
};

const H = '/en/workspace/help';

describe('workspace help desk: answering', () => {
  test('a lawyer takes a question and answers; the requester reads the answer with the receipt, never the note', async () => {
    const desk = await deskOf();
    const receipt = await submit(t, question('answer-me'));
    const lawyer = await deskWorker(t, desk, 'lawyer');
    const page = await lawyer.get(`${H}/${receipt.id}`);
    assert.ok(page.html.includes('We are being sued over an article answer-me'));
    const assign = `${H}/${receipt.id}/assign`;
    const taken = await lawyer.post(assign, { ...formFields(page.html, assign), account: lawyer.accountId });
    assert.equal(taken.status, 303, taken.html);
    const csrf = lawyer.csrf(page.html);
    const note = await lawyer.post(`${H}/${receipt.id}/notes`, {
      _csrf: csrf,
      text: 'Check the article first',
    });
    assert.equal(note.status, 303, note.html);
    const empty = await lawyer.post(`${H}/${receipt.id}/answer`, { _csrf: csrf, text: '   ' });
    assert.equal(empty.status, 422, 'an empty answer is refused');
    assert.ok(empty.html.includes('Text'), 'naming the field');
    const answered = await lawyer.post(`${H}/${receipt.id}/answer`, {
      _csrf: csrf,
      text: 'Keep every letter you received; we will call the editor.',
    });
    assert.equal(answered.status, 303, answered.html);
    assert.match(answered.location ?? '', /done=answer/);
    const after = await lawyer.get(answered.location as string);
    assert.ok(after.html.includes('Answer sent.'));
    assert.ok(after.html.includes('Answer from the desk'));
    assert.equal((await readHelpRequest(t.db, system, receipt.id, null)).status, 'answered');

    const thread = await openThread(t.db, receipt);
    const texts = thread.messages.map((m) => m.body.text ?? '');
    assert.ok(texts.includes('Keep every letter you received; we will call the editor.'));
    assert.ok(!texts.some((x) => x.includes('Check the article first')), 'the note is not the requester’s');
    assert.ok(
      thread.messages.every((m) => !m.staffName),
      'no staff name reaches the requester',
    );
  });
});

describe('workspace help desk: a report becomes a draft incident', () => {
  test('the editor opens pre-filled (by POST), saves, and the incident is linked to the request — privately', async () => {
    const desk = await deskOf();
    const receipt = await submit(t, report('draft-me'));
    const editor = await deskWorker(t, desk, 'editor');
    const page = await editor.get(`${H}/${receipt.id}`);
    assert.ok(page.html.includes(`action="${H}/${receipt.id}/draft"`));
    const draft = await editor.post(`${H}/${receipt.id}/draft`, { _csrf: editor.csrf(page.html) });
    assert.equal(draft.status, 200, draft.html);
    const fields = formFields(draft.html, '/en/workspace/incidents/new');
    assert.equal(fields.helpRequest, receipt.id);
    assert.equal(fields.originalLanguage, 'ru');
    assert.equal(fields['title.ru'], 'Избили оператора у здания акимата draft-me.');
    assert.match(String(fields['description.ru']), /Что произошло: Избили оператора/);
    assert.match(String(fields['description.ru']), /Против кого: Оператор телеканала draft-me/);
    assert.equal(fields['date.start'], '2026-03-12');
    assert.equal(fields['place.detail.ru'], 'Алматы, площадь Республики draft-me');
    const urls = Object.entries(fields)
      .filter(([k]) => /^sources\.\d+\.url$/.test(k))
      .map(([, v]) => v);
    assert.deepEqual(urls.filter(Boolean).sort(), [
      'https://example.kz/news/draft-me',
      'https://t.me/channel/draft-me',
    ]);
    assert.ok(
      !Object.entries(fields).some(([k, v]) => /\.public$/.test(k) && v === 'true'),
      'no source is public',
    );
    // Content never travels in an address: the draft is a POST and there is no GET for it.
    assert.ok([404, 405].includes((await editor.get(`${H}/${receipt.id}/draft`)).status));

    const saved = await editor.post('/en/workspace/incidents/new', {
      ...fields,
      'violations.0.typeCode': 'assault',
    });
    assert.equal(saved.status, 303, saved.html);
    const reference = /incidents\/([A-Z0-9-]+)\?done=created/.exec(saved.location ?? '')?.[1] as string;
    const incident = (await t.get(`/api/v1/incidents/${reference}`)).body;
    assert.equal((await readHelpRequest(t.db, system, receipt.id, null)).incidentId, incident.id);

    const shown = await editor.get(`/en/workspace/incidents/${reference}`);
    assert.ok(shown.html.includes('Made from a help request.'));
    assert.ok(shown.html.includes(`href="${H}/${receipt.id}"`));
    const viewer = await signedIn(t, 'viewer');
    const toViewer = await viewer.get(`/en/workspace/incidents/${reference}`);
    assert.equal(toViewer.status, 200);
    assert.ok(!toViewer.html.includes('help request') && !toViewer.html.includes(receipt.id));
    const back = await editor.get(`${H}/${receipt.id}`);
    assert.ok(back.html.includes(`/en/workspace/incidents/${reference}`), 'the request names its incident');
    assert.ok(!back.html.includes(`${H}/${receipt.id}/draft"`), 'no second draft once linked');

    // Published, the incident shows nothing of the request: not the API, not the portal.
    const put = await t.put(`/api/v1/incidents/${incident.id}`, {
      ...buildIncident({ verification: 'verified', visibility: 'public' }),
      version: incident.version,
    });
    assert.equal(put.status, 200, put.text);
    for (const as of ['public', 'admin'] as const) {
      const api = await t.request('GET', `/api/v1/incidents/${incident.id}`, { as });
      assert.equal(api.status, 200);
      assert.ok(!api.text.includes(receipt.id) && !/help_?request/i.test(api.text), as);
    }
    for (const lang of ['en', 'ru', 'kk']) {
      const portal = await t.request('GET', `/${lang}/incidents/${reference}`, { as: 'public' });
      assert.equal(portal.status, 200);
      assert.ok(!portal.text.includes(receipt.id), lang);
      assert.ok(!/help request|обращени|өтініш/i.test(portal.text), lang);
    }
  });

  test('a forged link to a request the person may not see saves nothing', async () => {
    const desk = await deskOf();
    const hidden = await submit(t, question('not-yours'));
    const monitor = await deskWorker(t, desk, 'monitor');
    const editor = await deskWorker(t, desk, 'editor');
    const v = (await readHelpRequest(t.db, system, hidden.id, null)).version;
    await assignHelpRequest(t.db, system, hidden.id, editor.accountId, v);
    const form = await monitor.get('/en/workspace/incidents/new');
    const before = await countRows(t.db, 'incidents');
    const res = await monitor.post('/en/workspace/incidents/new', {
      ...formFields(form.html, '/en/workspace/incidents/new'),
      'title.en': 'Forged link',
      helpRequest: hidden.id,
    });
    assert.equal(res.status, 404);
    assert.equal(await countRows(t.db, 'incidents'), before);
    assert.equal((await readHelpRequest(t.db, system, hidden.id, null)).incidentId, null);
  });

  test('the draft’s words: a date in the ways people write it, links found in text, a title cut at a word', () => {
    assert.equal(dateOf('12.03.2026 около 14:00'), '2026-03-12');
    assert.equal(dateOf('on 2026-03-12'), '2026-03-12');
    assert.equal(dateOf('3/4/2025'), '2025-04-03');
    assert.equal(dateOf('last Tuesday'), '');
    assert.deepEqual(linksOf('see https://a.kz/x, and http://b.kz/y). not a link: ftp://c'), [
      'https://a.kz/x',
      'http://b.kz/y',
    ]);
    assert.equal(titleOf('Short. Second sentence.'), 'Short.');
    const long = titleOf('word '.repeat(60));
    assert.ok([...long].length <= 141 && long.endsWith('…'));
  });

  test('the draft’s place: a city or region named in any script and with a case ending, or nothing', () => {
    assert.deepEqual(placeOf('в Шымкенте, у здания акимата'), { region: 'KZ-SHY', city: '' });
    assert.deepEqual(placeOf('Алматыда, Абай даңғылында'), { region: 'KZ-ALA', city: '' });
    assert.deepEqual(placeOf('near Semey'), { region: 'KZ-10', city: 'KZ-10-semey' });
    assert.deepEqual(placeOf('у нас во дворе'), { region: '', city: '' });
    assert.deepEqual(placeOf(undefined), { region: '', city: '' });
  });
});
