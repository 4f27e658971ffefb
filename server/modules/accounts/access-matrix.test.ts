import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Permission,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
  SEES_ALL_CONFIDENTIAL,
} from '../../../shared/access/permissions.js';
import { countRows, useTestApp, type Who } from '../../../test/helpers/app.js';
import { release, uploaded } from '../../../test/helpers/evidence.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { pngWithMetadata } from '../../../test/helpers/images.js';

/*
 * The permission matrix, cell by cell: every write endpoint, called by every role's token and by
 * the public. A role that holds the permission succeeds; any other gets 403 and nothing is
 * written (not even an audit event); the public gets 401. docs/PERMISSIONS.md is the same table.
 */
const t = useTestApp();

interface Call {
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  /** A multipart upload instead of a JSON body. */
  form?: FormData;
}

let n = 0;
const next = () => {
  n += 1;
  return n;
};

/** The visibility of the incidents the targets hang off, and the incidents made for the last call. */
let targetVisibility: 'restricted' | 'confidential' = 'restricted';
let madeIncidents: string[] = [];

// Targets are made fresh for each call by the administrator, so every call starts from the same state.
const admin = {
  incident: async (overrides: Record<string, unknown> = {}) => {
    const made = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({ verification: 'reported', visibility: targetVisibility, ...overrides }),
      )
    ).body;
    madeIncidents.push(made.id);
    return made;
  },
  person: async () => (await t.post('/api/v1/people', buildPerson())).body,
  outlet: async () => (await t.post('/api/v1/outlets', { name: `Outlet ${next()}`, type: 'newspaper' })).body,
  actor: async () => (await t.post('/api/v1/actors', { type: 'police', name: `Police unit ${next()}` })).body,
  involvement: async () => {
    const incident = await admin.incident();
    const c = await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
      actor: { type: 'unidentified' },
      role: 'executor',
    });
    return c.body.involvements[0];
  },
  proceeding: async () => {
    const incident = await admin.incident();
    const c = await t.post(`/api/v1/incidents/${incident.id}/proceedings`, {
      kind: 'against_perpetrators',
      authority: 'Police',
    });
    return c.body.proceedings[0];
  },
  event: async () => {
    const proceeding = await admin.proceeding();
    const c = await t.post(`/api/v1/proceedings/${proceeding.id}/events`, {
      type: 'complaint_filed',
      on: '2023-03-01',
    });
    return c.body.proceedings[0].events[0];
  },
  intervention: async (kind: string) =>
    (
      await t.post('/api/v1/interventions', {
        kind,
        title: { en: `${kind} ${next()}` },
        issuedOn: '2023-02-23',
      })
    ).body,
  indicator: async () =>
    (
      await t.post('/api/v1/indicators', {
        country: 'KZ',
        indicator: `index_${next()}`,
        year: 2021,
        rank: 155,
        outOf: 180,
      })
    ).body,
  figure: async () => (await t.post('/api/v1/published-figures', figure())).body,
};

const evidenceForm = () => {
  const form = new FormData();
  form.append('file', new Blob([pngWithMetadata() as Uint8Array<ArrayBuffer>]), 'photo.png');
  return form;
};

const figure = () => ({
  organisation: `Monitor ${next()}`,
  country: 'KZ',
  periodStart: '2021-01-01',
  periodEnd: '2021-12-31',
  category: { en: 'attacks' },
  count: 7,
});
const labels = (s: string) => ({ kk: s, ru: s, en: s });

