import assert from 'node:assert/strict';
import type { TestContext } from './app.js';
import { seedHelpRequests } from './crawl-help.js';
import {
  checkSeeded,
  currentVersion,
  Fields,
  markedIncident,
  markedPerson,
  markedSource,
  ok,
  postWithReason,
  record,
  TODAY,
  type World,
} from './crawl-seed.js';
import {
  attachText,
  seedCases,
  seedComments,
  seedContext,
  seedFiles,
  seedInterventions,
} from './crawl-world-parts.js';
import { MarkerSet } from './markers.js';
import { Mentions, withheldVictim } from './withheld.js';

/**
 * Seeds, through the API as the organisation's people would, every record type with markers in
 * every text field: incidents the public must not see (restricted, confidential, reported,
 * verifying, rejected, merged, deleted), their cases, people, outlets, actors, letters, comments
 * and files; and public incidents naming victims who did not consent, in both scripts and
 * inflected. Returns what the crawl looks for.
 */
export async function seedWorld(t: TestContext): Promise<World> {
  const world: World = {
    markers: new MarkerSet(),
    public: {},
    hidden: {},
    hiddenIds: { people: [], outlets: [], actors: [], interventions: [], files: [] },
    publicIds: { people: [], outlets: [], actors: [], interventions: [], files: [], individuals: [] },
    withheldQueries: [],
    mentions: [],
  };
  await seedPublic(t, world);
  await seedHidden(t, world);
  await seedStandalone(t, world);
  await seedCases(t, world);
  await seedInterventions(t, world);
  await seedComments(t, world);
  await seedFiles(t, world);
  await seedHelpRequests(t, world);
  await seedContext(t, world);
  await seedMergedAndDeleted(t, world);
  await checkSeeded(t, world);
  return world;
}

/** A public incident with a consenting victim and public markers: what the crawl must see. */
function plainPublic(world: World, label: string, region: string, type: string) {
  const m = world.markers;
  return {
    date: { start: '2023-03-14' },
    place: { country: 'KZ', region, city: null, type: 'street_or_public_place', detail: {} },
    title: {
      kk: `Шабуыл ${m.visible(`${label}.title.kk`)}`,
      ru: `Нападение ${m.visible(`${label}.title.ru`)}`,
      en: `Attack ${m.visible(`${label}.title.en`)}`,
    },
    description: { en: `A reporter was attacked ${m.visible(`${label}.description.en`)}` },
    originalLanguage: 'en',
    verification: 'verified',
    visibility: 'public',
    victims: [
      {
        key: 'v',
        person: {
          name: 'Aruzhan Publicova',
          names: { en: 'Aruzhan Publicova' },
          roles: ['journalist'],
          consentToName: true,
        },
      },
    ],
    violations: [{ typeCode: type, victim: 'v' }],
    sources: [
      {
        type: 'media_report',
        url: `https://example.org/${label}`,
        title: 'Report',
        language: 'en',
        public: true,
      },
    ],
  };
}

async function seedPublic(t: TestContext, world: World): Promise<void> {
  await record(t, world, 'P1', plainPublic(world, 'P1', 'KZ-SEV', 'assault'), false);
  await record(t, world, 'P3', plainPublic(world, 'P3', 'KZ-ALA', 'threat'), false);
  const she = withheldVictim(world.markers, 'female');
  const he = withheldVictim(world.markers, 'male');
  world.withheldQueries.push(...she.queries, ...he.queries);
  const say = new Mentions([she, he]);
  world.mentions.push(say);
  const f = new Fields(
    world.markers,
    'incident(P2 public, unconsented victims)',
    'internal field of a public incident',
  );
  const victims = [
    { key: 'she', person: { ...she.person, roles: ['journalist'], notes: f.word('victim(she).notes') } },
    { key: 'he', person: { ...he.person, roles: ['editor'] } },
  ];
  await record(
    t,
    world,
    'P2',
    { ...unconsentedTexts(world, say), victims, ...unconsentedParts(say, f) },
    false,
  );
}

