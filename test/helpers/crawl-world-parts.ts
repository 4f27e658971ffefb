import type { TestContext } from './app.js';
import { Fields, ok, type SeededIncident, type World } from './crawl-seed.js';
import type { Mentions } from './withheld.js';

type CaseBody = {
  involvements: { id: string; actor: { id: string } }[];
  proceedings: { id: string; events: { id: string; version: number }[] }[];
};

const last = <T>(items: T[]): T => items[items.length - 1] as T;

/** An involvement with a new actor; returns the involvement and actor ids. */
async function involve(t: TestContext, incidentId: string, input: Record<string, unknown>) {
  const res = await ok(t.post(`/api/v1/incidents/${incidentId}/involvements`, input), 'involvement');
  const inv = last((res.body as CaseBody).involvements);
  return { id: inv.id, actorId: inv.actor.id };
}

/** A proceeding with events, the last one retracted; every text marked by `f` or naming `say`. */
async function proceeding(t: TestContext, incidentId: string, f: Fields, say?: Mentions) {
  const named = (field: string, lang: 'kk' | 'ru' | 'en') =>
    say ? `${field} ${say.of(lang)}` : f.word(`proceeding.${field}`);
  const res = await ok(
    t.post(`/api/v1/incidents/${incidentId}/proceedings`, {
      kind: 'against_perpetrators',
      caseNumber: say ? `${say.of('en')} 231-17` : f.word('proceeding.caseNumber'),
      authority: named('authority', 'ru'),
      article: named('article', 'kk'),
      note: f.word('proceeding.note'),
    }),
    'proceeding',
  );
  const id = last((res.body as CaseBody).proceedings).id;
  const event = (input: Record<string, unknown>) =>
    ok(t.post(`/api/v1/proceedings/${id}/events`, input), 'event');
  await event({ type: 'complaint_filed', on: '2023-05-03', note: f.word('event(complaint).note') });
  await event({
    type: 'refusal_to_open',
    on: '2023-06-01',
    reason: named('reason', 'ru'),
    note: f.word('event(refusal).note'),
  });
  const opened = await event({
    type: 'case_opened',
    on: '2023-07-01',
    article: f.word('event(retracted).article'),
    note: f.word('event(retracted).note'),
  });
  const ev = last(last((opened.body as CaseBody).proceedings).events);
  await ok(
    t.post(`/api/v1/proceeding-events/${ev.id}/retract`, {
      reason: f.word('event(retracted).retractReason'),
      version: ev.version,
    }),
    'retract',
  );
}

/** The case of an incident: an institution, a named individual, a proceeding and an override. */
async function markedCase(t: TestContext, world: World, incident: SeededIncident, f: Fields, say?: Mentions) {
  const institution = await involve(t, incident.id, {
    actor: {
      type: 'police',
      name: say ? `Полиция: ${say.of('ru')}` : f.word('actor(institution).name'),
      names: say
        ? say.text({ kk: (n) => `Полиция ${n}`, ru: (n) => `Полиция ${n}`, en: (n) => `Police ${n}` })
        : f.text('actor(institution).names'),
      notes: f.word('actor(institution).notes'),
    },
    role: 'failed_to_protect',
    status: 'identified',
    note: f.word('involvement(institution).note'),
  });
  await ok(
    t.post(`/api/v1/involvements/${institution.id}/status`, {
      status: 'detained',
      on: '2023-05-10',
      note: f.word('legalStatus.note'),
    }),
    'status',
  );
  const individual = new Fields(
    world.markers,
    `${incident.label}: actor(private individual)`,
    'named individual perpetrator',
  );
  const person = await involve(t, incident.id, {
    actor: {
      type: 'private_individual',
      name: individual.word('name'),
      names: individual.text('names'),
      notes: individual.word('notes'),
    },
    role: 'executor',
    note: f.word('involvement(individual).note'),
  });
  (say ? world.publicIds : world.hiddenIds).actors?.push(institution.actorId);
  (say ? world.publicIds.individuals : world.hiddenIds.actors)?.push(person.actorId);
  await proceeding(t, incident.id, f, say);
  await ok(
    t.put(`/api/v1/incidents/${incident.id}/accountability-override`, {
      status: 'impunity',
      reason: say ? `Override: ${say.of('en')}` : f.word('override.reason'),
    }),
    'override',
  );
}

/** Cases on the confidential and restricted incidents, and on the public one naming withheld victims. */
export async function seedCases(t: TestContext, world: World): Promise<void> {
  for (const label of ['confidential', 'restricted']) {
    const incident = world.hidden[label] as SeededIncident;
    await markedCase(t, world, incident, new Fields(world.markers, `case(${label})`, label));
  }
  const p2 = world.public.P2 as SeededIncident;
  const f = new Fields(world.markers, 'case(P2 public)', 'internal field of a public case');
  await markedCase(t, world, p2, f, world.mentions[0]);
}

/** A letter with a reply, every text marked. */
function markedLetter(world: World, label: string, kind: string, visibility: string, incidentIds: string[]) {
  const f = new Fields(world.markers, `letter(${label})`, kind);
  return {
    kind: 'letter',
    issuedOn: '2023-05-20',
    title: f.text('title'),
    body: f.text('body'),
    originalLanguage: 'ru',
    issuedBy: f.word('issuedBy'),
    addressee: f.word('addressee'),
    deadline: '2023-06-20',
    replyStatus: 'formal',
    replyOn: '2023-06-25',
    replyText: f.word('replyText'),
    url: f.url('url'),
    sourceExcerpt: f.word('sourceExcerpt'),
    visibility,
    incidentIds,
  };
}

