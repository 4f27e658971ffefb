import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../test/helpers/app.js';
import { buildIncident } from '../../test/helpers/factories.js';
import { formFields, signedIn } from '../../test/helpers/workspace.js';

const t = useTestApp();

describe('workspace: statements and letters', () => {
  test('a lawyer records a letter, then the authority’s reply; the pages render in kk, ru and en', async () => {
    const incident = await t.post('/api/v1/incidents', buildIncident({ title: { en: 'Camera broken' } }));
    const b = await signedIn(t, 'lawyer');
    const form = await b.get('/en/workspace/interventions/new');
    assert.equal(form.status, 200);
    assert.ok(!form.html.includes('value="statement"'), 'a lawyer is not offered statements');
    const created = await b.post('/en/workspace/interventions', {
      ...formFields(form.html, '/en/workspace/interventions'),
      kind: 'letter',
      issuedOn: '2024-03-01',
      'title.en': 'Letter to the prosecutor of Almaty',
      'title.ru': 'Письмо прокурору Алматы',
      'body.ru': 'Просим возбудить дело.',
      originalLanguage: 'ru',
      addressee: 'Prosecutor of Almaty',
      deadline: '2024-04-01',
      incidents: incident.body.reference.toLowerCase(),
    });
    assert.equal(created.status, 303, created.html);
    const id = /interventions\/([0-9a-f-]{36})/.exec(created.location ?? '')?.[1] as string;
    const api = await t.get(`/api/v1/interventions/${id}`);
    assert.deepEqual(api.body.incidentIds, [incident.body.id]);
    assert.equal(api.body.overdue, true);
    assert.equal(api.body.visibility, 'restricted');

    const page = await b.get(created.location as string);
    assert.ok(page.html.includes('No reply by the deadline') && page.html.includes(incident.body.reference));
    assert.ok(page.html.includes('Просим возбудить дело.'));

    const edit = await b.get(`/en/workspace/interventions/${id}/edit`);
    const fields = formFields(edit.html, `/en/workspace/interventions/${id}`);
    assert.equal(fields.incidents, incident.body.reference);
    const replied = await b.post(`/en/workspace/interventions/${id}`, {
      ...fields,
      replyStatus: 'formal',
      replyOn: '2024-04-10',
      replyText: 'Forwarded to the police.',
    });
    assert.equal(replied.status, 303, replied.html);
    const after = await t.get(`/api/v1/interventions/${id}`);
    assert.equal(after.body.replyStatus, 'formal');
    assert.equal(after.body.replyText, 'Forwarded to the police.');
    assert.equal(after.body.overdue, false);

    for (const [lang, word] of [
      ['kk', 'Формалды жауап'],
      ['ru', 'Формальный ответ'],
      ['en', 'Formal reply'],
    ] as const) {
      const one = await b.get(`/${lang}/workspace/interventions/${id}`);
      assert.ok(one.html.includes(word), lang);
      assert.equal((await b.get(`/${lang}/workspace/interventions`)).status, 200);
      assert.equal((await b.get(`/${lang}/workspace/interventions/${id}/edit`)).status, 200);
    }
  });

  test('the list filters by kind and shows only late replies when asked', async () => {
    await t.post('/api/v1/interventions', {
      kind: 'letter',
      title: { en: 'Late letter' },
      deadline: '2021-01-01',
    });
    await t.post('/api/v1/interventions', {
      kind: 'letter',
      title: { en: 'Answered letter' },
      deadline: '2021-01-01',
      replyStatus: 'denial',
    });
    await t.post('/api/v1/interventions', { kind: 'statement', title: { en: 'A statement' } });
    const b = await signedIn(t, 'viewer');
    const overdue = await b.get('/en/workspace/interventions?overdue=true');
    assert.ok(overdue.html.includes('Late letter'));
    assert.ok(!overdue.html.includes('Answered letter') && !overdue.html.includes('A statement'));
    const statements = await b.get('/en/workspace/interventions?kind=statement');
    assert.ok(statements.html.includes('A statement') && !statements.html.includes('Late letter'));
    assert.ok(!statements.html.includes('/interventions/new'), 'a viewer is not offered the form');
  });

  test('an invalid reply and an unknown incident come back in the form, with nothing saved', async () => {
    const b = await signedIn(t, 'editor');
    const before = await countRows(t.db, 'interventions');
    const res = await b.submit('/ru/workspace/interventions/new', '/ru/workspace/interventions', {
      kind: 'letter',
      'title.ru': 'Письмо',
      replyStatus: 'none_yet',
      replyText: 'They replied after all',
      incidents: 'KZ-1999-9999',
      issuedOn: '2024-02-30',
    });
    assert.equal(res.status, 422);
    assert.ok(res.html.includes('They replied after all'));
    assert.ok(res.html.includes('Не найдено или недоступно вам: KZ-1999-9999.'));
    assert.ok(res.html.includes('Здесь записан ответ'));
    assert.ok(res.html.includes('Такой даты нет: 30 февраля'));
    assert.equal(await countRows(t.db, 'interventions'), before);
  });

  test('a forged form is refused; a monitor gets no form; a lawyer cannot issue a statement', async () => {
    const statement = await t.post('/api/v1/interventions', {
      kind: 'statement',
      title: { en: 'Our statement' },
    });
    const before = await countRows(t.db, 'interventions');
    const editor = await signedIn(t, 'editor');
    await editor.get('/en/workspace/interventions/new');
    const forged = await editor.post('/en/workspace/interventions', {
      _csrf: 'forged',
      kind: 'statement',
      'title.en': 'Forged',
    });
    assert.equal(forged.status, 403);

    const monitor = await signedIn(t, 'monitor');
    const list = await monitor.get('/en/workspace/interventions');
    assert.ok(!list.html.includes('/interventions/new'));
    assert.equal((await monitor.get('/en/workspace/interventions/new')).status, 403);
    const byMonitor = await monitor.post('/en/workspace/interventions', {
      _csrf: monitor.csrf(list.html),
      kind: 'letter',
      'title.en': 'By a monitor',
    });
    assert.equal(byMonitor.status, 403);
    assert.ok(byMonitor.html.includes('Your account may not do this'));

    const lawyer = await signedIn(t, 'lawyer');
    const page = await lawyer.get(`/en/workspace/interventions/${statement.body.id}`);
    assert.ok(!page.html.includes('/edit"'), 'a lawyer may not edit a statement');
    assert.equal((await lawyer.get(`/en/workspace/interventions/${statement.body.id}/edit`)).status, 403);
    const asStatement = await lawyer.post('/en/workspace/interventions', {
      _csrf: lawyer.csrf(page.html),
      kind: 'statement',
      'title.en': 'A lawyer’s statement',
    });
    assert.equal(asStatement.status, 403);
    assert.equal(await countRows(t.db, 'interventions'), before);
  });

  test('a lawyer does not see a confidential incident of a letter, and saving keeps its link', async () => {
    const open = await t.post('/api/v1/incidents', buildIncident());
    const secret = await t.post('/api/v1/incidents', buildIncident({ visibility: 'confidential' }));
    const letter = await t.post('/api/v1/interventions', {
      kind: 'letter',
      title: { en: 'About two incidents' },
      incidentIds: [open.body.id, secret.body.id],
    });
    const lawyer = await signedIn(t, 'lawyer');
    const page = await lawyer.get(`/en/workspace/interventions/${letter.body.id}`);
    assert.ok(page.html.includes(open.body.reference) && !page.html.includes(secret.body.reference));
    const edit = await lawyer.get(`/en/workspace/interventions/${letter.body.id}/edit`);
    const fields = formFields(edit.html, `/en/workspace/interventions/${letter.body.id}`);
    assert.equal(fields.incidents, open.body.reference);
    const typed = await lawyer.post(`/en/workspace/interventions/${letter.body.id}`, {
      ...fields,
      incidents: `${open.body.reference}\n${secret.body.reference}`,
    });
    assert.equal(typed.status, 422, 'typing a reference one may not see finds nothing');
    const saved = await lawyer.post(`/en/workspace/interventions/${letter.body.id}`, {
      ...fields,
      replyStatus: 'substantive',
    });
    assert.equal(saved.status, 303, saved.html);
    const after = await t.get(`/api/v1/interventions/${letter.body.id}`);
    assert.deepEqual([...after.body.incidentIds].sort(), [open.body.id, secret.body.id].sort());
  });

  test('a stale save keeps the typed reply and shows the one saved meanwhile', async () => {
    const letter = await t.post('/api/v1/interventions', { kind: 'letter', title: { en: 'Raced letter' } });
    const b = await signedIn(t, 'lawyer');
    const edit = await b.get(`/en/workspace/interventions/${letter.body.id}/edit`);
    const fields = formFields(edit.html, `/en/workspace/interventions/${letter.body.id}`);
    await t.put(`/api/v1/interventions/${letter.body.id}`, {
      kind: 'letter',
      title: { en: 'Raced letter' },
      replyStatus: 'denial',
      replyText: 'Their reply text',
      version: 1,
    });
    const stale = await b.post(`/en/workspace/interventions/${letter.body.id}`, {
      ...fields,
      replyStatus: 'formal',
      replyText: 'My reply text',
    });
    assert.equal(stale.status, 409);
    const kept = formFields(stale.html, `/en/workspace/interventions/${letter.body.id}`);
    assert.equal(kept.replyText, 'My reply text');
    assert.equal(kept.replyStatus, 'formal');
    assert.match(stale.html, /Saved by someone else:\s*<span class="pre">Denial<\/span>/);
    assert.ok(stale.html.includes('Their reply text'));
    assert.equal((await t.get(`/api/v1/interventions/${letter.body.id}`)).body.replyStatus, 'denial');
  });
});