const SPECS: { name: string; permission: Permission; prepare: () => Promise<Call> }[] = [
  {
    name: 'record an incident',
    permission: 'incidents.write',
    prepare: async () => ({
      method: 'POST',
      path: '/api/v1/incidents',
      body: buildIncident({ verification: 'reported', visibility: 'restricted' }),
    }),
  },
  {
    name: 'edit an incident',
    permission: 'incidents.write',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'PUT',
        path: `/api/v1/incidents/${i.id}`,
        body: {
          ...buildIncident({ verification: 'reported', visibility: targetVisibility }),
          version: i.version,
        },
      };
    },
  },
  {
    name: 'verify an incident',
    permission: 'incidents.verify',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'PUT',
        path: `/api/v1/incidents/${i.id}`,
        body: {
          ...buildIncident({ verification: 'verified', visibility: 'restricted' }),
          version: i.version,
        },
      };
    },
  },
  {
    name: 'publish an incident',
    permission: 'incidents.publish',
    prepare: async () => {
      const i = await admin.incident({ verification: 'verified' });
      return {
        method: 'PUT',
        path: `/api/v1/incidents/${i.id}`,
        body: {
          ...buildIncident({ verification: 'published', visibility: 'restricted' }),
          version: i.version,
        },
      };
    },
  },
  {
    name: 'change who sees an incident',
    permission: 'incidents.visibility',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'PUT',
        path: `/api/v1/incidents/${i.id}`,
        body: {
          ...buildIncident({ verification: 'reported', visibility: 'confidential' }),
          version: i.version,
        },
      };
    },
  },
  {
    name: 'delete an incident',
    permission: 'incidents.delete',
    prepare: async () => {
      const i = await admin.incident();
      return { method: 'DELETE', path: `/api/v1/incidents/${i.id}?version=${i.version}` };
    },
  },
  {
    name: 'grant a confidential incident',
    permission: 'incidents.visibility',
    prepare: async () => {
      const i = await admin.incident();
      return { method: 'POST', path: `/api/v1/incidents/${i.id}/grants`, body: { role: 'lawyer' } };
    },
  },
  {
    name: 'move an incident to verifying',
    permission: 'incidents.write',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'POST',
        path: `/api/v1/incidents/${i.id}/verification`,
        body: { to: 'verifying', version: i.version },
      };
    },
  },
  {
    name: 'assign an incident',
    permission: 'incidents.write',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'PUT',
        path: `/api/v1/incidents/${i.id}/assignment`,
        body: { accountId: t.accounts.monitor },
      };
    },
  },
  {
    name: 'comment on an incident',
    permission: 'records.read',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'POST',
        path: `/api/v1/incidents/${i.id}/comments`,
        body: { body: 'Checked with the outlet.' },
      };
    },
  },
  {
    name: 'merge a duplicate',
    permission: 'incidents.verify',
    prepare: async () => {
      const [dup, target] = [await admin.incident(), await admin.incident()];
      return {
        method: 'POST',
        path: `/api/v1/incidents/${dup.id}/merge`,
        body: { into: target.id, version: dup.version, reason: 'Same attack, reported twice.' },
      };
    },
  },
  {
    name: 'upload an evidence file',
    permission: 'incidents.write',
    prepare: async () => {
      const i = await admin.incident();
      return { method: 'POST', path: `/api/v1/incidents/${i.id}/files`, form: evidenceForm() };
    },
  },
  {
    name: 'release an evidence file to the public',
    permission: 'incidents.visibility',
    prepare: async () => {
      const f = await uploaded(t, (await admin.incident()).id, pngWithMetadata(), { as: 'admin' });
      return { method: 'PUT', path: `/api/v1/files/${f.id}/public`, body: { public: true } };
    },
  },
  {
    name: 'delete an evidence file',
    permission: 'incidents.write',
    prepare: async () => {
      const f = await uploaded(t, (await admin.incident()).id, pngWithMetadata(), { as: 'admin' });
      return { method: 'DELETE', path: `/api/v1/files/${f.id}` };
    },
  },
  {
    name: 'add an involvement',
    permission: 'cases.write',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'POST',
        path: `/api/v1/incidents/${i.id}/involvements`,
        body: { actor: { type: 'unidentified' }, role: 'organiser' },
      };
    },
  },
  {
    name: 'edit an involvement',
    permission: 'cases.write',
    prepare: async () => {
      const v = await admin.involvement();
      return {
        method: 'PUT',
        path: `/api/v1/involvements/${v.id}`,
        body: { role: 'organiser', version: v.version },
      };
    },
  },
  {
    name: 'change a legal status',
    permission: 'cases.write',
    prepare: async () => {
      const v = await admin.involvement();
      return {
        method: 'POST',
        path: `/api/v1/involvements/${v.id}/status`,
        body: { status: 'identified', on: '2023-03-01' },
      };
    },
  },
  {
    name: 'add an actor',
    permission: 'cases.write',
    prepare: async () => ({
      method: 'POST',
      path: '/api/v1/actors',
      body: { type: 'police', name: `Unit ${next()}` },
    }),
  },
  {
    name: 'edit an actor',
    permission: 'cases.write',
    prepare: async () => {
      const a = await admin.actor();
      return {
        method: 'PUT',
        path: `/api/v1/actors/${a.id}`,
        body: { type: 'police', name: `Renamed ${next()}`, version: a.version },
      };
    },
  },
  {
    name: 'open a proceeding',
    permission: 'proceedings.write',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'POST',
        path: `/api/v1/incidents/${i.id}/proceedings`,
        body: { kind: 'against_perpetrators' },
      };
    },
  },
  {
    name: 'edit a proceeding',
    permission: 'proceedings.write',
    prepare: async () => {
      const p = await admin.proceeding();
      return {
        method: 'PUT',
        path: `/api/v1/proceedings/${p.id}`,
        body: { kind: 'against_perpetrators', caseNumber: '123', version: p.version },
      };
    },
  },
  {
    name: 'add a proceeding event',
    permission: 'proceedings.write',
    prepare: async () => {
      const p = await admin.proceeding();
      return {
        method: 'POST',
        path: `/api/v1/proceedings/${p.id}/events`,
        body: { type: 'case_opened', on: '2023-03-02' },
      };
    },
  },
  {
    name: 'correct a proceeding event',
    permission: 'proceedings.write',
    prepare: async () => {
      const e = await admin.event();
      return {
        method: 'PUT',
        path: `/api/v1/proceeding-events/${e.id}`,
        body: { type: 'complaint_filed', on: '2023-03-02', version: e.version },
      };
    },
  },
  {
    name: 'retract a proceeding event',
    permission: 'proceedings.write',
    prepare: async () => {
      const e = await admin.event();
      return {
        method: 'POST',
        path: `/api/v1/proceeding-events/${e.id}/retract`,
        body: { reason: 'wrong case', version: e.version },
      };
    },
  },
  {
    name: 'override the accountability status',
    permission: 'accountability.override',
    prepare: async () => {
      const i = await admin.incident();
      return {
        method: 'PUT',
        path: `/api/v1/incidents/${i.id}/accountability-override`,
        body: { status: 'impunity', reason: 'Appeal overturned' },
      };
    },
  },
  {
    name: 'issue a statement',
    permission: 'statements.write',
    prepare: async () => ({
      method: 'POST',
      path: '/api/v1/interventions',
      body: { kind: 'statement', title: { en: 'Statement' } },
    }),
  },
  {
    name: 'edit a statement',
    permission: 'statements.write',
    prepare: async () => {
      const s = await admin.intervention('statement');
      return {
        method: 'PUT',
        path: `/api/v1/interventions/${s.id}`,
        body: { kind: 'statement', title: { en: 'Edited' }, version: s.version },
      };
    },
  },
  {
    name: 'write to an authority',
    permission: 'letters.write',
    prepare: async () => ({
      method: 'POST',
      path: '/api/v1/interventions',
      body: { kind: 'letter', title: { en: 'Letter' }, addressee: 'Prosecutor' },
    }),
  },
  {
    name: 'record a reply',
    permission: 'letters.write',
    prepare: async () => {
      const l = await admin.intervention('letter');
      return {
        method: 'PUT',
        path: `/api/v1/interventions/${l.id}`,
        body: {
          kind: 'letter',
          title: { en: 'Letter' },
          replyStatus: 'formal',
          replyOn: '2023-04-01',
          version: l.version,
        },
      };
    },
  },
  {
    name: 'add a person',
    permission: 'people.write',
    prepare: async () => ({ method: 'POST', path: '/api/v1/people', body: buildPerson() }),
  },
  {
    name: 'edit a person',
    permission: 'people.write',
    prepare: async () => {
      const p = await admin.person();
      return {
        method: 'PUT',
        path: `/api/v1/people/${p.id}`,
        body: { ...buildPerson(), version: p.version },
      };
    },
  },
  {
    name: 'delete a person',
    permission: 'people.delete',
    prepare: async () => {
      const p = await admin.person();
      return { method: 'DELETE', path: `/api/v1/people/${p.id}?version=${p.version}` };
    },
  },
  {
    name: 'merge a person into another',
    permission: 'people.delete',
    prepare: async () => {
      const [from, into] = [await admin.person(), await admin.person()];
      return {
        method: 'POST',
        path: `/api/v1/people/${from.id}/merge`,
        body: { into: into.id, version: from.version, reason: 'The same person' },
      };
    },
  },
  {
    name: 'link a relative to a journalist',
    permission: 'people.write',
    prepare: async () => {
      const [relative, journalist] = [await admin.person(), await admin.person()];
      return {
        method: 'POST',
        path: `/api/v1/people/${relative.id}/relations`,
        body: { journalistId: journalist.id, kind: 'family' },
      };
    },
  },
  {
    name: 'unlink a relative from a journalist',
    permission: 'people.write',
    prepare: async () => {
      const [relative, journalist] = [await admin.person(), await admin.person()];
      await t.post(`/api/v1/people/${relative.id}/relations`, {
        journalistId: journalist.id,
        kind: 'associate',
      });
      return { method: 'DELETE', path: `/api/v1/people/${relative.id}/relations/${journalist.id}` };
    },
  },
  {
    name: 'add an outlet',
    permission: 'people.write',
    prepare: async () => ({
      method: 'POST',
      path: '/api/v1/outlets',
      body: { name: `Outlet ${next()}`, type: 'newspaper' },
    }),
  },
  {
    name: 'edit an outlet',
    permission: 'people.write',
    prepare: async () => {
      const o = await admin.outlet();
      return {
        method: 'PUT',
        path: `/api/v1/outlets/${o.id}`,
        body: { name: `Outlet ${next()}`, type: 'newspaper', version: o.version },
      };
    },
  },
  {
    name: 'delete an outlet',
    permission: 'people.delete',
    prepare: async () => {
      const o = await admin.outlet();
      return { method: 'DELETE', path: `/api/v1/outlets/${o.id}?version=${o.version}` };
    },
  },
  {
    name: 'record an index rank',
    permission: 'context.write',
    prepare: async () => ({
      method: 'POST',
      path: '/api/v1/indicators',
      body: { country: 'KZ', indicator: `index_${next()}`, year: 2022 },
    }),
  },
  {
    name: 'edit an index rank',
    permission: 'context.write',
    prepare: async () => {
      const i = await admin.indicator();
      return {
        method: 'PUT',
        path: `/api/v1/indicators/${i.id}`,
        body: { country: 'KZ', indicator: i.indicator, year: 2021, rank: 150, version: i.version },
      };
    },
  },
  {
    name: 'record a published figure',
    permission: 'context.write',
    prepare: async () => ({ method: 'POST', path: '/api/v1/published-figures', body: figure() }),
  },
  {
    name: 'edit a published figure',
    permission: 'context.write',
    prepare: async () => {
      const f = await admin.figure();
      return {
        method: 'PUT',
        path: `/api/v1/published-figures/${f.id}`,
        body: { ...figure(), version: f.version },
      };
    },
  },
  {
    name: 'add a place to the gazetteer',
    permission: 'reference.write',
    prepare: async () => ({
      method: 'PUT',
      path: `/api/v1/places/KZ-T${next()}`,
      body: { kind: 'region', parent: 'KZ', names: labels('Test region') },
    }),
  },
  {
    name: 'add a vocabulary term',
    permission: 'reference.write',
    prepare: async () => ({
      method: 'PUT',
      path: `/api/v1/vocabularies/source_type/test_${next()}`,
      body: { labels: labels('Test'), definitions: labels('A test term') },
    }),
  },
  {
    name: 'create an account',
    permission: 'accounts.manage',
    prepare: async () => ({
      method: 'POST',
      path: '/api/v1/accounts',
      body: { username: `person${next()}`, displayName: 'Person', role: 'viewer' },
    }),
  },
  {
    name: 'change an account',
    permission: 'accounts.manage',
    prepare: async () => {
      const a = (
        await t.post('/api/v1/accounts', { username: `person${next()}`, displayName: 'P', role: 'viewer' })
      ).body.account;
      return {
        method: 'PUT',
        path: `/api/v1/accounts/${a.id}`,
        body: { displayName: 'Q', role: 'monitor', language: 'kk', disabled: false, version: a.version },
      };
    },
  },
  {
    name: 'reset a password',
    permission: 'accounts.manage',
    prepare: async () => {
      const a = (
        await t.post('/api/v1/accounts', { username: `person${next()}`, displayName: 'P', role: 'viewer' })
      ).body.account;
      return { method: 'POST', path: `/api/v1/accounts/${a.id}/password-reset`, body: {} };
    },
  },
  {
    name: 'require two-factor sign-in',
    permission: 'accounts.manage',
    prepare: async () => ({ method: 'PUT', path: '/api/v1/settings/two-factor', body: { required: false } }),
  },
];

