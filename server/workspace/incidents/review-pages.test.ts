import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { signedIn } from '../../../test/helpers/workspace.js';

const t = useTestApp();

/** The text of a page without its tags, for reading what a person sees. */
const seen = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** An incident with everything a reviewer reads: texts in two languages, a victim who withholds
 * their name and works for an outlet, a violation with a note, a public and a non-public source. */
let records = 0;

async function fullRecord() {
  records += 1;
  const outlet = (
    await t.post('/api/v1/outlets', { name: `Uralskaya Nedelya ${records}`, type: 'newspaper' })
  ).body;
  const incident = (
    await t.post(
      '/api/v1/incidents',
      buildIncident({
        verification: 'reported',
        visibility: 'restricted',
        date: { start: '2024-03-12' },
        title: { ru: 'Задержание журналистки в Петропавловске', en: 'Journalist detained in Petropavlovsk' },
        description: {
          ru: 'Её задержали у акимата на три часа.',
          en: 'She was held at the akimat for three hours.',
        },
        originalLanguage: 'ru',
        victims: [
          {
            key: 'v1',
            person: buildPerson({
              name: 'Айгуль Сейткали',
              names: { en: 'Aigul Seitkali' },
              consentToName: false,
              outletIds: [outlet.id],
            }),
          },
        ],
        violations: [{ typeCode: 'assault', victim: 'v1', description: { en: 'Pushed to the ground.' } }],
        sources: [
          {
            type: 'media_report',
            url: 'https://example.org/akimat',
            title: 'Report on the akimat',
            public: true,
          },
          { type: 'media_report', title: 'Call to the hotline', excerpt: 'She called at noon.' },
        ],
      }),
    )
  ).body;
  const involvement = await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
    actor: { type: 'police', names: { en: 'Petropavlovsk city police' } },
    role: 'executor',
    status: 'identified',
  });
  assert.equal(involvement.status, 201, JSON.stringify(involvement.body));
  return { incident, outlet };
}

describe('the incident reviewed on one page', () => {
  test('the whole record reads in words: texts side by side, place, victim, violation, sources, perpetrators', async () => {
    const { incident } = await fullRecord();
    const editor = await signedIn(t, 'editor');
    const page = await editor.get(`/en/workspace/incidents/${incident.reference}`);
    assert.equal(page.status, 200);
    const text = seen(page.html);
    for (const expected of [
      'Задержание журналистки в Петропавловске',
      'Journalist detained in Petropavlovsk',
      'Её задержали у акимата на три часа.',
      'She was held at the akimat for three hours.',
      'March 12, 2024',
      'to the day',
      'Petropavlovsk, North Kazakhstan Region',
      'Street or public place',
      'Aigul Seitkali',
      'Journalist',
      'Uralskaya Nedelya',
      'Not named publicly',
      'Assault',
      'Pushed to the ground.',
      'Report on the akimat',
      'Call to the hotline',
      'Not public',
      'She called at noon.',
      'Perpetrator',
      'Petropavlovsk city police (Police)',
      'Identified',
    ]) {
      assert.ok(text.includes(expected), `the page shows “${expected}”`);
    }
    assert.ok(!text.includes('KZ-SEV'), 'no place codes');
    assert.ok(!/\bassault\b|media_report|street_or_public_place/.test(text), 'no vocabulary codes');
    assert.ok(
      page.html.includes('data-source-public="true"') && page.html.includes('data-source-public="false"'),
    );
    assert.ok(page.html.includes('data-move="verifying"'), 'the workflow is beside the record');
  });

  test('each workflow move is named for what it does: unpublishing is not “mark as verified”', async () => {
    const published = (
      await t.post('/api/v1/incidents', buildIncident({ verification: 'published', visibility: 'public' }))
    ).body;
    const editor = await signedIn(t, 'editor');
    const expected = {
      en: 'Unpublish (withdraw from the public site)',
      ru: 'Снять с публикации (убрать с публичного сайта)',
      kk: 'Жариялауды тоқтату (жария сайттан алып тастау)',
    };
    for (const [lang, label] of Object.entries(expected)) {
      const page = await editor.get(`/${lang}/workspace/incidents/${published.reference}`);
      const button = /data-move="verified"[\s\S]*?<button type="submit">([^<]*)<\/button>/.exec(
        page.html,
      )?.[1];
      assert.equal(button, label, `${lang}: the move from published`);
    }
    const ru = await editor.get(`/ru/workspace/incidents/${published.reference}`);
    assert.ok(!ru.html.includes('Отметить как проверенный'));
    const res = await editor.submit(
      `/en/workspace/incidents/${published.reference}`,
      `/en/workspace/incidents/${published.reference}/move`,
      { to: 'verified', version: String(published.version) },
    );
    assert.equal(res.status, 303);
    assert.equal((await t.get(`/api/v1/incidents/${published.id}`)).body.verification, 'verified');
  });
});

