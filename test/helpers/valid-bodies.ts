import { buildIncident, buildPerson } from './factories.js';
import type { Doc, Schema } from './json-schema.js';
import { type Seeded, STALE } from './seed-all.js';

/**
 * A valid body for each request schema, naming the seeded records, so that a hostile value in
 * one field reaches the code behind validation instead of failing on the others. Updates carry a
 * stale version: a body that passes every check is still refused (409) rather than applied.
 */
type Fixture = (s: Seeded) => Record<string, unknown>;

const labels = { kk: 'Белгі', ru: 'Метка', en: 'Label' };

const FIXTURES: Record<string, Fixture> = {
  IncidentInput: (s) => buildIncident({ victims: [{ key: 'v1', personId: s.person }] }),
  PersonInput: () => buildPerson(),
  OutletInput: () => ({ name: 'Hostile Daily', type: 'newspaper', independence: 'independent' }),
  ActorInput: () => ({ type: 'state', name: 'Hostile Office', level: 'regional' }),
  InvolvementInput: (s) => ({ actorId: s.actor, role: 'executor', headcount: 2, note: 'n' }),
  InvolvementUpdate: () => ({ role: 'executor', headcount: 2, note: 'n', version: STALE }),
  LegalStatusChange: () => ({ status: 'identified', on: '2023-03-02', note: 'n' }),
  ProceedingInput: () => ({ kind: 'against_perpetrators', caseNumber: '1', authority: 'a', article: 'b' }),
  ProceedingEventInput: (s) => ({
    type: 'case_opened',
    on: '2023-03-05',
    article: 'a',
    sourceId: s.incident.sourceId,
  }),
  RetractEvent: () => ({ reason: 'wrong', version: STALE }),
  AccountabilityOverride: () => ({ status: 'impunity', reason: 'because' }),
  VerificationMove: () => ({ to: 'verifying', version: STALE }),
  Assignment: () => ({ accountId: null }),
  CommentInput: () => ({ body: 'a comment' }),
  MergeInput: (s) => ({ into: s.confidential, version: STALE }),
  // The seeded person into a person who does not exist, and related to themselves: both refused.
  PersonMergeInput: () => ({ into: '00000000-0000-4000-8000-000000000001', version: STALE, reason: 'same' }),
  PersonRelationInput: (s) => ({ journalistId: s.person, kind: 'family' }),
  EvidenceRelease: () => ({ public: true }),
  GrantInput: () => ({ role: 'lawyer' }),
  InterventionInput: (s) => ({
    kind: 'letter',
    title: { en: 'A letter' },
    issuedOn: '2023-03-01',
    deadline: '2023-04-01',
    addressee: 'Prosecutor',
    incidentIds: [s.incident.id],
  }),
  IndicatorInput: () => ({
    country: 'KZ',
    indicator: 'rsf_press_freedom_index',
    year: 2023,
    rank: 140,
    outOf: 180,
    score: 50.5,
  }),
  PublishedFigureInput: () => ({
    organisation: 'Watch',
    country: 'KZ',
    periodStart: '2022-01-01',
    periodEnd: '2022-12-31',
    category: { en: 'Attacks' },
    typeCodes: ['assault'],
    count: 3,
  }),
  AccountInput: () => ({ username: 'hostile-user', displayName: 'Hostile', role: 'monitor', language: 'en' }),
  AccountUpdate: () => ({
    displayName: 'Spare',
    role: 'monitor',
    language: 'en',
    disabled: false,
    version: STALE,
  }),
  PasswordResetInput: () => ({ clearTwoFactor: false }),
  TwoFactorSetting: () => ({ required: false }),
  PlaceInput: () => ({ kind: 'city', parent: 'KZ-SEV', names: labels, lat: 54.8, lon: 69.1, version: STALE }),
  VocabularyTermInput: () => ({ labels, definitions: labels, sortOrder: 1, version: STALE }),
};

/** The valid body of an operation's request schema (with a stale version on updates). */
export function baseBody(_doc: Doc, op: { method: string; body: Schema | null }, s: Seeded): unknown {
  const name = String(op.body?.$ref ?? '').replace('#/components/schemas/', '');
  const fixture = FIXTURES[name];
  if (!fixture) throw new Error(`no valid body for ${name}: add one to test/helpers/valid-bodies.ts`);
  const body = fixture(s);
  return op.method === 'PUT' && name in UPDATED_WITH_VERSION ? { ...body, version: STALE } : body;
}

// Request schemas whose PUT replaces a record and so needs the version read.
const UPDATED_WITH_VERSION: Record<string, true> = {
  IncidentInput: true,
  PersonInput: true,
  OutletInput: true,
  ActorInput: true,
  InterventionInput: true,
  IndicatorInput: true,
  PublishedFigureInput: true,
  ProceedingInput: true,
  ProceedingEventInput: true,
};

/** The query every request of an operation carries unless a class replaces it: a stale version on deletes. */
export function baseQuery(method: string, names: string[]): string {
  return method === 'DELETE' && names.includes('version') ? `version=${STALE}` : '';
}