async function call(c: Call, as: Who) {
  if (c.form) return t.request(c.method, c.path, { as, form: c.form });
  return t.request(c.method, c.path, { as, ...(c.body === undefined ? {} : { json: c.body }) });
}

describe('the permission matrix: every write endpoint × every role', () => {
  for (const spec of SPECS) {
    test(spec.name, async () => {
      for (const role of ROLES) {
        const c = await spec.prepare();
        const audit = await countRows(t.db, 'audit_events');
        const res = await call(c, role);
        if (ROLE_PERMISSIONS[role].has(spec.permission)) {
          assert.ok(res.status < 300, `${role} may ${spec.name}: ${res.status} ${res.text}`);
        } else {
          assert.equal(res.status, 403, `${role} may not ${spec.name}: ${res.text}`);
          assert.equal(res.body.error.code, 'forbidden');
          assert.equal(await countRows(t.db, 'audit_events'), audit, `${role}: nothing written`);
        }
      }
      const c = await spec.prepare();
      const audit = await countRows(t.db, 'audit_events');
      const res = await call(c, 'public');
      assert.equal(res.status, 401, `the public may not ${spec.name}`);
      assert.equal(await countRows(t.db, 'audit_events'), audit);
    });
  }

  test('every write endpoint the API describes is in the matrix', async () => {
    const doc = (await t.get('/api/v1/openapi.json', 'public')).body;
    const writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) =>
        Object.keys(ops)
          .filter((m) => m !== 'get')
          .map((m) => `${m.toUpperCase()} ${path}`),
    );
    // Tokens and grants' removal are owner- or editor-scoped and have their own tests.
    const elsewhere = new Set([
      'DELETE /api/v1/tokens/{id}',
      'DELETE /api/v1/incidents/{id}/grants/{grantId}',
    ]);
    const covered = new Set<string>();
    for (const spec of SPECS) {
      const c = await spec.prepare();
      const path = c.path
        .replace(/\?.*$/, '')
        .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')
        .replace(/\/relations\/\{id\}$/, '/relations/{journalistId}')
        .replace(/\/places\/[^/]+$/, '/places/{code}')
        .replace(/\/vocabularies\/[^/]+\/[^/]+$/, '/vocabularies/{name}/{code}');
      covered.add(`${c.method} ${path}`);
    }
    const missing = writes.filter((w) => !covered.has(w) && !elsewhere.has(w));
    assert.deepEqual(missing, []);
  });
});

