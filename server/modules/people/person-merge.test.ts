import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { countDifferences } from '../statistics/count-check.repo.js';

const t = useTestApp();

/** An incident with one new victim; its id, reference and the victim's id. */
async function incidentWith(person: Record<string, unknown>, over: Record<string, unknown> = {}) {
  const res = await t.post(
    '/api/v1/incidents',
    buildIncident({ victims: [{ key: 'v1', person: buildPerson(person) }], ...over }),
  );
  assert.equal(res.status, 201, res.text);
  return {
    id: res.body.id as string,
    reference: res.body.reference as string,
    personId: res.body.victims[0].personId as string,
  };
}

async function version(id: string): Promise<number> {
  return (await t.get(`/api/v1/people/${id}`)).body.version;
}

const merge = async (from: string, into: string, as: 'admin' | 'editor' | 'monitor' = 'editor') =>
  t.request('POST', `/api/v1/people/${from}/merge`, {
    as,
    json: { into, version: await version(from), reason: 'The same journalist, in Latin script' },
  });

describe('people: merging a duplicate into the person they repeat', () => {
  test('every link moves, the old id answers 308 to the target, both histories name the merge, counts stay true', async () => {
    const cyrillic = await incidentWith({
      name: 'Айгуль Сейткали',
      roles: ['journalist'],
      names: { ru: 'Айгуль Сейткали', en: 'Aigul Seitkaly' },
    });
    const latin = await incidentWith({
      name: 'Aigul Seitkali',
      roles: ['blogger'],
      names: { en: 'Aigul Seitkali', kk: 'Айгүл Сейтқали' },
    });
    const outlet = await t.post('/api/v1/outlets', { name: 'Shymkent Times', type: 'newspaper' });
    const dup = (await t.get(`/api/v1/people/${latin.personId}`)).body;
    const put = await t.put(`/api/v1/people/${latin.personId}`, {
      ...dup,
      id: undefined,
      outletIds: [outlet.body.id],
    });
    assert.equal(put.status, 200, put.text);
    const relative = await t.post(
      '/api/v1/people',
      buildPerson({ name: 'Ерлан Сейткали', roles: ['family_member'] }),
    );
    assert.equal(
      (
        await t.post(`/api/v1/people/${relative.body.id}/relations`, {
          journalistId: latin.personId,
          kind: 'family',
        })
      ).status,
      201,
    );

    const res = await merge(latin.personId, cyrillic.personId);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.id, cyrillic.personId);
    assert.equal(res.body.name, 'Айгуль Сейткали', 'the target keeps its name');
    assert.ok(res.body.aliases.includes('Aigul Seitkali'), 'the duplicate’s spelling becomes an alias');
    assert.deepEqual(res.body.roles.sort(), ['blogger', 'journalist']);
    assert.deepEqual(res.body.outletIds, [outlet.body.id]);
    assert.equal(res.body.names.en, 'Aigul Seitkaly', 'the target keeps its own spellings');
    assert.equal(res.body.names.kk, 'Айгүл Сейтқали', 'a language the target lacked is filled');

    const moved = await t.get(`/api/v1/incidents/${latin.id}`);
    assert.deepEqual(
      moved.body.victims.map((v: { personId: string }) => v.personId),
      [cyrillic.personId],
    );
    assert.equal(moved.body.violations[0].victim, cyrillic.personId);

    const old = await t.get(`/api/v1/people/${latin.personId}`);
    assert.equal(old.status, 308);
    assert.equal(old.headers.get('location'), `/api/v1/people/${cyrillic.personId}`);

    const relations = await t.get(`/api/v1/people/${cyrillic.personId}/relations`);
    assert.deepEqual(
      relations.body.relatives.map((r: { id: string }) => r.id),
      [relative.body.id],
      'the relative now points at the target',
    );

    const search = await t.get(`/api/v1/incidents?q=${encodeURIComponent('Seitkali')}`);
    assert.ok(
      search.body.items.some((i: { id: string }) => i.id === cyrillic.id),
      'the target’s incidents are found by the alias',
    );

    const fromHistory = await t.get(`/api/v1/people/${latin.personId}/history`);
    assert.equal(fromHistory.body.items.at(-1).action, 'person.merged');
    const intoHistory = await t.get(`/api/v1/people/${cyrillic.personId}/history`);
    assert.equal(intoHistory.body.items.at(-1).action, 'person.duplicate_merged');

    assert.deepEqual(await countDifferences(t.db), [], 'the kept counts equal a recount');
  });

  test('the stricter consent wins: a non-consenting duplicate is not named publicly through a consenting target', async () => {
    const named = await incidentWith({ name: 'Dana Named', consentToName: true });
    const unnamed = await incidentWith({ name: 'Dana Hidden-Name', consentToName: false });
    assert.equal((await t.get(`/api/v1/people/${named.personId}`, 'public')).status, 200);
    const res = await merge(unnamed.personId, named.personId);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.consentToName, false);
    assert.equal((await t.get(`/api/v1/people/${named.personId}`, 'public')).status, 404);
    for (const incident of [named, unnamed]) {
      const page = await t.get(`/api/v1/incidents/${incident.id}`, 'public');
      assert.equal(page.status, 200);
      assert.ok(!page.text.includes('Dana'), 'neither spelling is shown publicly');
      assert.equal(page.body.victims[0].withheld, true);
    }
    const found = await t.get('/api/v1/incidents?q=Hidden-Name', 'public');
    assert.equal(found.body.items.length, 0, 'the public search does not find the withheld alias');
    assert.deepEqual(await countDifferences(t.db), []);
  });

  test('refused: into themselves, a stale version, a monitor, and two people seen by different readers', async () => {
    const a = await incidentWith({ name: 'Refusal A' });
    const b = await incidentWith({ name: 'Refusal B' });
    const self = await merge(a.personId, a.personId);
    assert.equal(self.status, 422);
    assert.equal(self.body.error.details[0].code, 'same_person');
    const stale = await t.request('POST', `/api/v1/people/${a.personId}/merge`, {
      as: 'editor',
      json: { into: b.personId, version: 99, reason: 'x' },
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'version_conflict');
    assert.equal((await merge(a.personId, b.personId, 'monitor')).status, 403);

    const secret = await incidentWith({ name: 'Confidential Witness' }, { visibility: 'confidential' });
    const disclose = await merge(secret.personId, b.personId);
    assert.equal(disclose.status, 409, disclose.text);
    assert.equal(disclose.body.error.code, 'merge_would_disclose');
    const reverse = await merge(b.personId, secret.personId);
    assert.equal(reverse.body.error.code, 'merge_would_disclose', 'either way round');
    assert.equal((await t.get(`/api/v1/people/${secret.personId}`)).status, 200, 'nothing changed');
    assert.equal((await t.get(`/api/v1/people/${b.personId}`)).status, 200);

    const monitorSees = await t.get(`/api/v1/people/${secret.personId}`, 'monitor');
    assert.equal(monitorSees.status, 404, 'an ungranted reader cannot see the confidential person');
    const unknown = await merge(a.personId, '00000000-0000-4000-8000-000000000000');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'person_not_found');
  });

  test('an old id leads nowhere for a reader who may not see the target', async () => {
    const one = await incidentWith({ name: 'Secret One' }, { visibility: 'confidential' });
    const two = await incidentWith({ name: 'Secret Two' }, { visibility: 'confidential' });
    assert.equal((await merge(one.personId, two.personId)).status, 200);
    assert.equal((await t.get(`/api/v1/people/${one.personId}`)).status, 308);
    const monitor = await t.get(`/api/v1/people/${one.personId}`, 'monitor');
    assert.equal(monitor.status, 404);
    assert.equal(monitor.body.error.code, 'person_not_found');
    assert.equal((await t.get(`/api/v1/people/${one.personId}`, 'public')).status, 404);
  });
});