/** The public texts of P2, each naming its withheld victims in another form. */
function unconsentedTexts(world: World, say: Mentions) {
  const pub = (f: string) => world.markers.visible(`P2.${f}`);
  return {
    date: { start: '2023-05-02' },
    place: {
      country: 'KZ',
      region: 'KZ-SEV',
      city: null,
      type: 'home',
      detail: say.text({
        kk: (n) => `${n} үйінің алдында`,
        ru: (n) => `у дома ${n}`,
        en: (n) => `outside ${n} house`,
      }),
    },
    title: say.text({
      kk: (n) => `${n} шабуыл ${pub('title.kk')}`,
      ru: (n) => `Нападение на ${n} ${pub('title.ru')}`,
      en: (n) => `Attack on ${n} ${pub('title.en')}`,
    }),
    description: say.text({
      kk: (n) => `Белгісіз адамдар ${n} ұрды.`,
      ru: (n) => `Неизвестные избили ${n}.`,
      en: (n) => `Unknown men beat ${n}.`,
    }),
    originalLanguage: 'ru',
    verification: 'verified',
    visibility: 'public',
  };
}

/** P2's violations and sources: the public ones name the victims, the internal ones are marked. */
function unconsentedParts(say: Mentions, f: Fields) {
  const blows = say.text({ kk: (n) => `${n} соққы`, ru: (n) => `удары по ${n}`, en: (n) => `blows to ${n}` });
  const path = `${encodeURIComponent(say.of('ru'))}/${encodeURIComponent(say.of('en'))}`;
  return {
    internalNotes: f.word('internalNotes'),
    violations: [
      { typeCode: 'assault', victim: 'she', description: blows },
      { typeCode: 'threat', victim: 'he', description: {} },
    ],
    sources: [
      {
        type: 'media_report',
        url: `https://example.org/news/${path}`,
        title: `Избиты ${say.of('ru')}`,
        publisher: `Блог ${say.of('kk')}`,
        excerpt: `${say.of('en')} was beaten`,
        language: 'ru',
        public: true,
      },
      markedSource(f, 'source[internal]', false),
    ],
  };
}

/** Hidden incidents by label: why the public must not see them, and how they differ. */
const HIDDEN: [string, string, Record<string, unknown>][] = [
  ['restricted', 'restricted', { visibility: 'restricted' }],
  ['restricted, this year', 'restricted', { visibility: 'restricted', date: { start: TODAY } }],
  ['reported', 'reported (unverified)', { verification: 'reported' }],
  ['verifying', 'verifying (unverified)', { verification: 'verifying' }],
  ['rejected', 'rejected', { verification: 'verifying' }],
];

async function seedHidden(t: TestContext, world: World): Promise<void> {
  const marked = (label: string, kind: string) => new Fields(world.markers, `incident(${label})`, kind);
  for (const [label, kind, overrides] of HIDDEN) {
    await record(t, world, label, markedIncident(marked(label, kind), overrides), true);
  }
  // Rejected the way an editor rejects: a workflow move, with a reason where one is asked for.
  const rejected = world.hidden.rejected as { id: string };
  const move = { to: 'rejected', version: await currentVersion(t, rejected.id) };
  await postWithReason(
    t,
    `/api/v1/incidents/${rejected.id}/verification`,
    move,
    'not an attack on the press',
  );
  // As a monitor records it: reported and restricted, the defaults (undefined is left out of the JSON).
  const byMonitor = markedIncident(marked('reported by a monitor', 'reported (unverified)'), {
    verification: undefined,
    visibility: undefined,
  });
  // A monitor may not release a source to the public; only an editor may (incidents.visibility).
  byMonitor.sources = byMonitor.sources.map((s) => ({ ...s, public: false }));
  await record(t, world, 'reported by a monitor', byMonitor, true, 'monitor');
  await seedConfidential(t, world, marked('confidential', 'confidential'));
}