/** Every table a call that reaches an incident could write to. */
const WRITTEN = [
  'audit_events',
  'incidents',
  'involvements',
  'involvement_events',
  'proceedings',
  'proceeding_events',
  'evidence_files',
  'incident_comments',
  'incident_grants',
  'intervention_incidents',
] as const;

async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN) counts[table] = await countRows(t.db, table);
  return counts;
}

/** The writes that reach an incident a role without sight of every confidential one may do. */
const REACHES_INCIDENT = new Set([
  'edit an incident',
  'move an incident to verifying',
  'assign an incident',
  'comment on an incident',
  'upload an evidence file',
  'delete an evidence file',
  'add an involvement',
  'edit an involvement',
  'change a legal status',
  'open a proceeding',
  'edit a proceeding',
  'add a proceeding event',
  'correct a proceeding event',
  'retract a proceeding event',
]);

/** A role that holds the permission but sees confidential incidents only when granted them. */
const ungrantedRole = (permission: Permission) =>
  ROLES.find((r) => ROLE_PERMISSIONS[r].has(permission) && !SEES_ALL_CONFIDENTIAL.has(r));

/** Prepares a call on a confidential target, telling which incidents it reaches. */
async function confidentialCall(spec: (typeof SPECS)[number]) {
  targetVisibility = 'confidential';
  madeIncidents = [];
  try {
    const c = await spec.prepare();
    return { c, incidents: [...madeIncidents] };
  } finally {
    targetVisibility = 'restricted';
  }
}

