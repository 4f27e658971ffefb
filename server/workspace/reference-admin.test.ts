import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../test/helpers/app.js';
import { formFields, signedIn } from '../../test/helpers/workspace.js';

const t = useTestApp();

const newTerm = {
  code: 'drone_surveillance',
  parent: 'I',
  'labels.kk': 'Дронмен бақылау',
  'labels.ru': 'Слежка с дрона',
  'labels.en': 'Drone surveillance',
  'definitions.kk': 'Журналисті дронмен бақылау.',
  'definitions.ru': 'Наблюдение за журналистом с помощью дрона.',
  'definitions.en': 'Watching a journalist with a drone.',
  sortOrder: '900',
  'crosswalk.cpj': 'Surveillance',
};

describe('workspace: vocabularies (administrators)', () => {
  test('an administrator reads the vocabularies and their terms in kk, ru and en, adds a term and edits one', async () => {
    const admin = await signedIn(t, 'administrator');
    const nav = await admin.get('/en/workspace/');
    assert.ok(
      nav.html.includes('href="/en/workspace/vocabularies"') &&
        nav.html.includes('href="/en/workspace/places"'),
    );
    for (const [lang, word] of [
      ['en', 'Typology of violations'],
      ['ru', 'Типология нарушений'],
      ['kk', 'Бұзушылықтар типологиясы'],
    ] as const) {
      const list = await admin.get(`/${lang}/workspace/vocabularies`);
      assert.equal(list.status, 200);
      assert.ok(list.html.includes(word), lang);
      const terms = await admin.get(`/${lang}/workspace/vocabularies/typology`);
      assert.ok(
        terms.html.includes('Поджог') && terms.html.includes('Arson') && terms.html.includes('Өртеу'),
        lang,
      );
    }
    const created = await admin.submit(
      '/en/workspace/vocabularies/typology/new',
      '/en/workspace/vocabularies/typology',
      newTerm,
    );
    assert.equal(created.status, 303, created.html);
    const term = await t.get('/api/v1/vocabularies/typology/drone_surveillance');
    assert.equal(term.body.parent, 'I');
    assert.equal(term.body.labels.kk, 'Дронмен бақылау');
    assert.deepEqual(term.body.crosswalk, { cpj: ['Surveillance'] });

    const path = '/en/workspace/vocabularies/victim_role/terms/journalist';
    const crosswalk = (await t.get('/api/v1/vocabularies/victim_role/journalist')).body.crosswalk;
    assert.ok(Object.keys(crosswalk).length > 0);
    const edit = await admin.get(path);
    const fields = formFields(edit.html, path);
    assert.equal(fields['labels.en'], 'Journalist');
    const saved = await admin.post(path, { ...fields, 'labels.en': 'Journalist (staff or freelance)' });
    assert.equal(saved.status, 303, saved.html);
    const after = await t.get('/api/v1/vocabularies/victim_role/journalist');
    assert.equal(after.body.labels.en, 'Journalist (staff or freelance)');
    assert.deepEqual(after.body.crosswalk, crosswalk, 'the crosswalk survives an edit of the label');
  });

  test('a term with a missing translation or a bad code comes back in the form; nothing is saved', async () => {
    const admin = await signedIn(t, 'administrator');
    const before = await countRows(t.db, 'vocabulary_terms');
    const res = await admin.submit(
      '/kk/workspace/vocabularies/outlet_type/new',
      '/kk/workspace/vocabularies/outlet_type',
      {
        ...newTerm,
        parent: '',
        code: 'Bad Code',
        'labels.kk': '',
      },
    );
    assert.equal(res.status, 422);
    assert.ok(res.html.includes('Міндетті өріс'), 'the missing Kazakh label is named as required');
    assert.ok(res.html.includes('Bad Code') && res.html.includes('Слежка с дрона'));
    assert.equal(await countRows(t.db, 'vocabulary_terms'), before);
  });

  test('other roles see no link and are refused, a forged form too, and nothing changes', async () => {
    const editor = await signedIn(t, 'editor');
    const home = await editor.get('/en/workspace/');
    assert.ok(
      !home.html.includes('/en/workspace/vocabularies') && !home.html.includes('/en/workspace/places'),
    );
    assert.equal((await editor.get('/en/workspace/vocabularies')).status, 403);
    assert.equal((await editor.get('/en/workspace/vocabularies/typology/terms/arson')).status, 403);
    assert.equal((await editor.get('/en/workspace/places')).status, 403);
    const before = await countRows(t.db, 'vocabulary_terms');
    const refused = await editor.post('/en/workspace/vocabularies/typology', {
      _csrf: editor.csrf(home.html),
      ...newTerm,
      code: 'by_editor',
    });
    assert.equal(refused.status, 403);
    assert.ok(refused.html.includes('Your account may not do this'));
    const places = await countRows(t.db, 'places');
    const place = await editor.post('/en/workspace/places', {
      _csrf: editor.csrf(home.html),
      parent: 'KZ-SEV',
      code: 'KZ-SEV-byeditor',
      'names.kk': 'x',
      'names.ru': 'x',
      'names.en': 'x',
    });
    assert.equal(place.status, 403);
    assert.equal(await countRows(t.db, 'places'), places);
    const admin = await signedIn(t, 'administrator');
    await admin.get('/en/workspace/vocabularies/typology/new');
    const forged = await admin.post('/en/workspace/vocabularies/typology', {
      _csrf: 'forged',
      ...newTerm,
      code: 'forged_term',
    });
    assert.equal(forged.status, 403);
    assert.equal(await countRows(t.db, 'vocabulary_terms'), before);
  });

  test('a stale save of a term keeps the typed label and shows the saved one', async () => {
    const admin = await signedIn(t, 'administrator');
    const path = '/en/workspace/vocabularies/place_type/terms/street_or_public_place';
    const fields = formFields((await admin.get(path)).html, path);
    const current = (await t.get('/api/v1/vocabularies/place_type/street_or_public_place')).body;
    await t.put('/api/v1/vocabularies/place_type/street_or_public_place', {
      labels: { ...current.labels, en: 'Their label' },
      definitions: current.definitions,
      crosswalk: current.crosswalk,
      sortOrder: current.sortOrder,
      version: current.version,
    });
    const stale = await admin.post(path, { ...fields, 'labels.en': 'My label' });
    assert.equal(stale.status, 409);
    assert.equal(formFields(stale.html, path)['labels.en'], 'My label');
    assert.match(stale.html, /Saved by someone else:\s*<span class="pre">Their label<\/span>/);
  });
});

