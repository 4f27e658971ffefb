import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import { formFields, signedIn } from '../../../test/helpers/workspace.js';

const t = useTestApp();

describe('the case timeline editor', () => {
  test('a monitor records who was involved; a lawyer follows the proceedings, corrects and retracts steps', async () => {
    const incident = (await t.post('/api/v1/incidents', buildIncident())).body;
    const base = `/en/workspace/incidents/${incident.reference}/case`;
    const monitor = await signedIn(t, 'monitor');
    const added = await monitor.submit(base, `${base}/involvements`, {
      actorType: 'police',
      actorName: 'Petropavlovsk city police',
      role: 'executor',
      headcount: '2',
      status: 'identified',
      statusOn: '2023-02-21',
    });
    assert.equal(added.status, 303, added.html.slice(0, 1500));
    let story = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body;
    assert.equal(story.involvements[0].headcount, 2);
    const involvement = story.involvements[0].id;
    await monitor.submit(base, `${base}/involvements/${involvement}/status`, {
      status: 'charged',
      on: '2023-04-01',
    });

    const lawyer = await signedIn(t, 'lawyer');
    const page = await lawyer.get(base);
    assert.ok(!page.html.includes(`${base}/involvements"`), 'lawyers do not record involvement');
    await lawyer.submit(base, `${base}/proceedings`, {
      kind: 'against_perpetrators',
      authority: 'Police',
      article: 'Art. 293',
    });
    story = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body;
    const proceeding = story.proceedings[0].id;
    await lawyer.submit(base, `${base}/proceedings/${proceeding}/events`, {
      type: 'case_opened',
      on: '2023-03-01',
    });
    await lawyer.submit(base, `${base}/proceedings/${proceeding}/events`, {
      type: 'convicted',
      on: '2023-09-01',
      sentence: '3 years',
    });
    story = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body;
    const [opened, convicted] = story.proceedings[0].events;
    const corrected = await lawyer.submit(base, `${base}/events/${opened.id}`, {
      type: 'case_opened',
      on: '2023-03-02',
      version: String(opened.version),
    });
    assert.equal(corrected.status, 303, corrected.html.slice(0, 1500));
    const stale = await lawyer.submit(base, `${base}/events/${opened.id}`, {
      type: 'case_opened',
      on: '2023-03-03',
      version: String(opened.version),
    });
    assert.equal(stale.status, 409, 'a correction based on an old version is refused');
    await lawyer.submit(base, `${base}/events/${convicted.id}/retract`, {
      reason: 'entered on the wrong case',
      version: String(convicted.version),
    });
    story = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body;
    assert.equal(story.proceedings[0].events[0].on, '2023-03-02');
    assert.equal(story.proceedings[0].events[1].retracted.reason, 'entered on the wrong case');
    assert.equal(story.involvements[0].legalStatus, 'charged');
    const shown = await lawyer.get(base);
    assert.ok(shown.html.includes('entered on the wrong case'));

    const kk = await lawyer.get(`/kk/workspace/incidents/${incident.reference}/case`);
    assert.ok(kk.html.includes('Іс жүргізулер'));
  });

  test('a viewer sees the timeline without forms, and a forged change is refused', async () => {
    const incident = (await t.post('/api/v1/incidents', buildIncident())).body;
    const base = `/en/workspace/incidents/${incident.reference}/case`;
    const viewer = await signedIn(t, 'viewer');
    const page = await viewer.get(base);
    assert.equal(page.status, 200);
    assert.ok(!page.html.includes('method="post" action="/en/workspace/incidents/'), 'no forms');
    const res = await viewer.post(`${base}/proceedings`, {
      _csrf: viewer.csrf(page.html),
      kind: 'against_perpetrators',
    });
    assert.equal(res.status, 403);
    assert.equal((await t.get(`/api/v1/incidents/${incident.id}/case`)).body.proceedings.length, 0);
  });

  test('an individual is unnamed publicly until an editor marks the name public on the case page', async () => {
    const incident = (await t.post('/api/v1/incidents', buildIncident())).body;
    const base = `/en/workspace/incidents/${incident.reference}/case`;
    const monitor = await signedIn(t, 'monitor');
    const added = await monitor.submit(base, `${base}/involvements`, {
      actorType: 'private_individual',
      actorName: 'Серік Ахметов',
      role: 'executor',
      status: 'identified',
    });
    assert.equal(added.status, 303, added.html.slice(0, 1500));
    const publicCase = async () => (await t.get(`/api/v1/incidents/${incident.id}/case`, 'public')).body;
    assert.equal((await publicCase()).involvements[0].actor.name, null);
    const page = await monitor.get(base);
    assert.ok(page.html.includes('Not named on the public site'));
    const actorId = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body.involvements[0].actor.id;
    const action = `${base}/actors/${actorId}/name-public`;
    const marked = await monitor.post(action, {
      _csrf: monitor.csrf(page.html),
      ...formFields(page.html, action),
    });
    assert.equal(marked.status, 303, marked.html.slice(0, 1500));
    assert.equal((await publicCase()).involvements[0].actor.name, 'Серік Ахметов');
    const stale = await monitor.post(action, {
      _csrf: monitor.csrf(page.html),
      ...formFields(page.html, action),
    });
    assert.equal(stale.status, 409, 'a change based on an old version is refused');
    const ru = await monitor.get(`/ru/workspace/incidents/${incident.reference}/case`);
    assert.ok(ru.html.includes('Имя показывается на публичном сайте'));
  });
});