describe('confidential rows: every write that reaches an incident, by a role that was not granted it', () => {
  for (const spec of SPECS.filter((s) => REACHES_INCIDENT.has(s.name))) {
    const role = ungrantedRole(spec.permission) as Role;
    test(`${spec.name}: 404 and nothing written for ${role}; done once granted`, async () => {
      const { c, incidents } = await confidentialCall(spec);
      assert.ok(incidents.length > 0);
      const before = await snapshot();
      const refused = await call(c, role);
      assert.equal(refused.status, 404, `${role} sees no confidential incident: ${refused.text}`);
      assert.match(refused.body.error.code, /_not_found$/);
      assert.deepEqual(await snapshot(), before, 'nothing written');
      const granted = await confidentialCall(spec);
      for (const id of granted.incidents) {
        assert.equal((await t.post(`/api/v1/incidents/${id}/grants`, { role })).status, 201);
      }
      const done = await call(granted.c, role);
      assert.ok(done.status < 300, `${role}, granted, may ${spec.name}: ${done.status} ${done.text}`);
    });
  }
});

/**
 * An incident with something attached by every route: a victim with an outlet, an actor, a
 * proceeding, a file on a public source, a comment and a public letter linked only to it.
 */
async function incidentWithEverything(visibility: 'public' | 'restricted' | 'confidential') {
  const outlet = await admin.outlet();
  const person = (await t.post('/api/v1/people', { ...buildPerson(), outletIds: [outlet.id] })).body;
  const incident = (
    await t.post(
      '/api/v1/incidents',
      buildIncident({
        verification: 'verified',
        visibility,
        victims: [{ key: 'v1', personId: person.id }],
        sources: [
          {
            type: 'media_report',
            url: `https://example.org/${next()}`,
            title: 'R',
            language: 'en',
            public: true,
          },
        ],
      }),
    )
  ).body;
  const actor = (
    await t.post(`/api/v1/incidents/${incident.id}/involvements`, {
      actor: { type: 'police', name: `Unit ${next()}` },
      role: 'executor',
    })
  ).body.involvements[0].actor.id as string;
  await t.post(`/api/v1/incidents/${incident.id}/proceedings`, {
    kind: 'against_perpetrators',
    authority: 'Police',
  });
  const file = await uploaded(t, incident.id, pngWithMetadata(), {
    as: 'admin',
    sourceId: incident.sources[0].id,
  });
  await release(t, file.id);
  await t.post(`/api/v1/incidents/${incident.id}/comments`, { body: 'Seen.' });
  const letter = (
    await t.post('/api/v1/interventions', {
      kind: 'letter',
      title: { en: `Letter ${next()}` },
      issuedOn: '2023-02-23',
      visibility: 'public',
      incidentIds: [incident.id],
    })
  ).body;
  return { incident, person, outlet, actor, file, letter };
}