/** A public statement on P2 (and the confidential incident) naming the withheld victims. */
function publicStatement(world: World, say: Mentions, incidentIds: string[]) {
  const pub = (f: string) => world.markers.visible(`statement(public).${f}`);
  return {
    kind: 'statement',
    issuedOn: '2023-05-05',
    title: say.text({
      kk: (n) => `${n} туралы мәлімдеме ${pub('title.kk')}`,
      ru: (n) => `Заявление о ${n} ${pub('title.ru')}`,
      en: (n) => `Statement on ${n} ${pub('title.en')}`,
    }),
    body: say.text({
      kk: (n) => `Біз ${n} қорғаймыз.`,
      ru: (n) => `Мы требуем защитить ${n}.`,
      en: (n) => `We demand protection for ${n}.`,
    }),
    originalLanguage: 'ru',
    issuedBy: `Qorgau for ${say.of('en')}`,
    url: `https://example.org/statement/${encodeURIComponent(say.of('ru'))}`,
    sourceExcerpt: `Excerpt: ${say.of('ru')}`,
    visibility: 'public',
    incidentIds,
  };
}

/** Statements and letters: restricted, confidential, one only of a confidential incident, one public. */
export async function seedInterventions(t: TestContext, world: World): Promise<void> {
  const conf = (world.hidden.confidential as SeededIncident).id;
  const docs = [
    markedLetter(world, 'restricted', 'restricted', 'restricted', [world.public.P1?.id as string]),
    markedLetter(world, 'confidential', 'confidential', 'confidential', [conf]),
    markedLetter(
      world,
      'public, only of a confidential incident',
      'letter of a confidential incident',
      'public',
      [conf],
    ),
  ];
  for (const doc of docs) {
    const res = await ok(t.post('/api/v1/interventions', doc), 'intervention');
    world.hiddenIds.interventions?.push(res.body.id);
  }
  const p2 = (world.public.P2 as SeededIncident).id;
  const statement = publicStatement(world, world.mentions[0] as Mentions, [p2, conf]);
  const res = await ok(t.post('/api/v1/interventions', statement), 'statement');
  world.publicIds.interventions?.push(res.body.id);
}

/** Internal comments on hidden and public incidents. */
export async function seedComments(t: TestContext, world: World): Promise<void> {
  for (const incident of [...Object.values(world.hidden), ...Object.values(world.public)]) {
    const f = new Fields(world.markers, `comment(${incident.label})`, 'internal comment');
    await ok(t.post(`/api/v1/incidents/${incident.id}/comments`, { body: f.word('body') }), 'comment');
  }
}

/** Uploads a text file whose name and bytes are marked; returns its id. */
export async function attachText(
  t: TestContext,
  world: World,
  incident: SeededIncident,
  f: Fields,
  what: string,
  sourceId: string | undefined,
  hidden = true,
): Promise<string> {
  const form = new FormData();
  if (sourceId) form.append('sourceId', sourceId);
  const content = hidden ? f.word(`${what}.content`) : world.markers.visible(`${what}.content`);
  form.append(
    'file',
    new Blob([`Evidence: ${content}\n`], { type: 'text/plain' }),
    `${f.word(`${what}.name`)}.txt`,
  );
  const res = await ok(t.request('POST', `/api/v1/incidents/${incident.id}/files`, { form }), 'file');
  (hidden ? world.hiddenIds : world.publicIds).files?.push(res.body.id);
  return res.body.id;
}

/** Files of hidden incidents, of a non-public source, without a source, and one public file. */
export async function seedFiles(t: TestContext, world: World): Promise<void> {
  const conf = world.hidden.confidential as SeededIncident;
  const p2 = world.public.P2 as SeededIncident;
  const f = new Fields(world.markers, 'evidence', 'non-public file');
  await attachText(t, world, conf, f, 'file(confidential incident, public source)', conf.sourceIds[0]);
  await attachText(
    t,
    world,
    world.hidden.restricted as SeededIncident,
    f,
    'file(restricted incident)',
    world.hidden.restricted?.sourceIds[0],
  );
  const internal = await attachText(
    t,
    world,
    p2,
    f,
    'file(public incident, internal source)',
    p2.sourceIds[1],
  );
  await attachText(t, world, p2, f, 'file(public incident, no source)', undefined);
  const names = new Fields(world.markers, 'evidence(public file)', 'file name (never public)');
  const released = await attachText(t, world, p2, names, 'file(public)', p2.sourceIds[0], false);
  // Released by an editor; the one of an internal source stays unserved all the same.
  for (const id of [released, internal])
    await ok(t.put(`/api/v1/files/${id}/public`, { public: true }), 'release');
}

/** Published figures and index ranks are public by nature: public markers only. */
export async function seedContext(t: TestContext, world: World): Promise<void> {
  const pub = (f: string) => world.markers.visible(f);
  await ok(
    t.post('/api/v1/indicators', {
      country: 'KZ',
      indicator: 'rsf_press_freedom_index',
      year: 2023,
      rank: 134,
      outOf: 180,
      zone: pub('indicator.zone'),
      source: pub('indicator.source'),
      sourceExcerpt: pub('indicator.sourceExcerpt'),
    }),
    'indicator',
  );
  await ok(
    t.post('/api/v1/published-figures', {
      organisation: pub('figure.organisation'),
      country: 'KZ',
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      category: { en: pub('figure.category.en') },
      typeCodes: ['assault'],
      count: 12,
      source: pub('figure.source'),
      sourceExcerpt: pub('figure.sourceExcerpt'),
    }),
    'figure',
  );
}