describe('people: deleting', () => {
  test('refused with still_referenced while a violation, a case or a relation names them; deleted and audited otherwise', async () => {
    const victim = await incidentWith({ name: 'Still A Victim' });
    const v = await version(victim.personId);
    const refused = await t.delete(`/api/v1/people/${victim.personId}?version=${v}`, 'editor');
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'still_referenced');
    assert.deepEqual(refused.body.error.details, [{ path: 'violations', code: 'person_victim' }]);

    const journalist = await t.post('/api/v1/people', buildPerson({ name: 'Lone Journalist' }));
    const relative = await t.post(
      '/api/v1/people',
      buildPerson({ name: 'Lone Relative', roles: ['associate'] }),
    );
    await t.post(`/api/v1/people/${relative.body.id}/relations`, {
      journalistId: journalist.body.id,
      kind: 'associate',
    });
    const related = await t.delete(`/api/v1/people/${journalist.body.id}?version=1`, 'editor');
    assert.equal(related.status, 409);
    assert.deepEqual(related.body.error.details, [{ path: 'relations', code: 'person_relation' }]);
    assert.equal(
      (await t.delete(`/api/v1/people/${relative.body.id}/relations/${journalist.body.id}`)).status,
      204,
    );
    const gone = await t.delete(`/api/v1/people/${journalist.body.id}?version=1`, 'editor');
    assert.equal(gone.status, 204, gone.text);
    assert.equal((await t.get(`/api/v1/people/${journalist.body.id}`)).status, 404);
    const history = await t.get(`/api/v1/people/${journalist.body.id}/history`);
    assert.equal(history.body.items.at(-1).action, 'person.deleted');
  });
});

