import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../test/helpers/factories.js';
import { formFields, signedIn } from '../../test/helpers/workspace.js';

const t = useTestApp();

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

describe('workspace: merging, deleting and relating people', () => {
  test('an editor finds the person across scripts and merges the duplicate; the old page leads to the target', async () => {
    const kept = await incidentWith({ name: 'Айгуль Сейткали', names: { ru: 'Айгуль Сейткали' } });
    const dup = await incidentWith({ name: 'Aigul Seitkali', consentToName: false });
    const editor = await signedIn(t, 'editor');
    const page = await editor.get(`/en/workspace/people/${dup.personId}`);
    assert.ok(
      page.html.includes(`/en/workspace/people/${dup.personId}/merge`),
      'the editor is offered the merge',
    );

    const search = await editor.get(`/ru/workspace/people/${dup.personId}/merge?q=Seitkali`);
    assert.equal(search.status, 200);
    assert.ok(search.html.includes('Айгуль Сейткали'), 'Latin finds the Cyrillic record');
    assert.ok(search.html.includes('Объединить'));
    const action = `/ru/workspace/people/${dup.personId}/merge`;
    const fields = { _csrf: editor.csrf(search.html), version: '1', q: 'Seitkali' };
    const noReason = await editor.post(action, { ...fields, into: kept.personId, reason: '' });
    assert.equal(noReason.status, 422);
    assert.ok(noReason.html.includes('Напишите, почему это один и тот же человек.'));
    assert.ok(noReason.html.includes(`value="${kept.personId}" checked`), 'the choice is kept');

    const merged = await editor.post(action, { ...fields, into: kept.personId, reason: 'Та же журналистка' });
    assert.equal(merged.status, 303, merged.html);
    assert.equal(merged.location, `/ru/workspace/people/${kept.personId}?done=merged`);
    const target = await editor.get(merged.location as string);
    assert.ok(target.html.includes('Дубликат присоединён к этому человеку.'));
    assert.ok(target.html.includes('Aigul Seitkali'), 'the duplicate’s spelling is an alias');
    assert.ok(target.html.includes(dup.reference) && target.html.includes(kept.reference));
    assert.ok(target.html.includes('Публично не называется'), 'the stricter consent won');

    const old = await editor.get(`/en/workspace/people/${dup.personId}`);
    assert.equal(old.status, 301);
    assert.equal(old.location, `/en/workspace/people/${kept.personId}?done=merged_away`);
    const history = await editor.get(`/en/workspace/history/person/${kept.personId}`);
    assert.ok(history.html.includes('Merged a duplicate into this person'));
  });

  test('a monitor may not merge or delete; a refused merge says why in the reader’s language and keeps the reason', async () => {
    const open = await incidentWith({ name: 'Open Person' });
    const secret = await incidentWith({ name: 'Secret Person' }, { visibility: 'confidential' });
    const monitor = await signedIn(t, 'monitor');
    const seen = await monitor.get(`/en/workspace/people/${open.personId}`);
    assert.ok(!seen.html.includes('/merge"') && !seen.html.includes('/delete"'));
    assert.equal((await monitor.get(`/en/workspace/people/${open.personId}/merge`)).status, 403);

    const editor = await signedIn(t, 'editor');
    const search = await editor.get(`/kk/workspace/people/${secret.personId}/merge?q=Open`);
    const action = `/kk/workspace/people/${secret.personId}/merge`;
    const refused = await editor.post(action, {
      _csrf: editor.csrf(search.html),
      version: '1',
      into: open.personId,
      reason: 'Менің себебім',
    });
    assert.equal(refused.status, 409);
    assert.ok(refused.html.includes('Бұл жазбаларды біріктіруге болмайды'));
    assert.ok(refused.html.includes('Менің себебім'), 'the reason typed is kept');
    assert.equal((await t.get(`/api/v1/people/${secret.personId}`)).status, 200, 'nothing merged');
  });

  test('deleting is refused, with what still refers to the person, until nothing does', async () => {
    const victim = await incidentWith({ name: 'Victim Kept' });
    const editor = await signedIn(t, 'editor');
    const page = await editor.get(`/ru/workspace/people/${victim.personId}`);
    const action = `/ru/workspace/people/${victim.personId}/delete`;
    const refused = await editor.post(action, formFields(page.html, action));
    assert.equal(refused.status, 409);
    assert.ok(
      refused.html.includes('Этого человека нельзя удалить: он(а) записан(а) как пострадавший в инцидентах.'),
    );

    const lone = await t.post('/api/v1/people', buildPerson({ name: 'Nobody Refers' }));
    const lonePage = await editor.get(`/en/workspace/people/${lone.body.id}`);
    const loneAction = `/en/workspace/people/${lone.body.id}/delete`;
    const gone = await editor.post(loneAction, formFields(lonePage.html, loneAction));
    assert.equal(gone.status, 303);
    assert.ok((await editor.get(gone.location as string)).html.includes('The person was deleted.'));
    assert.equal((await t.get(`/api/v1/people/${lone.body.id}`)).status, 404);
  });

  test('a relative is linked from their page; both pages show it; the journalist’s page counts the incidents', async () => {
    const journalist = await incidentWith({ name: 'Марат Журналист' });
    const relative = await incidentWith({ name: 'Сауле Сестра', roles: ['family_member'] });
    const monitor = await signedIn(t, 'monitor');
    const found = await monitor.get(`/ru/workspace/people/${relative.personId}?relq=Marat`);
    assert.ok(found.html.includes('Марат Журналист'), 'the journalist is found across scripts');
    const action = `/ru/workspace/people/${relative.personId}/relations`;
    const start = found.html.indexOf(`value="${journalist.personId}"`);
    assert.ok(start > 0);
    const linked = await monitor.post(action, {
      _csrf: monitor.csrf(found.html),
      journalistId: journalist.personId,
      kind: 'family',
    });
    assert.equal(linked.status, 303, linked.html);
    const ofRelative = await monitor.get(`/ru/workspace/people/${relative.personId}`);
    assert.ok(ofRelative.html.includes('Родственник журналиста: <a'));
    assert.ok(ofRelative.html.includes('Марат Журналист'));
    const ofJournalist = await monitor.get(`/en/workspace/people/${journalist.personId}`);
    assert.ok(ofJournalist.html.includes('data-relation="relatives"'));
    assert.ok(ofJournalist.html.includes('Сауле Сестра'));
    assert.ok(ofJournalist.html.includes('targeted because of Марат Журналист’s work: 1'));
    assert.ok(ofJournalist.html.includes(relative.reference));
    const kk = await monitor.get(`/kk/workspace/people/${journalist.personId}`);
    assert.ok(kk.html.includes('Туыстары мен әріптестері') && kk.html.includes('Сауле Сестра'));

    const twice = await monitor.post(action, {
      _csrf: monitor.csrf(found.html),
      journalistId: journalist.personId,
      kind: 'associate',
    });
    assert.equal(twice.status, 409);
    assert.ok(twice.html.includes('Эти два человека уже связаны.'));
    const removed = await monitor.post(`/ru/workspace/people/${relative.personId}/relations/remove`, {
      _csrf: monitor.csrf(found.html),
      personId: relative.personId,
      journalistId: journalist.personId,
    });
    assert.equal(removed.status, 303);
    const after = await monitor.get(`/ru/workspace/people/${relative.personId}`);
    assert.ok(after.html.includes('Родственники и коллеги не записаны.'));
  });
});
