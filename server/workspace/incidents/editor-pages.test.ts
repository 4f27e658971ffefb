import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { signedIn } from '../../../test/helpers/workspace.js';

const t = useTestApp();

// Pages are long: a failure names the pattern, not the page.
const has = (html: string, re: RegExp) => assert.ok(re.test(html), `missing ${re}`);
const hasNot = (html: string, re: RegExp) => assert.ok(!re.test(html), `present ${re}`);

const NEW = '/en/workspace/incidents/new';
const base = (overrides: Record<string, string> = {}) => ({
  'date.start': '2024-04-02',
  'place.country': 'KZ',
  'title.en': 'Reporter detained in Uralsk',
  originalLanguage: 'en',
  'violations.0.typeCode': 'short_detention',
  'violations.0.victim': 'v0',
  ...overrides,
});
const refOf = (location: string | null) => /(KZ-\d{4}-\d{4})/.exec(location ?? '')?.[1] as string;
const countPeople = async () =>
  Number((await t.db.selectFrom('people').select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('the incident editor', () => {
  test('labels above fields, options by name without codes, victims named, limits told', async () => {
    const monitor = await signedIn(t, 'monitor');
    const page = (await monitor.get('/ru/workspace/incidents/new')).html;
    const label = page.indexOf('<label for="f-date-start"');
    assert.ok(label > 0 && label < page.indexOf('id="f-date-start"'), 'the label comes before its input');
    hasNot(page, /short_detention —|\(v0\)/);
    has(page, />Кратковременное задержание</);
    has(page, /<legend[^>]*>Пострадавший 1</);
    has(page, /До 20\s000 символов\./);
    has(page, /maxlength="20000"/);
    // Regions in the reader's alphabetical order, cities grouped under their region.
    const regions = [
      ...(/name="place.region"[\s\S]*?<\/select>/.exec(page)?.[0] ?? '').matchAll(
        /<option value="KZ-[^"]*"[^>]*>([^<]+)</g,
      ),
    ].map((m) => m[1] as string);
    assert.ok(regions.length > 5);
    assert.deepEqual(regions, [...regions].sort(new Intl.Collator('ru').compare));
    has(page, /<optgroup label="[^"]+" data-region="KZ-[A-Z]+">/);
    has(page, /<script src="\/static\/editor.js" defer="">/);
    const script = await t.app.request('/static/editor.js');
    assert.equal(script.status, 200);
    has(script.headers.get('content-type') ?? '', /javascript/);
  });

  test('rows are added and removed without saving, and everything typed is kept', async () => {
    const monitor = await signedIn(t, 'monitor');
    const before = await countPeople();
    const added = await monitor.submit(NEW, NEW, base({ 'victims.0.person': 'Kept Name', _add: 'victims' }));
    assert.equal(added.status, 200);
    has(added.html, /<legend[^>]*>Victim 2</);
    has(added.html, /value="Kept Name"/);
    has(added.html, /value="Reporter detained in Uralsk"/);
    const removed = await monitor.submit(NEW, NEW, {
      ...base({ 'victims.0.person': 'First', 'victims.1.person': 'Second', 'violations.0.victim': 'v1' }),
      _remove: 'victims.0',
    });
    assert.equal(removed.status, 200);
    hasNot(removed.html, /value="First"/);
    has(removed.html, /name="victims.0.person"[^>]*value="Second"/);
    has(removed.html, /<option value="v0" selected="">Second</);
    assert.equal(await countPeople(), before, 'nothing saved');
  });

  test('a refused save names each field with its reason and keeps what was typed', async () => {
    const monitor = await signedIn(t, 'monitor');
    const res = await monitor.submit(
      NEW,
      NEW,
      base({
        'date.start': '2024-02-30',
        'title.en': '',
        'sources.0.url': 'not a link',
        'description.en': 'Kept text',
      }),
    );
    assert.equal(res.status, 422);
    has(res.html, /<a href="#f-date-start">Date<\/a>: No such date: 30 February/);
    has(res.html, /<a href="#f-title-en">Title \(English\)<\/a>: Required/);
    has(res.html, /Source 1 · Web address<\/a>: Not a valid web address/);
    has(res.html, /id="f-date-start-error">No such date: 30 February</);
    has(res.html, /value="2024-02-30"/);
    has(res.html, />Kept text</);
    hasNot(res.html, /date\.start,|validation_failed/);
    const ru = await monitor.submit(
      '/ru/workspace/incidents/new',
      '/ru/workspace/incidents/new',
      base({ 'date.start': '2024-02-30' }),
    );
    has(ru.html, /Дата<\/a>: Такой даты нет: 30 февраля/);
  });

  test('a name typed in Latin is offered the person recorded in Cyrillic, and no second person is made', async () => {
    const recorded = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          victims: [
            { key: 'v1', person: buildPerson({ name: 'Айгуль Сейткали', names: { ru: 'Айгуль Сейткали' } }) },
          ],
        }),
      )
    ).body;
    const personId = recorded.victims[0].personId;
    const monitor = await signedIn(t, 'monitor');
    const found = await monitor.submit(NEW, NEW, base({ 'victims.0.person': 'Aigul Seitkali', _find: '0' }));
    assert.equal(found.status, 200);
    has(found.html, new RegExp(`name="victims.0.choice" value="${personId}"`));
    has(found.html, /Last incident: February 20, 2023, Journalist attacked/);
    const before = await countPeople();
    const warned = await monitor.submit(NEW, NEW, base({ 'victims.0.person': 'Aigul Seitkali' }));
    assert.equal(warned.status, 422, 'saving waits for a choice');
    has(warned.html, /class="candidates warn"/);
    has(warned.html, /Create a new person anyway: “Aigul Seitkali”/);
    assert.equal(await countPeople(), before);
    const saved = await monitor.submit(
      NEW,
      NEW,
      base({ 'victims.0.person': 'Aigul Seitkali', 'victims.0.choice': personId }),
    );
    assert.equal(saved.status, 303, saved.html.slice(0, 500));
    const doc = (await t.get(`/api/v1/incidents/${refOf(saved.location)}`)).body;
    assert.equal(doc.victims[0].personId, personId, 'the same person');
    assert.equal(await countPeople(), before, 'no duplicate person');
    const anyway = await monitor.submit(
      NEW,
      NEW,
      base({ 'victims.0.person': 'Aigul Seitkali', 'victims.0.choice': 'new' }),
    );
    assert.equal(anyway.status, 303);
    assert.equal(await countPeople(), before + 1, 'a new person when asked for');
  });

  test('the same victim typed in another script makes a duplicate', async () => {
    const a = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          victims: [{ key: 'v1', person: buildPerson({ name: 'Бауыржан Ермеков' }) }],
          title: { en: 'Alpha' },
        }),
      )
    ).body;
    const b = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          verification: 'reported',
          visibility: 'restricted',
          title: { en: 'Omega' },
          description: { en: 'Unrelated words entirely.' },
          victims: [{ key: 'v1', person: buildPerson({ name: 'Bauyrzhan Yermekov' }) }],
        }),
      )
    ).body;
    assert.notEqual(a.victims[0].personId, b.victims[0].personId, 'two people recorded');
    const monitor = await signedIn(t, 'monitor');
    const page = await monitor.get(`/en/workspace/incidents/${b.reference}`);
    has(page.html, new RegExp(`data-duplicate="${a.reference}"`));
  });

  test('a victim is linked to an outlet from the editor', async () => {
    const outlet = (await t.post('/api/v1/outlets', { name: 'Azattyq Test', type: 'newspaper' })).body;
    const monitor = await signedIn(t, 'monitor');
    const res = await monitor.submit(
      NEW,
      NEW,
      base({
        'victims.0.person': 'Outlet Person Unique',
        'victims.0.outletIds': outlet.id,
        'victims.0.outletsShown': 'true',
      }),
    );
    assert.equal(res.status, 303, res.html.slice(0, 500));
    const doc = (await t.get(`/api/v1/incidents/${refOf(res.location)}`)).body;
    assert.deepEqual(doc.victims[0].person.outletIds, [outlet.id]);
    const edit = await monitor.get(`/en/workspace/incidents/${doc.reference}/edit`);
    has(edit.html, new RegExp(`<option value="${outlet.id}" selected="">Azattyq Test<`));
  });

  test('a violation’s note is kept in each language', async () => {
    const monitor = await signedIn(t, 'monitor');
    const res = await monitor.submit(
      NEW,
      NEW,
      base({ 'victims.0.person': 'Note Person Unique', 'violations.0.note.en': 'Held for three hours' }),
    );
    assert.equal(res.status, 303, res.html.slice(0, 500));
    const doc = (await t.get(`/api/v1/incidents/${refOf(res.location)}`)).body;
    assert.deepEqual(doc.violations[0].description, { en: 'Held for three hours' });
  });

  test('a refused evidence file answers in the reader’s language, with the form', async () => {
    const created = (
      await t.post('/api/v1/incidents', buildIncident({ verification: 'reported', visibility: 'restricted' }))
    ).body;
    const monitor = await signedIn(t, 'monitor');
    const path = `/ru/workspace/incidents/${created.reference}`;
    const csrf = monitor.csrf((await monitor.get(path)).html);
    const form = new FormData();
    form.append('_csrf', csrf);
    form.append('sourceId', created.sources[0].id);
    form.append('file', new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])]), 'archive.zip');
    const cookie = [...monitor.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.request(`${path}/files`, { method: 'POST', headers: { cookie }, body: form });
    const html = await res.text();
    assert.equal(res.status, 415);
    has(html, /<html lang="ru"/);
    has(html, /Файлы такого типа прикрепить нельзя: archive\.zip/);
    has(html, new RegExp(`<option value="${created.sources[0].id}" selected="">`));
    has(html, /type="file"/);
  });
});