describe('people: relatives and associates', () => {
  test('linked both ways, counted as targeted because of the journalist’s work, refused twice or to themselves', async () => {
    const journalist = await incidentWith({ name: 'Journalist With Family' });
    const attack = await incidentWith({ name: 'Brother Of Journalist', roles: ['family_member'] });
    const brother = attack.personId;
    const added = await t.post(`/api/v1/people/${brother}/relations`, {
      journalistId: journalist.personId,
      kind: 'family',
    });
    assert.equal(added.status, 201, added.text);
    const again = await t.post(`/api/v1/people/${journalist.personId}/relations`, {
      journalistId: brother,
      kind: 'associate',
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.details[0].code, 'already_related');
    const self = await t.post(`/api/v1/people/${brother}/relations`, {
      journalistId: brother,
      kind: 'family',
    });
    assert.equal(self.status, 422);

    const ofBrother = (await t.get(`/api/v1/people/${brother}/relations`)).body;
    assert.deepEqual(ofBrother.journalists, [
      { id: journalist.personId, name: 'Journalist With Family', kind: 'family' },
    ]);
    const ofJournalist = (await t.get(`/api/v1/people/${journalist.personId}/relations`)).body;
    assert.deepEqual(ofJournalist.relatives, [
      { id: brother, name: 'Brother Of Journalist', kind: 'family' },
    ]);
    assert.deepEqual(
      ofJournalist.targetedIncidents.map((i: { id: string }) => i.id),
      [attack.id],
    );
    const history = await t.get(`/api/v1/people/${brother}/history`);
    assert.equal(history.body.items.at(-1).action, 'person.relation_added');
    const publicView = await t.get(`/api/v1/people/${journalist.personId}`, 'public');
    assert.equal(publicView.status, 200);
    assert.ok(!publicView.text.includes('Brother'), 'the public view carries no relation');
    assert.equal((await t.get(`/api/v1/people/${journalist.personId}/relations`, 'public')).status, 401);
  });

  test('a relative seen only through a confidential incident is not shown to an ungranted reader', async () => {
    const journalist = await incidentWith({ name: 'Open Journalist' });
    const hidden = await incidentWith({ name: 'Hidden Relative' }, { visibility: 'confidential' });
    await t.post(`/api/v1/people/${hidden.personId}/relations`, {
      journalistId: journalist.personId,
      kind: 'family',
    });
    const monitor = (await t.get(`/api/v1/people/${journalist.personId}/relations`, 'monitor')).body;
    assert.deepEqual(monitor.relatives, []);
    assert.deepEqual(monitor.targetedIncidents, []);
    const editor = (await t.get(`/api/v1/people/${journalist.personId}/relations`, 'editor')).body;
    assert.equal(editor.relatives.length, 1);
    assert.equal(editor.targetedIncidents.length, 1);
  });
});
