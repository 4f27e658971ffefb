import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../test/helpers/factories.js';
import { formFields, signedIn } from '../../test/helpers/workspace.js';

const t = useTestApp();

describe('workspace: people', () => {
  test('the list finds a name in any script, in kk, ru and en', async () => {
    await t.post(
      '/api/v1/people',
      buildPerson({ name: 'Лукпан Ахмедьяров', names: { en: 'Lukpan Akhmedyarov' } }),
    );
    const b = await signedIn(t, 'viewer');
    const en = await b.get('/en/workspace/people?q=Akhmedyarov');
    assert.equal(en.status, 200);
    assert.ok(en.html.includes('Лукпан Ахмедьяров'));
    const ru = await b.get('/ru/workspace/people?q=%D0%B0%D1%85%D0%BC%D0%B5%D0%B4');
    assert.ok(ru.html.includes('Лукпан Ахмедьяров') && ru.html.includes('Люди'));
    const kk = await b.get('/kk/workspace/people?q=Ahmediarov');
    assert.ok(kk.html.includes('Лукпан Ахмедьяров') && kk.html.includes('Адамдар'));
    assert.ok(!en.html.includes('/en/workspace/people/new'), 'a viewer is not offered the form');
  });

  test('a monitor adds a person through the form and edits them; the page shows their record', async () => {
    const outlet = await t.post('/api/v1/outlets', { name: 'Uralskaya Nedelya', type: 'newspaper' });
    const b = await signedIn(t, 'monitor');
    const list = await b.get('/en/workspace/people');
    assert.ok(list.html.includes('href="/en/workspace/people/new"'));
    const created = await b.submit('/en/workspace/people/new', '/en/workspace/people', {
      name: 'Aigul Test',
      'names.kk': 'Айгүл Тест',
      'names.ru': 'Айгуль Тест',
      'names.en': 'Aigul Test',
      aliases: 'A. Test\nAigul T.',
      roles: ['journalist', 'editor'],
      gender: 'female',
      consentToName: 'true',
      notes: 'Met at the court.',
      outletIds: outlet.body.id,
    });
    assert.equal(created.status, 303, created.html);
    const id = /people\/([0-9a-f-]{36})\?done=saved/.exec(created.location ?? '')?.[1] as string;
    const api = await t.get(`/api/v1/people/${id}`);
    assert.deepEqual(api.body.aliases, ['A. Test', 'Aigul T.']);
    assert.deepEqual(api.body.roles, ['journalist', 'editor']);
    assert.equal(api.body.names.kk, 'Айгүл Тест');
    assert.equal(api.body.consentToName, true);
    assert.deepEqual(api.body.outletIds, [outlet.body.id]);

    const page = await b.get(created.location as string);
    assert.equal(page.status, 200);
    assert.ok(page.html.includes('Saved.') && page.html.includes('Uralskaya Nedelya'));
    assert.ok(page.html.includes('Met at the court.') && page.html.includes('May be named publicly'));

    const edit = await b.get(`/en/workspace/people/${id}/edit`);
    const fields = formFields(edit.html, `/en/workspace/people/${id}`);
    assert.equal(fields.name, 'Aigul Test');
    assert.equal(fields.version, '1');
    const saved = await b.post(`/en/workspace/people/${id}`, {
      ...fields,
      consentToName: [],
      gender: 'unknown',
    });
    assert.equal(saved.status, 303, saved.html);
    const after = await t.get(`/api/v1/people/${id}`);
    assert.equal(after.body.consentToName, false);
    assert.equal(after.body.gender, 'unknown');
    assert.deepEqual(after.body.aliases, ['A. Test', 'Aigul T.'], 'what was not changed stays');

    for (const lang of ['kk', 'ru'] as const) {
      const other = await b.get(`/${lang}/workspace/people/${id}`);
      assert.equal(other.status, 200);
      assert.ok(other.html.includes(lang === 'kk' ? 'Жария түрде аталмайды' : 'Публично не называется'));
      const form = await b.get(`/${lang}/workspace/people/${id}/edit`);
      assert.ok(form.html.includes(lang === 'kk' ? 'Сақтау' : 'Сохранить'));
    }
  });

  test('invalid input comes back in the form with the problem beside the field', async () => {
    const b = await signedIn(t, 'monitor');
    const before = await countRows(t.db, 'people');
    const res = await b.submit('/ru/workspace/people/new', '/ru/workspace/people', {
      name: '',
      'names.en': 'Kept text',
      roles: 'no_such_role',
    });
    assert.equal(res.status, 422);
    assert.ok(res.html.includes('Kept text'), 'the typed text is kept');
    assert.ok(res.html.includes('Обязательное поле'));
    assert.equal(await countRows(t.db, 'people'), before);
    const unknown = await b.submit('/en/workspace/people/new', '/en/workspace/people', {
      name: 'Someone',
      roles: 'no_such_role',
    });
    assert.equal(unknown.status, 422);
    assert.ok(unknown.html.includes('Not one of the choices: choose from the list'));
    assert.equal(await countRows(t.db, 'people'), before);
  });

  test('a forged form is refused with 403 and writes nothing', async () => {
    const b = await signedIn(t, 'editor');
    const before = await countRows(t.db, 'people');
    await b.get('/en/workspace/people/new');
    const forged = await b.post('/en/workspace/people', { _csrf: 'forged', name: 'Forged Person' });
    assert.equal(forged.status, 403);
    assert.ok(forged.html.includes('The form expired') && forged.html.includes('Forged Person'));
    assert.equal(await countRows(t.db, 'people'), before);
    const person = await t.post('/api/v1/people', buildPerson({ name: 'Untouched' }));
    const edit = await b.post(`/en/workspace/people/${person.body.id}`, {
      name: 'Changed',
      version: '1',
    });
    assert.equal(edit.status, 403);
    assert.equal((await t.get(`/api/v1/people/${person.body.id}`)).body.name, 'Untouched');
  });

  test('a lawyer does not see the forms, and a forged post is refused in the workspace frame', async () => {
    const person = await t.post('/api/v1/people', buildPerson({ name: 'Not For Lawyers' }));
    const b = await signedIn(t, 'lawyer');
    const page = await b.get(`/en/workspace/people/${person.body.id}`);
    assert.equal(page.status, 200);
    assert.ok(!page.html.includes('/edit"'));
    const form = await b.get('/en/workspace/people/new');
    assert.equal(form.status, 403);
    const missing = await b.get('/ru/workspace/people/00000000-0000-4000-8000-000000000000');
    assert.equal(missing.status, 404);
    assert.ok(missing.html.includes('Такого человека нет.'));
    const before = await countRows(t.db, 'people');
    const csrf = b.csrf(page.html);
    const created = await b.post('/en/workspace/people', { _csrf: csrf, name: 'By A Lawyer' });
    assert.equal(created.status, 403);
    assert.ok(created.html.includes('Your account may not do this') && created.html.includes('Sign out'));
    assert.equal(await countRows(t.db, 'people'), before);
    const edited = await b.post(`/en/workspace/people/${person.body.id}`, {
      _csrf: csrf,
      name: 'Renamed',
      version: '1',
    });
    assert.equal(edited.status, 403);
    assert.equal((await t.get(`/api/v1/people/${person.body.id}`)).body.name, 'Not For Lawyers');
  });

  test('a stale save keeps what was typed and shows what the other person saved', async () => {
    const person = await t.post('/api/v1/people', buildPerson({ name: 'Asel Original', notes: 'first' }));
    const id = person.body.id;
    const b = await signedIn(t, 'monitor');
    const edit = await b.get(`/en/workspace/people/${id}/edit`);
    const fields = formFields(edit.html, `/en/workspace/people/${id}`);
    // Someone else saves first.
    await t.put(`/api/v1/people/${id}`, {
      ...buildPerson({ name: 'Asel Theirs', notes: 'their notes' }),
      version: 1,
    });
    const stale = await b.post(`/en/workspace/people/${id}`, {
      ...fields,
      name: 'Asel Mine',
      notes: 'my notes',
    });
    assert.equal(stale.status, 409);
    assert.ok(stale.html.includes('Someone else saved this record'));
    const kept = formFields(stale.html, `/en/workspace/people/${id}`);
    assert.equal(kept.name, 'Asel Mine', 'my text stays in the form');
    assert.equal(kept.notes, 'my notes');
    assert.equal(kept.version, '2', 'the form now carries the current version');
    assert.match(stale.html, /Saved by someone else:\s*<span class="pre">Asel Theirs<\/span>/);
    assert.ok(stale.html.includes('their notes'));
    assert.equal((await t.get(`/api/v1/people/${id}`)).body.name, 'Asel Theirs', 'nothing of mine was saved');
    const again = await b.post(`/en/workspace/people/${id}`, kept);
    assert.equal(again.status, 303, 'saving again, with both in view, keeps mine');
    assert.equal((await t.get(`/api/v1/people/${id}`)).body.name, 'Asel Mine');
  });

  test('a person’s page lists their incidents and cases, without confidential ones the reader may not see', async () => {
    const person = await t.post('/api/v1/people', buildPerson({ name: 'Dana Victim' }));
    const victim = [{ key: 'v', personId: person.body.id }];
    const open = await t.post(
      '/api/v1/incidents',
      buildIncident({
        title: { en: 'Open assault' },
        victims: victim,
        violations: [{ typeCode: 'assault', victim: 'v' }],
      }),
    );
    const secret = await t.post(
      '/api/v1/incidents',
      buildIncident({
        title: { en: 'Secret threat' },
        visibility: 'confidential',
        victims: victim,
        violations: [{ typeCode: 'threat', victim: 'v' }],
      }),
    );
    const hiddenCase = await t.post(`/api/v1/incidents/${secret.body.id}/proceedings`, {
      kind: 'against_journalist',
      subjectId: person.body.id,
      authority: 'Hidden court',
    });
    assert.equal(hiddenCase.status, 201, hiddenCase.text);
    const openCase = await t.post(`/api/v1/incidents/${open.body.id}/proceedings`, {
      kind: 'against_journalist',
      subjectId: person.body.id,
      authority: 'Almaty district court',
      article: 'Art. 274',
    });
    const proceeding = openCase.body.proceedings.find((p: any) => p.authority === 'Almaty district court');
    await t.post(`/api/v1/proceedings/${proceeding.id}/events`, {
      type: 'criminal_charge',
      on: '2023-03-01',
    });

    const monitor = await signedIn(t, 'monitor');
    const seen = await monitor.get(`/en/workspace/people/${person.body.id}`);
    assert.ok(seen.html.includes(open.body.reference) && seen.html.includes('Open assault'));
    assert.ok(seen.html.includes('Almaty district court') && seen.html.includes('Art. 274'));
    assert.ok(seen.html.includes('Criminal charge'));
    assert.ok(!seen.html.includes(secret.body.reference), 'the confidential incident is not there');
    assert.ok(!seen.html.includes('Secret threat') && !seen.html.includes('Hidden court'));

    const editor = await signedIn(t, 'editor');
    const all = await editor.get(`/en/workspace/people/${person.body.id}`);
    assert.ok(all.html.includes(secret.body.reference) && all.html.includes('Hidden court'));

    await t.post(`/api/v1/incidents/${secret.body.id}/grants`, { accountId: monitor.accountId });
    const granted = await monitor.get(`/en/workspace/people/${person.body.id}`);
    assert.ok(granted.html.includes(secret.body.reference), 'once granted, it appears');
  });
});
