import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { nameMatches, searchPersons } from './person-search.js';

const t = useTestApp();

const everyone = { publicOnly: false, confidential: null };
const ungranted = () => ({
  publicOnly: false,
  confidential: { accountId: randomUUID(), role: 'monitor' as const },
});

describe('finding a person already recorded', () => {
  test('a name typed in Latin finds the person recorded in Cyrillic, with who they are', async () => {
    const outlet = (await t.post('/api/v1/outlets', { name: 'Uralskaya Nedelya', type: 'newspaper' })).body;
    assert.ok(outlet.id, JSON.stringify(outlet));
    const person = buildPerson({
      name: 'Айгуль Сейткали',
      names: { ru: 'Айгуль Сейткали' },
      outletIds: [outlet.id],
    });
    const incident = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          title: { en: 'Reporter detained in Uralsk' },
          date: { start: '2024-04-02' },
          victims: [{ key: 'v1', person }],
        }),
      )
    ).body;
    assert.ok(incident.reference, JSON.stringify(incident));
    const found = await searchPersons(t.db, everyone, 'Aigul Seitkali');
    const hit = found.find((c) => c.name === 'Айгуль Сейткали');
    assert.ok(hit, 'found across scripts');
    assert.equal(hit.exact, true);
    assert.deepEqual(
      hit.outlets.map((o) => o.name),
      ['Uralskaya Nedelya'],
    );
    assert.deepEqual(hit.roles, ['journalist']);
    assert.equal(hit.lastIncident?.reference, incident.reference);
    assert.equal(hit.lastIncident?.date, '2024-04-02');
    assert.equal(hit.lastIncident?.title.en, 'Reporter detained in Uralsk');
    const partial = await searchPersons(t.db, everyone, 'Seitkalieva');
    assert.ok(
      partial.some((c) => c.id === hit.id),
      'a longer form of the surname still finds her',
    );
    assert.equal(
      (await searchPersons(t.db, everyone, 'Boreiko')).some((c) => c.id === hit.id),
      false,
    );
  });

  test('a person of a confidential incident is not offered to a reader not granted it', async () => {
    const person = buildPerson({ name: 'Жанар Тайна', names: { ru: 'Жанар Тайна' } });
    await t.post(
      '/api/v1/incidents',
      buildIncident({
        visibility: 'confidential',
        verification: 'reported',
        victims: [{ key: 'v1', person }],
      }),
    );
    assert.equal((await searchPersons(t.db, everyone, 'Zhanar Taina')).length, 1, 'an unrestricted reader');
    assert.deepEqual(await searchPersons(t.db, ungranted(), 'Zhanar Taina'), []);
    assert.deepEqual(await searchPersons(t.db, { publicOnly: true }, 'Zhanar Taina'), []);
  });

  test('an incident hidden from the reader lends nothing to a candidate they may see', async () => {
    const seen = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          date: { start: '2023-01-10' },
          title: { en: 'Open case' },
          victims: [{ key: 'v1', person: buildPerson({ name: 'Ержан Открытый' }) }],
        }),
      )
    ).body;
    const personId = seen.victims[0].personId;
    await t.post(
      '/api/v1/incidents',
      buildIncident({
        date: { start: '2024-06-01' },
        visibility: 'confidential',
        verification: 'reported',
        title: { en: 'SECRET-TITLE' },
        victims: [{ key: 'v1', personId }],
      }),
    );
    const [hit] = await searchPersons(t.db, ungranted(), 'Yerzhan Otkrytyi');
    assert.equal(hit?.lastIncident?.title.en, 'Open case');
    const [all] = await searchPersons(t.db, everyone, 'Yerzhan Otkrytyi');
    assert.equal(all?.lastIncident?.title.en, 'SECRET-TITLE');
  });

  test('every typed word must match a word of the name', () => {
    assert.equal(nameMatches(['aig'], ['aigul', 'seitkali']), true);
    assert.equal(nameMatches(['aigul', 'boreiko'], ['aigul', 'seitkali']), false);
    assert.equal(nameMatches([], ['aigul']), false);
  });
});
