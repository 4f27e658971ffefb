import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';

const t = useTestApp();

// Identifying text that must never reach a public reader.
const SECRET_NAME = 'Zhanna Secretova';
const SECRET_ALIAS = 'Жанна Секретова';
const SECRET_NOTE = 'internal note: the victim lives at 12 Abai street';
const SECRET_TESTIMONY = 'testimony given in confidence by a neighbour';
const CONFIDENTIAL_TITLE = 'Confidential case of a source under threat';
const RESTRICTED_TITLE = 'Restricted case still being checked';
const UNVERIFIED_TITLE = 'Reported but not yet verified';

let publicId = '';
let hiddenVictimId = '';
const hiddenIds: string[] = [];

async function seed() {
  const res = await t.post(
    '/api/v1/incidents',
    buildIncident({
      title: { en: `${SECRET_NAME} beaten outside her newsroom`, ru: 'Секретову избили у редакции' },
      description: { en: `Secretova's camera was broken. A colleague, Named Colleague, filmed it.` },
      internalNotes: SECRET_NOTE,
      victims: [
        {
          key: 'hidden',
          person: buildPerson({
            name: SECRET_NAME,
            names: { ru: SECRET_ALIAS },
            aliases: ['Zh. Secretova'],
            consentToName: false,
            notes: SECRET_NOTE,
          }),
        },
        { key: 'named', person: buildPerson({ name: 'Named Colleague', consentToName: true }) },
      ],
      violations: [
        { typeCode: 'assault', victim: 'hidden' },
        { typeCode: 'equipment_damage', victim: 'hidden', description: { en: `${SECRET_NAME}'s camera` } },
        { typeCode: 'threat', victim: 'named' },
      ],
      sources: [
        {
          type: 'media_report',
          url: 'https://example.org/a',
          title: 'Public report',
          excerpt: `Secretova was beaten`,
          public: true,
        },
        {
          type: 'media_report',
          url: 'https://example.org/news/zhanna-secretova-beaten',
          title: 'Second report',
          public: true,
        },
        { type: 'testimony', excerpt: SECRET_TESTIMONY, public: false },
      ],
    }),
  );
  assert.equal(res.status, 201, res.text);
  publicId = res.body.id;
  hiddenVictimId = res.body.victims.find(
    (v: { person: { name: string } }) => v.person.name === SECRET_NAME,
  ).personId;
  for (const overrides of [
    { visibility: 'confidential', title: { en: CONFIDENTIAL_TITLE } },
    { visibility: 'restricted', title: { en: RESTRICTED_TITLE } },
    { verification: 'reported', title: { en: UNVERIFIED_TITLE } },
  ]) {
    const hidden = await t.post('/api/v1/incidents', buildIncident(overrides));
    assert.equal(hidden.status, 201);
    hiddenIds.push(hidden.body.id);
  }
}

function assertClean(text: string) {
  for (const secret of [
    SECRET_NAME,
    SECRET_ALIAS,
    'Secretova',
    'Секретов',
    SECRET_NOTE,
    SECRET_TESTIMONY,
    CONFIDENTIAL_TITLE,
    RESTRICTED_TITLE,
    UNVERIFIED_TITLE,
    hiddenVictimId,
  ]) {
    assert.ok(!text.includes(secret), `public output contains "${secret}"`);
  }
  for (const field of [
    'internalNotes',
    'visibility',
    '"notes"',
    'createdBy',
    'updatedBy',
    'consentToName',
    '"gender"',
  ]) {
    assert.ok(!text.includes(field), `public output contains the field ${field}`);
  }
}