/** Every read that reaches the incident or something that belongs only to it. */
const reads = (r: Awaited<ReturnType<typeof incidentWithEverything>>, internal: boolean) => [
  `/api/v1/incidents/${r.incident.id}`,
  `/api/v1/incidents/${r.incident.reference}`,
  `/api/v1/incidents/${r.incident.id}/case`,
  `/api/v1/incidents/${r.incident.id}/files`,
  `/api/v1/files/${r.file.id}/public`,
  `/api/v1/interventions?incidentId=${r.incident.id}`,
  `/api/v1/interventions/${r.letter.id}`,
  `/api/v1/people/${r.person.id}`,
  `/api/v1/actors/${r.actor}`,
  `/api/v1/outlets/${r.outlet.id}`,
  ...(internal
    ? [
        `/api/v1/incidents/${r.incident.id}/history`,
        `/api/v1/incidents/${r.incident.id}/grants`,
        `/api/v1/incidents/${r.incident.id}/comments`,
        `/api/v1/incidents/${r.incident.id}/duplicates`,
        `/api/v1/files/${r.file.id}`,
        `/api/v1/people/${r.person.id}/history`,
        `/api/v1/people/${r.person.id}/relations`,
      ]
    : []),
];

describe('reads that reach an incident', () => {
  test('an ungranted reader gets 404 for a confidential incident and all that belongs only to it', async () => {
    const r = await incidentWithEverything('confidential');
    for (const path of reads(r, true)) {
      const res = await t.get(path, 'viewer');
      assert.equal(res.status, 404, `${path}: ${res.status} ${res.text}`);
      assert.match(res.body.error.code, /_not_found$/, path);
    }
    const lists = [
      '/api/v1/incidents',
      '/api/v1/interventions',
      '/api/v1/people',
      '/api/v1/actors',
      '/api/v1/outlets',
    ];
    for (const path of lists) {
      const text = (await t.get(path, 'viewer')).text;
      for (const id of [r.incident.id, r.letter.id, r.person.id, r.actor, r.outlet.id]) {
        assert.ok(!text.includes(id), `${path} lists ${id}`);
      }
    }
    assert.equal((await t.post(`/api/v1/incidents/${r.incident.id}/grants`, { role: 'viewer' })).status, 201);
    // The public copy of a file is for public incidents only, granted or not.
    for (const path of reads(r, true).filter((p) => !p.endsWith('/public'))) {
      const res = await t.get(path, 'viewer');
      assert.equal(res.status, 200, `${path}, granted: ${res.status} ${res.text}`);
    }
    const letters = (await t.get('/api/v1/interventions', 'viewer')).body.items;
    assert.deepEqual(letters.find((l: { id: string }) => l.id === r.letter.id)?.incidentIds, [r.incident.id]);
  });

  test('the public gets 404 for a restricted incident and all that belongs only to it', async () => {
    const r = await incidentWithEverything('restricted');
    for (const path of reads(r, false)) {
      const res = await t.get(path, 'public');
      assert.equal(res.status, 404, `${path}: ${res.status} ${res.text}`);
    }
    for (const path of ['/api/v1/incidents', '/api/v1/interventions', '/api/v1/outlets']) {
      const text = (await t.get(path, 'public')).text;
      for (const id of [r.incident.id, r.letter.id, r.outlet.id])
        assert.ok(!text.includes(id), `${path} lists ${id}`);
    }
    const published = await incidentWithEverything('public');
    for (const path of reads(published, false)) {
      assert.equal((await t.get(path, 'public')).status, 200, `${path} of a public incident`);
    }
  });

  test('every read of a record by id is among those above or reaches no incident', async () => {
    const doc = (await t.get('/api/v1/openapi.json', 'public')).body;
    const r = await incidentWithEverything('public');
    const covered = new Set(
      reads(r, true).map((p) => p.replace(/\?.*$/, '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')),
    );
    const noIncident = new Set([
      '/api/v1/accounts/{id}',
      '/api/v1/places/{code}',
      '/api/v1/vocabularies/{name}',
      '/api/v1/vocabularies/{name}/{code}',
      '/api/v1/statistics/{name}',
    ]);
    const byId = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([path, ops]) => 'get' in ops && path.includes('{'))
      .map(([path]) => path);
    assert.deepEqual(
      byId.filter((p) => !covered.has(p) && !noIncident.has(p)),
      [],
    );
  });
});

