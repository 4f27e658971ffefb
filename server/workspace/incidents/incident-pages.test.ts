import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import { signedIn } from '../../../test/helpers/workspace.js';

const t = useTestApp();

/** The editor's fields for a new incident: a title, a date, a victim, a violation and a source. */
const newIncident = (title: string) => ({
  'date.start': '2024-03-05',
  'place.country': 'KZ',
  'place.region': 'KZ-SEV',
  'title.ru': title,
  'title.en': `${title} (en)`,
  'description.ru': 'Журналиста ударили у здания акимата.',
  originalLanguage: 'ru',
  'victims.0.person': 'Айгуль Сапарова',
  'victims.0.role': 'journalist',
  'victims.0.consent': 'true',
  'violations.0.typeCode': 'assault',
  'violations.0.victim': 'v0',
  'sources.0.type': 'media_report',
  'sources.0.url': 'https://example.org/news/akimat',
  'sources.0.title': 'Report',
});

describe('the incident pages', () => {
  test('a monitor records an incident through the editor; an editor verifies and publishes it', async () => {
    const monitor = await signedIn(t, 'monitor');
    const saved = await monitor.submit(
      '/ru/workspace/incidents/new',
      '/ru/workspace/incidents/new',
      newIncident('Нападение у акимата'),
    );
    assert.equal(saved.status, 303, saved.html.slice(0, 2000));
    const page = await monitor.get(saved.location as string);
    assert.equal(page.status, 200);
    assert.ok(page.html.includes('Нападение у акимата'));
    const reference = /(KZ-2024-\d{4})/.exec(saved.location as string)?.[1] as string;
    const stored = (await t.get(`/api/v1/incidents/${reference}`)).body;
    assert.equal(stored.victims[0].person.name, 'Айгуль Сапарова');
    assert.equal(stored.violations[0].victim, stored.victims[0].personId);
    assert.equal(stored.verification, 'reported');
    assert.equal(stored.visibility, 'restricted');
    assert.equal(stored.createdBy, monitor.account.id);
    assert.ok(
      !page.html.includes('>Publish<') && !page.html.includes('Опубликовать</button>'),
      'a monitor is not offered publishing',
    );
    assert.ok(page.html.includes('Начать проверку'));

    const editor = await signedIn(t, 'editor');
    const move = async (to: string) => {
      const current = (await t.get(`/api/v1/incidents/${reference}`)).body;
      return editor.submit(
        `/en/workspace/incidents/${reference}`,
        `/en/workspace/incidents/${reference}/move`,
        { to, version: String(current.version) },
      );
    };
    assert.equal((await move('verified')).status, 303);
    assert.equal((await move('published')).status, 303);
    const portal = await t.app.request(`/en/incidents/${reference}`);
    assert.equal(portal.status, 200, 'on the public portal');
    const history = await editor.get(`/en/workspace/incidents/${reference}/history`);
    assert.ok(history.html.includes('changed the state from Verified to Published.'));
  });

  test('an existing person is picked by name; a second victim row creates a new person', async () => {
    const monitor = await signedIn(t, 'monitor');
    const first = await monitor.submit(
      '/en/workspace/incidents/new',
      '/en/workspace/incidents/new',
      newIncident('First'),
    );
    const firstRef = /(KZ-2024-\d{4})/.exec(first.location as string)?.[1] as string;
    const existing = (await t.get(`/api/v1/incidents/${firstRef}`)).body.victims[0].personId;
    const second = await monitor.submit('/en/workspace/incidents/new', '/en/workspace/incidents/new', {
      ...newIncident('Second'),
      'victims.1.person': 'Brand New Cameraman',
      'violations.1.typeCode': 'threat',
      'violations.1.victim': 'v1',
    });
    assert.equal(second.status, 303, /notice error[^>]*>([^<]*)/.exec(second.html)?.[1]);
    const doc = (await t.get(`/api/v1/incidents/${/(KZ-2024-\d{4})/.exec(second.location as string)?.[1]}`))
      .body;
    assert.equal(doc.victims.length, 2);
    assert.ok(
      doc.victims.some((v: { personId: string }) => v.personId === existing),
      'the same person, not a copy',
    );
    assert.ok(doc.victims.some((v: { person: { name: string } }) => v.person.name === 'Brand New Cameraman'));
  });

  test('invalid input is shown with the fields to correct, and nothing is written', async () => {
    const monitor = await signedIn(t, 'monitor');
    const before = (await t.get('/api/v1/incidents?limit=1')).body.total;
    const res = await monitor.submit('/en/workspace/incidents/new', '/en/workspace/incidents/new', {
      ...newIncident('Bad date'),
      'date.start': '2024-02-30',
    });
    assert.equal(res.status, 422);
    assert.ok(res.html.includes('date.start'));
    assert.ok(res.html.includes('Bad date'), 'what was typed is kept');
    assert.equal((await t.get('/api/v1/incidents?limit=1')).body.total, before);
  });

  test('two people edit at once: the second save shows the first one’s change and keeps what was typed', async () => {
    const created = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          verification: 'reported',
          visibility: 'restricted',
          title: { en: 'Original title' },
        }),
      )
    ).body;
    const alice = await signedIn(t, 'monitor');
    const bob = await signedIn(t, 'monitor');
    const aliceForm = await alice.get(`/en/workspace/incidents/${created.reference}/edit`);
    const bobForm = await bob.get(`/en/workspace/incidents/${created.reference}/edit`);
    const fieldsOf = (html: string) => {
      const fields: Record<string, string> = {};
      for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"[^>]*>/g)) {
        // A browser sends a checkbox only when it is ticked, and nothing disabled.
        if (/type="checkbox"|disabled/.test(m[0])) continue;
        fields[m[1] as string] = (m[2] as string).replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      }
      for (const m of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
        const selected = /<option value="([^"]*)" selected/.exec(m[2] as string);
        fields[m[1] as string] = selected?.[1] ?? '';
      }
      for (const m of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g))
        fields[m[1] as string] = m[2] as string;
      for (const m of html.matchAll(
        /<input type="checkbox" name="([^"]+)" value="true" checked=""(?! disabled)/g,
      ))
        fields[m[1] as string] = 'true';
      return fields;
    };
    const a = fieldsOf(aliceForm.html);
    const b = fieldsOf(bobForm.html);
    const first = await alice.post(`/en/workspace/incidents/${created.reference}/edit`, {
      ...a,
      'title.en': 'Title fixed by Alice',
    });
    assert.equal(first.status, 303, first.html.slice(0, 1500));
    const second = await bob.post(`/en/workspace/incidents/${created.reference}/edit`, {
      ...b,
      'description.en': 'Bob adds the police reaction.',
    });
    assert.equal(second.status, 409, /error-summary[\s\S]*?<\/ul>/.exec(second.html)?.[0]);
    assert.ok(second.html.includes('data-their-change="title.en"'), 'Alice’s change is shown');
    assert.ok(second.html.includes('Title fixed by Alice'));
    assert.ok(second.html.includes('Bob adds the police reaction.'), 'Bob’s typing is kept');
    assert.equal(
      (await t.get(`/api/v1/incidents/${created.id}`)).body.title.en,
      'Title fixed by Alice',
      'nothing overwritten',
    );
    const again = await bob.post(`/en/workspace/incidents/${created.reference}/edit`, {
      ...fieldsOf(second.html),
      'title.en': 'Title fixed by Alice',
    });
    assert.equal(again.status, 303, again.html.slice(0, 1500));
    const final = (await t.get(`/api/v1/incidents/${created.id}`)).body;
    assert.deepEqual(
      [final.title.en, final.description.en],
      ['Title fixed by Alice', 'Bob adds the police reaction.'],
    );
  });

  test('history lists every change and shows any earlier version', async () => {
    const created = (await t.post('/api/v1/incidents', buildIncident({ title: { en: 'Version one' } }))).body;
    await t.put(`/api/v1/incidents/${created.id}`, {
      ...buildIncident({ title: { en: 'Version two' } }),
      version: 1,
    });
    const viewer = await signedIn(t, 'viewer');
    const page = await viewer.get(`/en/workspace/incidents/${created.reference}/history`);
    const ids = [...page.html.matchAll(/data-audit="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(ids.length, 2);
    const versions = [...page.html.matchAll(/href="([^"]*\/history\/\d+)"/g)].map((m) => m[1] as string);
    assert.deepEqual(versions, [
      `/en/workspace/incidents/${created.reference}/history/2`,
      `/en/workspace/incidents/${created.reference}/history/1`,
    ]);
    const v1 = await viewer.get(versions[1] as string);
    assert.ok(v1.html.includes('Version one') && !v1.html.includes('Version two'));
    const v2 = await viewer.get(versions[0] as string);
    assert.ok(v2.html.includes('Version two'));
  });

  test('the duplicate panel offers a merge to editors, and merging sends the old reference onwards', async () => {
    const a = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          title: { en: 'Blogger detained at the march in Uralsk' },
          description: { en: 'Detained for three hours, phone searched.' },
        }),
      )
    ).body;
    const b = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({
          verification: 'reported',
          visibility: 'restricted',
          title: { en: 'Blogger detained at the march in Uralsk, phone searched' },
          description: { en: 'Detained for three hours, phone searched.' },
        }),
      )
    ).body;
    const monitor = await signedIn(t, 'monitor');
    const seen = await monitor.get(`/en/workspace/incidents/${b.reference}`);
    assert.ok(seen.html.includes(`data-duplicate="${a.reference}"`));
    assert.ok(!seen.html.includes('/merge"'), 'monitors cannot merge');
    const editor = await signedIn(t, 'editor');
    const res = await editor.submit(
      `/en/workspace/incidents/${b.reference}`,
      `/en/workspace/incidents/${b.reference}/merge`,
      { into: a.id, version: '1', reason: 'The same detention at the march' },
    );
    assert.equal(res.location, `/en/workspace/incidents/${a.reference}`);
    const old = await t.app.request(`/en/incidents/${b.reference}`);
    assert.equal(old.status, 301);
    assert.equal(old.headers.get('location'), `/en/incidents/${a.reference}`);
    const forged = await monitor.post(`/en/workspace/incidents/${a.reference}/merge`, {
      _csrf: 'nope',
      into: b.id,
      version: '1',
    });
    assert.equal(forged.status, 403);
  });
});

