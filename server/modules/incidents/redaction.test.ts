import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { assertNoLeak, SHOWN, seedWithheldNames } from '../../../test/helpers/withheld-names.js';
import { setDerivedVersion } from './derived.repo.js';
import { ensureDerived } from './incident.derived.js';
import { setDerived } from './incident.repo.js';

const t = useTestApp();

let incident: { id: string; reference: string } = { id: '', reference: '' };
let individualActor = '';
const bodies: Record<string, string> = {};

describe('redaction of withheld names', () => {
  describe('withheld names in the public JSON', () => {
    before(async () => {
      ({ incident, individualActor } = await seedWithheldNames(t));
    });

    test('the incident: every text field, in every spelling', async () => {
      const res = await t.get(`/api/v1/incidents/${incident.id}`, 'public');
      assert.equal(res.status, 200);
      assertNoLeak(res.text, 'incident');
      assert.match(res.body.title.en, /^\[name withheld\] detained after \[name withheld\] threatened him$/);
      assert.equal(res.body.title.kk, '[аты-жөні жасырылған] үйі тінтілді');
      assert.equal(res.body.sources[0].url, null, 'a URL naming the person is dropped');
      assert.equal(res.body.sources[0].publisher, 'Блог [name withheld]');
      assert.ok(res.text.includes('Named Colleague'), 'the consenting colleague is named');
      const internal = await t.get(`/api/v1/incidents/${incident.id}`, 'monitor');
      assert.ok(internal.text.includes('Nurlanov'), 'internal readers see the record as written');
    });

    test('the case: a private individual is unnamed, the institution named, every text redacted', async () => {
      const res = await t.get(`/api/v1/incidents/${incident.id}/case`, 'public');
      assert.equal(res.status, 200);
      assertNoLeak(res.text, 'case');
      const [individual, police] = res.body.involvements;
      assert.equal(individual.actor.name, null);
      assert.deepEqual(individual.actor.names, {});
      assert.equal(police.actor.name, 'Kokshetau city police');
      assert.equal(res.body.proceedings[0].subjectId, null);
      assert.equal(
        res.body.accountability.override.reason,
        '[name withheld] was never questioned about [name withheld]',
      );
      const actor = await t.get(`/api/v1/actors/${individualActor}`, 'public');
      assert.equal(actor.body.name, null);
      assertNoLeak(actor.text, 'actor');
    });

    test('a statement withholds the names of every incident it is linked to, public or not', async () => {
      for (const path of ['/api/v1/interventions', `/api/v1/interventions?incidentId=${incident.id}`]) {
        const res = await t.get(path, 'public');
        assert.equal(res.status, 200);
        assert.equal(res.body.items.length, 1);
        assertNoLeak(res.text, path);
        assert.deepEqual(res.body.items[0].incidentIds, [incident.id]);
        assert.equal(res.body.items[0].url, null);
        bodies[path] = res.text;
      }
      const listed = JSON.parse(bodies['/api/v1/interventions'] as string) as { items: { id: string }[] };
      const one = await t.get(`/api/v1/interventions/${listed.items[0]?.id}`, 'public');
      assertNoLeak(one.text, 'intervention');
      assert.equal(one.body.body.kk, '[аты-жөні жасырылған] қорқытты.');
    });

    test('figures other organisations published are redacted too', async () => {
      const res = await t.get('/api/v1/published-figures', 'public');
      assertNoLeak(res.text, 'figures');
      assert.equal(res.body.items[0].organisation, 'Adilet Watch');
      assert.ok((await t.get('/api/v1/published-figures', 'monitor')).text.includes('Nurlanov'));
      assert.match(res.body.items[0].sourceExcerpt, /Qairatov/, 'a name nobody withholds is shown');
      const later = buildIncident({
        victims: [{ key: 'v', person: buildPerson({ name: 'Қайратов', consentToName: false }) }],
        violations: [{ typeCode: 'threat', victim: 'v' }],
      });
      assert.equal((await t.post('/api/v1/incidents', later)).status, 201);
      const after = await t.get('/api/v1/published-figures', 'public');
      assert.doesNotMatch(
        after.body.items[0].sourceExcerpt,
        /Qairatov/,
        'a newly withheld name goes at once',
      );
    });

    test('the list and the public search: no title leaks, no withheld name finds it, in either script', async () => {
      const list = await t.get('/api/v1/incidents', 'public');
      assertNoLeak(list.text, 'list');
      for (const q of [
        'Nurlanov',
        'Нурланов',
        'Нұрланова',
        'Yerbolat',
        'Ерболат',
        'Маркербаева',
        'Markerbayeva',
        'Akhmetov',
        'Ахметов',
      ]) {
        const pub = await t.get(`/api/v1/incidents?q=${encodeURIComponent(q)}`, 'public');
        assert.equal(pub.body.total, 0, `the public search finds the incident by "${q}"`);
        const internal = await t.get(`/api/v1/incidents?q=${encodeURIComponent(q)}`, 'monitor');
        assert.ok(
          internal.body.items.some((i: { id: string }) => i.id === incident.id),
          `the internal search finds it by "${q}"`,
        );
      }
      const found = await t.get(
        `/api/v1/incidents?q=${encodeURIComponent('detained Named Colleague')}`,
        'public',
      );
      assert.deepEqual(
        found.body.items.map((i: { id: string }) => i.id),
        [incident.id],
        'the public search still works on what is shown',
      );
    });
  });

  describe('withheld names in the public pages', () => {
    test('the incident page, list, downloads and statistics in kk, ru and en', async () => {
      for (const lang of ['kk', 'ru', 'en']) {
        for (const path of [
          `/${lang}/incidents/${incident.reference}`,
          `/${lang}/incidents`,
          `/${lang}/incidents.csv`,
          `/${lang}/incidents.json`,
          `/${lang}/incidents.atom`,
          `/${lang}/statistics`,
          `/${lang}/`,
        ]) {
          const res = await t.get(path, 'public');
          assert.equal(res.status, 200, path);
          assertNoLeak(res.text, path);
        }
        const search = await t.get(`/${lang}/incidents?q=Nurlanov`, 'public');
        assert.ok(!search.text.includes(incident.reference), `${lang}: the public search finds it`);
        const page = await t.get(`/${lang}/incidents/${incident.reference}`, 'public');
        const marker = { kk: '[аты-жөні жасырылған]', ru: '[имя скрыто]', en: '[name withheld]' }[
          lang
        ] as string;
        assert.ok(
          page.text.includes(`${marker} отозвал заявление`),
          `${lang}: the event's reason in the page's marker`,
        );
        for (const shown of SHOWN) assert.ok(page.text.includes(shown), `${lang} page names ${shown}`);
      }
    });
  });

  describe('an individual named in public by an editor', () => {
    test('marking the actor public names them on the case and in the texts', async () => {
      const actor = (await t.get(`/api/v1/actors/${individualActor}`, 'monitor')).body;
      assert.equal(actor.namePublic, false);
      const { id: _id, ...input } = actor;
      const marked = await t.put(
        `/api/v1/actors/${individualActor}`,
        { ...input, namePublic: true },
        'monitor',
      );
      assert.equal(marked.status, 200, marked.text);
      const story = (await t.get(`/api/v1/incidents/${incident.id}/case`, 'public')).body;
      assert.equal(story.involvements[0].actor.name, 'Серік Ахметов');
      const shown = (await t.get(`/api/v1/incidents/${incident.id}`, 'public')).body;
      assert.match(shown.title.en, /after Serik Akhmetov threatened/);
      assert.ok(!shown.title.en.includes('Nurlanov'), 'the victim stays withheld');
      const listed = (await t.get('/api/v1/incidents', 'public')).body.items.find(
        (i: { id: string }) => i.id === incident.id,
      );
      assert.match(listed.title.en, /Serik Akhmetov/, 'the public title follows the actor');
      const { id: _again, ...after } = (await t.get(`/api/v1/actors/${individualActor}`, 'monitor')).body;
      await t.put(`/api/v1/actors/${individualActor}`, { ...after, namePublic: false }, 'monitor');
      assert.doesNotMatch(
        (await t.get(`/api/v1/incidents/${incident.id}`, 'public')).body.title.en,
        /Akhmetov/,
      );
    });
  });

  describe('titles and search documents stored under an older rule', () => {
    test('are recomputed at the next start', async () => {
      const leaky = 'Yerbolat Nurlanov detained';
      await setDerived(t.db, incident.id, {
        type_codes: ['assault'],
        type_groups: ['A'],
        victim_roles: ['journalist'],
        public_title: JSON.stringify({ en: leaky }),
        searchAll: 'erbolat nurlanov',
        searchPublic: 'erbolat nurlanov',
      });
      await setDerivedVersion(t.db, 1);
      assert.equal(
        (await t.get('/api/v1/incidents?q=Nurlanov', 'public')).body.total,
        1,
        'the stale state leaks',
      );
      assert.ok((await ensureDerived(t.db)) >= 2);
      assert.equal(await ensureDerived(t.db), 0, 'once is enough');
      assert.equal((await t.get('/api/v1/incidents?q=Nurlanov', 'public')).body.total, 0);
      assertNoLeak((await t.get('/api/v1/incidents', 'public')).text, 'recomputed list');
    });
  });
});
