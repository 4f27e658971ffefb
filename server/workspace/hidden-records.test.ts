import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../test/helpers/factories.js';
import { signedIn } from '../../test/helpers/workspace.js';

const t = useTestApp();

describe('workspace: records that belong only to a confidential incident', () => {
  test('are not listed, shown, suggested or in a history to a reader who was not granted it', async () => {
    const outlet = (await t.post('/api/v1/outlets', { name: 'Hidden Outlet Weekly', type: 'newspaper' }))
      .body;
    const person = (
      await t.post('/api/v1/people', buildPerson({ name: 'Zarina Hiddenova', outletIds: [outlet.id] }))
    ).body;
    const incident = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          verification: 'verifying',
          visibility: 'confidential',
          victims: [{ key: 'v1', personId: person.id }],
        }),
      )
    ).body;
    const letter = (
      await t.post('/api/v1/interventions', {
        kind: 'letter',
        title: { en: 'Hidden letter to the prosecutor' },
        issuedOn: '2023-02-23',
        incidentIds: [incident.id],
      })
    ).body;
    const open = (await t.post('/api/v1/people', buildPerson({ name: 'Nobody Incidentless' }))).body;
    const b = await signedIn(t, 'monitor');
    const pages = {
      people: await b.get('/en/workspace/people'),
      outlets: await b.get('/en/workspace/outlets'),
      letters: await b.get('/en/workspace/interventions'),
      editor: await b.get('/en/workspace/incidents/new'),
    };
    for (const [name, page] of Object.entries(pages)) {
      assert.equal(page.status, 200, name);
      for (const marker of ['Zarina Hiddenova', 'Hidden Outlet Weekly', 'Hidden letter']) {
        assert.ok(!page.html.includes(marker), `${name} shows ${marker}`);
      }
    }
    assert.ok(pages.people.html.includes('Nobody Incidentless'), 'a person with no incident stays listed');
    for (const path of [
      `/en/workspace/people/${person.id}`,
      `/en/workspace/outlets/${outlet.id}`,
      `/en/workspace/interventions/${letter.id}`,
      `/en/workspace/history/person/${person.id}`,
      `/en/workspace/history/intervention/${letter.id}`,
      `/en/workspace/incidents/${incident.reference}/history`,
    ]) {
      assert.equal((await b.get(path)).status, 404, path);
    }
    assert.equal((await b.get(`/en/workspace/people/${open.id}`)).status, 200);
    await t.post(`/api/v1/incidents/${incident.id}/grants`, { role: 'monitor' });
    assert.ok((await b.get('/en/workspace/people')).html.includes('Zarina Hiddenova'));
    assert.equal((await b.get(`/en/workspace/interventions/${letter.id}`)).status, 200);
  });
});