describe('the history told as sentences', () => {
  test('changes read as sentences with labels and names; no keys, ids or derived fields; every version readable', async () => {
    const { incident } = await fullRecord();
    const current = (await t.get(`/api/v1/incidents/${incident.id}`)).body;
    const {
      id,
      reference,
      version,
      createdAt,
      updatedAt,
      createdBy,
      updatedBy,
      accountability,
      assignedTo,
      mergedInto,
      verificationReason,
      ...doc
    } = current;
    const victims = current.victims.map((v: { personId: string }) => ({
      key: v.personId,
      personId: v.personId,
    }));
    const changed = await t.put(`/api/v1/incidents/${incident.id}`, {
      ...doc,
      victims,
      violations: current.violations.map((v: { id: string; typeCode: string; victim: string }) => ({
        id: v.id,
        typeCode: v.typeCode,
        victim: v.victim,
      })),
      sources: current.sources.map(({ public: _p, ...s }: { public: boolean }) => s),
      date: { start: '2024-03-13' },
      title: { ...current.title, en: 'Journalist held at the akimat' },
      version,
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    const editor = await signedIn(t, 'editor');
    await editor.submit(`/en/workspace/incidents/${reference}`, `/en/workspace/incidents/${reference}/move`, {
      to: 'verifying',
      version: String(changed.body.version),
    });
    const page = await editor.get(`/en/workspace/incidents/${reference}/history`);
    assert.equal(page.status, 200);
    const text = seen(page.html);
    assert.ok(text.includes('changed the date from March 12, 2024 to March 13, 2024.'), text.slice(0, 3000));
    assert.ok(
      text.includes(
        'changed the title (in English) from “Journalist detained in Petropavlovsk” to “Journalist held at the akimat”.',
      ),
    );
    assert.ok(
      text.includes(`${editor.account.displayName} changed the state from Reported to Being verified.`),
    );
    assert.ok(text.includes('recorded the incident: “Journalist detained in Petropavlovsk”.'));
    assert.ok(
      text.includes('added someone involved: Petropavlovsk city police (Police), role: Perpetrator.'),
    );
    for (const raw of ['updatedBy', 'openForDays', 'accountability.', 'version:', 'date.start', '{"']) {
      assert.ok(!text.includes(raw), `no raw “${raw}”`);
    }
    assert.ok(!UUID.test(text), 'no ids');
    const ru = seen((await editor.get(`/ru/workspace/incidents/${reference}/history`)).html);
    if (process.env.SHOW_HISTORY) console.log(text, '\n\n', ru);
    assert.ok(
      ru.includes('изменил(а) дату: было 12 марта 2024 г., стало 13 марта 2024 г. '),
      ru.slice(0, 2000),
    );

    const first = await editor.get(`/en/workspace/incidents/${reference}/history/1`);
    assert.equal(first.status, 200);
    const v1 = seen(first.html);
    assert.ok(
      v1.includes('Journalist detained in Petropavlovsk') && !v1.includes('Journalist held at the akimat'),
    );
    assert.ok(v1.includes('March 12, 2024') && v1.includes('Aigul Seitkali') && v1.includes('Assault'));
    assert.ok(
      !/action="[^"]*\/(move|assign|comments|files|merge)"/.test(first.html),
      'a version is read only',
    );
    const v2 = seen((await editor.get(`/en/workspace/incidents/${reference}/history/2`)).html);
    assert.ok(v2.includes('Journalist held at the akimat') && v2.includes('March 13, 2024'));
    assert.equal((await editor.get(`/en/workspace/incidents/${reference}/history/99`)).status, 404);
  });

  test('a confidential or deleted incident’s history and versions stay with those who may see it', async () => {
    const secret = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({ visibility: 'confidential', verification: 'reported' }),
      )
    ).body;
    const gone = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({ visibility: 'confidential', verification: 'reported' }),
      )
    ).body;
    assert.equal((await t.delete(`/api/v1/incidents/${gone.id}?version=1`)).status, 204);
    const lawyer = await signedIn(t, 'lawyer');
    const editor = await signedIn(t, 'editor');
    const paths = [
      `/en/workspace/incidents/${secret.reference}/history`,
      `/en/workspace/incidents/${secret.reference}/history/1`,
      `/en/workspace/incidents/${secret.id}/history/1`,
      `/en/workspace/incidents/${gone.id}/history`,
      `/en/workspace/incidents/${gone.id}/history/1`,
    ];
    for (const path of paths) {
      const refused = await lawyer.get(path);
      assert.equal(refused.status, 404, path);
      assert.ok(!refused.html.includes(secret.title.en) && !refused.html.includes(gone.title.en), path);
      assert.equal((await editor.get(path)).status, 200, `an editor reads ${path}`);
    }
    const deleted = seen((await editor.get(`/en/workspace/incidents/${gone.id}/history`)).html);
    assert.ok(deleted.includes('deleted the incident.'));
    const unknown = await editor.get('/en/workspace/incidents/00000000-0000-4000-8000-000000000000/history');
    assert.equal(unknown.status, 404);
  });
});