describe('links and histories', () => {
  test('linking a letter to a confidential incident one may not see answers as for an unknown one', async () => {
    targetVisibility = 'confidential';
    const hidden = await admin.incident().finally(() => {
      targetVisibility = 'restricted';
    });
    const letter = (id: string) => ({
      kind: 'letter',
      title: { en: 'L' },
      issuedOn: '2023-02-23',
      incidentIds: [id],
    });
    const before = await snapshot();
    const unknown = await t.post(
      '/api/v1/interventions',
      letter('00000000-0000-4000-8000-000000000000'),
      'lawyer',
    );
    const ungranted = await t.post('/api/v1/interventions', letter(hidden.id), 'lawyer');
    assert.equal(unknown.status, 422);
    assert.equal(ungranted.status, unknown.status);
    assert.deepEqual(ungranted.body.error, unknown.body.error);
    assert.deepEqual(await snapshot(), before);
    // An editor's letter keeps its link when a lawyer who cannot see it records the reply.
    const editors = (await t.post('/api/v1/interventions', letter(hidden.id))).body;
    assert.equal((await t.get(`/api/v1/interventions/${editors.id}`, 'lawyer')).status, 404);
    const shared = (
      await t.post('/api/v1/interventions', {
        ...letter(hidden.id),
        incidentIds: [hidden.id, (await admin.incident()).id],
      })
    ).body;
    assert.deepEqual(
      (await t.get(`/api/v1/interventions/${shared.id}`, 'lawyer')).body.incidentIds.length,
      1,
    );
    const { id: _id, incidentIds, ...rest } = shared;
    const visible = incidentIds.filter((i: string) => i !== hidden.id);
    const reply = await t.put(
      `/api/v1/interventions/${shared.id}`,
      { ...letter(visible[0]), replyStatus: 'substantive', version: rest.version },
      'lawyer',
    );
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body.incidentIds, visible);
    assert.deepEqual(
      (await t.get(`/api/v1/interventions/${shared.id}`)).body.incidentIds.sort(),
      [...incidentIds].sort(),
    );
  });

  test('a deleted confidential incident keeps its sight in its history', async () => {
    targetVisibility = 'confidential';
    const hidden = await admin.incident().finally(() => {
      targetVisibility = 'restricted';
    });
    assert.equal((await t.post(`/api/v1/incidents/${hidden.id}/grants`, { role: 'viewer' })).status, 201);
    const grants = await t.post(`/api/v1/incidents/${hidden.id}/grants`, { role: 'lawyer' });
    const viewers = grants.body.items.find((g: { role: string }) => g.role === 'viewer');
    assert.equal((await t.delete(`/api/v1/incidents/${hidden.id}/grants/${viewers.id}`)).status, 204);
    assert.equal((await t.delete(`/api/v1/incidents/${hidden.id}?version=${hidden.version}`)).status, 204);
    // The grant taken back before the deletion stays taken back.
    assert.equal((await t.get(`/api/v1/incidents/${hidden.id}/history`, 'viewer')).status, 404);
    assert.equal((await t.get(`/api/v1/incidents/${hidden.id}/history`, 'monitor')).status, 404);
    assert.equal((await t.get(`/api/v1/incidents/${hidden.id}/history`, 'lawyer')).status, 200);
    assert.equal((await t.get(`/api/v1/incidents/${hidden.id}/history`)).status, 200);
    const restricted = await admin.incident();
    await t.delete(`/api/v1/incidents/${restricted.id}?version=${restricted.version}`);
    assert.equal((await t.get(`/api/v1/incidents/${restricted.id}/history`, 'viewer')).status, 200);
  });
});