/** A confidential incident granted to lawyers, whose victim is the only person of an outlet. */
async function seedConfidential(t: TestContext, world: World, conf: Fields): Promise<void> {
  const outlet = await ok(
    t.post('/api/v1/outlets', {
      name: conf.word('outlet.name'),
      names: conf.text('outlet.names'),
      aliases: [conf.word('outlet.alias')],
      type: 'news_website',
      url: conf.url('outlet.url'),
    }),
    'outlet',
  );
  world.hiddenIds.outlets?.push(outlet.body.id);
  const doc = markedIncident(conf, { visibility: 'confidential' }, [outlet.body.id]);
  const confidential = await record(t, world, 'confidential', doc, true);
  await ok(t.post(`/api/v1/incidents/${confidential.id}/grants`, { role: 'lawyer' }), 'grant');
  const victims = await ok(t.get(`/api/v1/incidents/${confidential.id}`), 'victims');
  world.hiddenIds.people?.push(...(victims.body.victims as { personId: string }[]).map((v) => v.personId));
}

/** People the public must not find: one who did not consent, one only in a confidential incident. */
async function seedStandalone(t: TestContext, world: World): Promise<void> {
  const f = new Fields(world.markers, 'person(unconsented, no incident)', 'unconsented person');
  const person = await ok(t.post('/api/v1/people', { ...markedPerson(f), consentToName: false }), 'person');
  world.hiddenIds.people?.push(person.body.id);
  const p1 = await ok(t.get(`/api/v1/incidents/${world.public.P1?.id}`), 'P1');
  world.publicIds.people?.push(...(p1.body.victims as { personId: string }[]).map((v) => v.personId));
}

/** A confidential and a public duplicate merged into a public incident; a public incident deleted. */
async function seedMergedAndDeleted(t: TestContext, world: World): Promise<void> {
  const target = world.public.P1 as { id: string };
  const conf = new Fields(
    world.markers,
    'incident(confidential duplicate, merged)',
    'merged confidential duplicate',
  );
  const dup = await record(
    t,
    world,
    'confidential duplicate',
    markedIncident(conf, {
      visibility: 'confidential',
      date: { start: '2023-03-14' },
      place: { country: 'KZ', region: 'KZ-SEV', city: null, type: 'home', detail: conf.text('place.detail') },
      violations: [{ typeCode: 'assault', victim: 'v', description: conf.text('violation.description') }],
    }),
    true,
  );
  // Into a public incident the merge is refused (its victims would be shown); into a
  // confidential one it goes through, and everything stays hidden.
  const refused = await t.post(`/api/v1/incidents/${dup.id}/merge`, {
    into: target.id,
    version: dup.version,
    reason: 'the same attack',
  });
  assert.equal(refused.status, 409, 'a confidential duplicate does not merge into a public incident');
  const confTarget = await record(
    t,
    world,
    'confidential merge target',
    markedIncident(new Fields(world.markers, 'incident(confidential target)', 'confidential'), {
      visibility: 'confidential',
    }),
    true,
  );
  await postWithReason(
    t,
    `/api/v1/incidents/${dup.id}/merge`,
    { into: confTarget.id, version: dup.version },
    'the same attack',
  );
  const pubDup = new Fields(world.markers, 'incident(public duplicate, merged)', 'merged duplicate');
  const doc = markedIncident(pubDup, {
    date: { start: '2023-03-14' },
    place: { country: 'KZ', region: 'KZ-SEV', city: null, type: 'home', detail: pubDup.text('place.detail') },
  });
  const plain = {
    ...doc,
    victims: [{ key: 'v', person: { name: 'Aruzhan Publicova', consentToName: true } }],
    violations: [{ typeCode: 'assault', victim: 'v' }],
    sources: [{ type: 'media_report', url: 'https://example.org/dup', title: 'Report', public: true }],
  };
  const dup2 = await record(t, world, 'public duplicate', plain, true);
  await postWithReason(
    t,
    `/api/v1/incidents/${dup2.id}/merge`,
    { into: target.id, version: dup2.version },
    'the same attack',
  );
  const del = new Fields(world.markers, 'incident(deleted)', 'deleted');
  const gone = await record(t, world, 'deleted', markedIncident(del), true);
  await attachText(t, world, gone, del, 'file(deleted incident)', gone.sourceIds[0]);
  await ok(t.post(`/api/v1/incidents/${gone.id}/comments`, { body: del.word('comment') }), 'comment');
  await ok(t.delete(`/api/v1/incidents/${gone.id}?version=${await currentVersion(t, gone.id)}`), 'delete');
}