describe('what the public sees', () => {
  before(seed);

  test('the list holds only verified public incidents, with withheld names removed from titles', async () => {
    const res = await t.get('/api/v1/incidents', 'public');
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 1);
    assert.equal(res.body.items[0].title.en, '[name withheld] beaten outside her newsroom');
    assert.equal(res.body.items[0].title.ru, '[имя скрыто] избили у редакции');
    assert.equal(res.body.facets.verification, undefined);
    assertClean(res.text);
  });

  test('the incident page drops internal fields, non-public sources and withheld names', async () => {
    const res = await t.get(`/api/v1/incidents/${publicId}`, 'public');
    assert.equal(res.status, 200);
    assertClean(res.text);
    const hidden = res.body.victims.find((v: { withheld: boolean }) => v.withheld);
    assert.equal(hidden.name, null);
    assert.deepEqual(hidden.outletIds, []);
    assert.match(hidden.key, /^withheld-/);
    const named = res.body.victims.find((v: { withheld: boolean }) => !v.withheld);
    assert.equal(named.name, 'Named Colleague');
    assert.equal(res.body.sources.length, 2);
    assert.equal(res.body.sources[0].excerpt, '[name withheld] was beaten');
    assert.equal(res.body.sources[0].url, 'https://example.org/a');
    assert.equal(res.body.sources[1].url, null, 'a URL that spells the withheld name is not shown');
    assert.ok(res.body.description.en.includes('Named Colleague'));
  });

  test('restricted, confidential and unverified incidents do not exist for the public', async () => {
    for (const id of hiddenIds) {
      const res = await t.get(`/api/v1/incidents/${id}`, 'public');
      assert.equal(res.status, 404);
      assertClean(res.text);
    }
  });

  test('searching a withheld name finds nothing publicly, but finds the incident internally', async () => {
    for (const q of ['Secretova', 'Секретова', 'Zhanna']) {
      const pub = await t.get(`/api/v1/incidents?q=${encodeURIComponent(q)}`, 'public');
      assert.equal(pub.body.total, 0, q);
      const internal = await t.get(`/api/v1/incidents?q=${encodeURIComponent(q)}`);
      assert.equal(internal.body.total, 1, q);
    }
    for (const q of [SECRET_TESTIMONY.split(' ')[0] as string, 'neighbour']) {
      assert.equal((await t.get(`/api/v1/incidents?q=${q}`, 'public')).body.total, 0, q);
    }
    assert.equal((await t.get('/api/v1/incidents?q=Named%20Colleague', 'public')).body.total, 1);
  });

  test('the public cannot filter on internal states', async () => {
    const res = await t.get('/api/v1/incidents?visibility=confidential', 'public');
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'invalid_query');
  });

  test('a person who did not consent is not found publicly; a consenting one is, without internal fields', async () => {
    const hidden = await t.get(`/api/v1/people/${hiddenVictimId}`, 'public');
    assert.equal(hidden.status, 404);
    assert.ok(!hidden.text.includes(SECRET_NAME));
    const doc = (await t.get(`/api/v1/incidents/${publicId}`)).body;
    const namedId = doc.victims.find(
      (v: { person: { name: string } }) => v.person.name === 'Named Colleague',
    ).personId;
    const named = await t.get(`/api/v1/people/${namedId}`, 'public');
    assert.equal(named.status, 200);
    assert.deepEqual(Object.keys(named.body).sort(), ['id', 'name', 'names', 'outletIds', 'roles']);
    assert.equal((await t.get('/api/v1/people', 'public')).status, 401);
  });

  test('internal readers see everything', async () => {
    const res = await t.get(`/api/v1/incidents/${publicId}`);
    assert.ok(res.text.includes(SECRET_NAME));
    assert.ok(res.text.includes(SECRET_NOTE));
    assert.ok(res.text.includes(SECRET_TESTIMONY));
    const all = await t.get('/api/v1/incidents');
    assert.equal(all.body.total, 4);
  });

  test('giving consent later makes the name public; withdrawing it hides it again', async () => {
    const person = (await t.get(`/api/v1/people/${hiddenVictimId}`)).body;
    const { id: _id, ...input } = person;
    const given = await t.put(`/api/v1/people/${hiddenVictimId}`, { ...input, consentToName: true });
    assert.equal(given.status, 200, given.text);
    const pub = await t.get('/api/v1/incidents?q=Secretova', 'public');
    assert.equal(pub.body.total, 1);
    assert.ok(pub.body.items[0].title.en.includes(SECRET_NAME));
    await t.put(`/api/v1/people/${hiddenVictimId}`, {
      ...input,
      consentToName: false,
      version: given.body.version,
    });
    const again = await t.get('/api/v1/incidents?q=Secretova', 'public');
    assert.equal(again.body.total, 0);
    assertClean((await t.get(`/api/v1/incidents/${publicId}`, 'public')).text);
  });
});
