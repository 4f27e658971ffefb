import { createToken, tokenPrincipal } from '../../server/modules/accounts/api-token.service.js';
import type { TestContext, TestResponse } from './app.js';
import { upload } from './evidence.js';
import { buildIncident, buildPerson } from './factories.js';

/** A version no record reaches: writes built on it are refused as stale instead of applied. */
export const STALE = 999999;

/** One record of every kind the API's paths name, with the ids the paths need. */
export interface Seeded {
  incident: { id: string; reference: string; sourceId: string; violationId: string };
  confidential: string;
  person: string;
  outlet: string;
  actor: string;
  involvement: string;
  proceeding: string;
  event: string;
  intervention: string;
  indicator: string;
  figure: string;
  grant: string;
  file: string;
  spareAccount: string;
  spareToken: string;
  statistic: string;
}

async function ok(res: Promise<TestResponse>, what: string): Promise<TestResponse> {
  const r = await res;
  if (r.status >= 300) throw new Error(`seeding ${what}: ${r.status} ${r.text}`);
  return r;
}

async function seedCase(t: TestContext, incidentId: string) {
  const involved = await ok(
    t.post(`/api/v1/incidents/${incidentId}/involvements`, {
      actor: { type: 'state', name: 'Seeded Police Department', level: 'regional' },
      role: 'executor',
    }),
    'involvement',
  );
  const involvement = involved.body.involvements[0];
  const opened = await ok(
    t.post(`/api/v1/incidents/${incidentId}/proceedings`, { kind: 'against_perpetrators' }),
    'proceeding',
  );
  const proceeding = opened.body.proceedings[0].id as string;
  const stepped = await ok(
    t.post(`/api/v1/proceedings/${proceeding}/events`, { type: 'complaint_filed', on: '2023-03-01' }),
    'event',
  );
  const event = stepped.body.proceedings[0].events[0].id as string;
  return { involvement: involvement.id as string, actor: involvement.actor.id as string, proceeding, event };
}

async function seedContext(t: TestContext, incidentId: string) {
  const intervention = await ok(
    t.post('/api/v1/interventions', {
      kind: 'statement',
      title: { en: 'Seeded statement' },
      visibility: 'public',
      incidentIds: [incidentId],
    }),
    'intervention',
  );
  const indicator = await ok(
    t.post('/api/v1/indicators', {
      country: 'KZ',
      indicator: 'rsf_press_freedom_index',
      year: 2022,
      rank: 150,
      outOf: 180,
    }),
    'indicator',
  );
  const figure = await ok(
    t.post('/api/v1/published-figures', {
      organisation: 'Seeded Watch',
      country: 'KZ',
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
      category: { en: 'Attacks' },
      count: 3,
    }),
    'figure',
  );
  return { intervention: intervention.body.id, indicator: indicator.body.id, figure: figure.body.id };
}

/** Records one of everything through the API as the administrator. */
export async function seedEverything(t: TestContext): Promise<Seeded> {
  const person = await ok(t.post('/api/v1/people', buildPerson()), 'person');
  const outlet = await ok(t.post('/api/v1/outlets', { name: 'Seeded Daily', type: 'newspaper' }), 'outlet');
  const created = await ok(
    t.post('/api/v1/incidents', buildIncident({ victims: [{ key: 'v1', personId: person.body.id }] })),
    'incident',
  );
  const incident = created.body;
  const secret = await ok(
    t.post('/api/v1/incidents', buildIncident({ visibility: 'confidential', verification: 'reported' })),
    'confidential incident',
  );
  const grants = await ok(t.post(`/api/v1/incidents/${secret.body.id}/grants`, { role: 'lawyer' }), 'grant');
  await ok(t.post(`/api/v1/incidents/${incident.id}/comments`, { body: 'Seeded comment' }), 'comment');
  const file = await upload(t, incident.id, new TextEncoder().encode('a seeded note\n'), {
    name: 'note.txt',
    type: 'text/plain',
    sourceId: incident.sources[0].id,
    as: 'admin',
  });
  if (file.status !== 201) throw new Error(`seeding file: ${file.text}`);
  const spare = await ok(
    t.post('/api/v1/accounts', { username: 'seeded-spare', displayName: 'Spare', role: 'monitor' }),
    'account',
  );
  const admin = await tokenPrincipal(t.db, t.tokens.administrator);
  if (admin?.kind !== 'account') throw new Error('no administrator principal');
  // Tokens are made from a signed-in session, whose principal carries the whole role.
  const spareToken = await createToken(
    t.db,
    { ...admin, scopes: null },
    { name: 'spare', scopes: ['read'], expiresInDays: null },
  );
  const statistics = await ok(t.get('/api/v1/statistics', 'public'), 'statistics');
  return {
    incident: {
      id: incident.id,
      reference: incident.reference,
      sourceId: incident.sources[0].id,
      violationId: incident.violations[0].id,
    },
    confidential: secret.body.id,
    person: person.body.id,
    outlet: outlet.body.id,
    ...(await seedCase(t, incident.id)),
    ...(await seedContext(t, incident.id)),
    grant: grants.body.items[0].id,
    file: file.body.id,
    spareAccount: spare.body.account?.id ?? spare.body.id,
    spareToken: spareToken.id,
    statistic: statistics.body.items[0].name,
  };
}

/** The value of one path parameter of an operation, by the resource its path starts with. */
export function paramValue(s: Seeded, template: string, name: string): string {
  const resource = template.split('/')[3] as string;
  if (name === 'grantId') return s.grant;
  if (name === 'code') return resource === 'places' ? 'KZ-SEV' : 'assault';
  if (name === 'name') return resource === 'statistics' ? s.statistic : 'typology';
  if (template.includes('/grants')) return s.confidential;
  const byResource: Record<string, string> = {
    accounts: s.spareAccount,
    actors: s.actor,
    files: s.file,
    incidents: s.incident.id,
    indicators: s.indicator,
    interventions: s.intervention,
    involvements: s.involvement,
    outlets: s.outlet,
    people: s.person,
    'proceeding-events': s.event,
    proceedings: s.proceeding,
    'published-figures': s.figure,
    tokens: s.spareToken,
  };
  const value = byResource[resource];
  if (!value) throw new Error(`no seeded record for ${template} {${name}}`);
  return value;
}

/** An operation's path with every parameter filled from the seed (or by `override`). */
export function fillPath(s: Seeded, template: string, override?: { name: string; raw: string }): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) =>
    override?.name === name ? override.raw : encodeURIComponent(paramValue(s, template, name)),
  );
}
