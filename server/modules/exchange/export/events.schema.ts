import { z } from 'zod';

/*
 * The events-model export (HURIDOCS "Who did what to whom"): an incident is the event; its acts are
 * the violations, each done to a victim; perpetrators are the actors; involvements say which
 * perpetrator took part in which act, in what role; proceedings follow the case. This zod schema is
 * the source of truth: docs/exchange/events.schema.json is generated from it (a test keeps them
 * equal) and docs/EXCHANGE.md describes every field. Every record carries its id and version, so a
 * later import can match what it finds to what exists.
 */

export const EVENTS_FORMAT = 'qorgau.events';
export const EVENTS_FORMAT_VERSION = 1;

const Id = z.string().uuid();
const Version = z.number().int().min(1);
const Text = z.record(z.string(), z.string()).describe('Text by language code (kk, ru, en)');
const Nullable = z.string().nullable();

const Act = z.object({
  id: Id,
  typeCode: z.string().describe('Typology code'),
  victimKey: Nullable.describe('The key of the victim it was done to, within this incident'),
  description: Text,
});

const Victim = z.object({
  key: z.string().describe("The victim's key within this incident"),
  personId: Id,
  name: z.string(),
  names: Text,
  aliases: z.array(z.string()),
  roles: z.array(z.string()).describe('Victim role codes'),
  gender: z.string(),
  consentToName: z.boolean(),
  notes: Nullable,
  outletIds: z.array(Id),
  version: Version,
});

const Perpetrator = z.object({
  id: Id,
  type: z.string().describe('Actor type code'),
  name: Nullable,
  names: Text,
  level: Nullable,
  personId: Id.nullable(),
  namePublic: z.boolean(),
  notes: Nullable,
  version: Version,
});

const Involvement = z.object({
  id: Id,
  actId: Id.nullable().describe('The act it is part of; null for the incident as a whole'),
  perpetratorId: Id,
  role: z.string(),
  headcount: z.number().int(),
  legalStatus: z.string(),
  note: Nullable,
  version: Version,
  events: z.array(
    z.object({ id: Id, status: z.string(), on: Nullable, sourceId: Id.nullable(), note: Nullable }),
  ),
});

const ProceedingEvent = z.object({
  id: Id,
  type: z.string(),
  on: Nullable.describe('YYYY, YYYY-MM or YYYY-MM-DD: the date to its known precision'),
  article: Nullable,
  reason: Nullable,
  sentence: Nullable,
  sourceId: Id.nullable(),
  note: Nullable,
  retracted: z.object({ at: z.string(), reason: z.string() }).nullable(),
  version: Version,
});

const Proceeding = z.object({
  id: Id,
  kind: z.string(),
  subjectId: Id.nullable().describe('The person the proceeding is about'),
  caseNumber: Nullable,
  authority: Nullable,
  article: Nullable,
  note: Nullable,
  version: Version,
  events: z.array(ProceedingEvent),
});

const Source = z.object({
  id: Id,
  type: z.string(),
  url: Nullable,
  title: Nullable,
  publisher: Nullable,
  language: Nullable,
  publishedOn: Nullable,
  reliability: z.string(),
  capturedAt: Nullable,
  sha256: Nullable,
  excerpt: Nullable,
  public: z.boolean(),
});

const Intervention = z
  .looseObject({ id: Id, version: Version, incidentIds: z.array(Id) })
  .describe('A letter or appeal about the incident, as the interventions API gives it');

export const EventsIncident = z.object({
  id: Id,
  reference: z.string(),
  version: Version,
  date: z.object({ start: z.string(), precision: z.string(), end: Nullable }).nullable(),
  place: z.object({
    country: z.string(),
    region: Nullable,
    city: Nullable,
    type: Nullable,
    detail: Text,
  }),
  title: Text,
  description: Text,
  originalLanguage: z.string(),
  verification: z.string(),
  visibility: z.string(),
  seriesId: Id.nullable(),
  internalNotes: Nullable,
  assignedTo: Id.nullable(),
  mergedInto: Id.nullable(),
  verificationReason: Nullable,
  accountability: z.object({ status: z.string(), reason: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  acts: z.array(Act),
  victims: z.array(Victim),
  perpetrators: z.array(Perpetrator),
  involvements: z.array(Involvement),
  proceedings: z.array(Proceeding),
  sources: z.array(Source),
  interventions: z.array(Intervention),
});
export type EventsIncident = z.output<typeof EventsIncident>;

export const EventsExport = z.object({
  format: z.literal(EVENTS_FORMAT),
  formatVersion: z.literal(EVENTS_FORMAT_VERSION),
  exportedAt: z.string(),
  exportedBy: z.string().describe('Who the export was made as: system:cli or an account id'),
  incidents: z.array(EventsIncident),
});
export type EventsExport = z.output<typeof EventsExport>;

/** The JSON Schema of the export, generated from the zod schema (docs/exchange/events.schema.json). */
export const eventsJsonSchema = () =>
  z.toJSONSchema(EventsExport, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