describe('confidential incidents in the workspace', () => {
  test('an editor grants a role sight of a confidential incident and takes it back', async () => {
    const secret = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({ visibility: 'confidential', title: { en: 'Source protection case' } }),
      )
    ).body;
    const path = `/en/workspace/incidents/${secret.reference}`;
    const lawyer = await signedIn(t, 'lawyer');
    assert.equal((await lawyer.get(path)).status, 404);
    const editor = await signedIn(t, 'editor');
    const page = await editor.get(path);
    assert.ok(page.html.includes('Who else may see this confidential incident'));
    const granted = await editor.submit(path, `${path}/grants`, { grantee: 'role:lawyer' });
    assert.equal(granted.status, 303);
    assert.equal((await lawyer.get(path)).status, 200);
    const again = await editor.get(path);
    const grantId = /grants\/([0-9a-f-]{36})\/remove/.exec(again.html)?.[1] as string;
    await editor.submit(path, `${path}/grants/${grantId}/remove`, {});
    assert.equal((await lawyer.get(path)).status, 404);
    const monitor = await signedIn(t, 'monitor');
    assert.equal(
      (await monitor.post(`${path}/grants`, { _csrf: 'x', grantee: 'role:monitor' })).status,
      404,
      'a monitor cannot even see it',
    );
  });
});