describe('workspace: gazetteer (administrators)', () => {
  test('the places as country → regions → cities in kk, ru and en; a city added and renamed', async () => {
    const admin = await signedIn(t, 'administrator');
    for (const [lang, word] of [
      ['en', 'Petropavlovsk'],
      ['ru', 'Петропавловск'],
      ['kk', 'Петропавл'],
    ] as const) {
      const page = await admin.get(`/${lang}/workspace/places`);
      assert.equal(page.status, 200);
      assert.ok(page.html.includes(word) && page.html.includes('KZ-SEV-petropavlovsk'), lang);
    }
    const form = await admin.get('/en/workspace/places/new?parent=KZ-SEV');
    assert.ok(form.html.includes('value="KZ-SEV-"'));
    const created = await admin.post('/en/workspace/places', {
      ...formFields(form.html, '/en/workspace/places'),
      code: 'KZ-SEV-bulaevo',
      'names.kk': 'Булаев',
      'names.ru': 'Булаево',
      'names.en': 'Bulaevo',
      lat: '54.9',
      lon: '70.44',
    });
    assert.equal(created.status, 303, created.html);
    const place = await t.get('/api/v1/places/KZ-SEV-bulaevo');
    assert.equal(place.body.kind, 'city');
    assert.equal(place.body.parent, 'KZ-SEV');
    assert.equal(place.body.lat, 54.9);

    const edit = await admin.get('/en/workspace/places/KZ-SEV-bulaevo');
    const fields = formFields(edit.html, '/en/workspace/places/KZ-SEV-bulaevo');
    const saved = await admin.post('/en/workspace/places/KZ-SEV-bulaevo', {
      ...fields,
      'names.en': 'Bulayevo',
      aliases: 'Bulaevo',
    });
    assert.equal(saved.status, 303, saved.html);
    const after = await t.get('/api/v1/places/KZ-SEV-bulaevo');
    assert.equal(after.body.names.en, 'Bulayevo');
    assert.deepEqual(after.body.aliases, ['Bulaevo']);
    assert.equal(after.body.parent, 'KZ-SEV', 'the place stays where it was');
  });

  test('a wrong code, a forged form and a stale save are each refused and change nothing', async () => {
    const admin = await signedIn(t, 'administrator');
    const before = await countRows(t.db, 'places');
    const form = await admin.get('/ru/workspace/places/new?parent=KZ-AKM');
    const wrong = await admin.post('/ru/workspace/places', {
      ...formFields(form.html, '/ru/workspace/places'),
      code: 'KG-Bishkek',
      'names.kk': 'Бішкек',
      'names.ru': 'Бишкек',
      'names.en': 'Bishkek',
    });
    assert.equal(wrong.status, 422);
    assert.ok(wrong.html.includes('Бишкек'));
    const forged = await admin.post('/en/workspace/places', {
      _csrf: 'forged',
      parent: 'KZ-AKM',
      code: 'KZ-AKM-x',
    });
    assert.equal(forged.status, 403);
    assert.equal(await countRows(t.db, 'places'), before);

    const path = '/en/workspace/places/KZ-AKM';
    const fields = formFields((await admin.get(path)).html, path);
    const current = (await t.get('/api/v1/places/KZ-AKM')).body;
    await t.put('/api/v1/places/KZ-AKM', {
      kind: 'region',
      parent: 'KZ',
      names: { ...current.names, en: 'Akmola (theirs)' },
      version: current.version,
    });
    const stale = await admin.post(path, { ...fields, 'names.en': 'Akmola (mine)' });
    assert.equal(stale.status, 409);
    assert.equal(formFields(stale.html, path)['names.en'], 'Akmola (mine)');
    assert.ok(stale.html.includes('Akmola (theirs)'));
  });
});
