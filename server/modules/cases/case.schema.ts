import { z } from 'zod';
import {
  ACCOUNTABILITY_STATUSES,
  INVOLVEMENT_ROLES,
  LEGAL_STATUSES,
  PROCEEDING_EVENT_TYPES,
  PROCEEDING_KINDS,
} from '../../../shared/accountability/codes.js';
import { PartialDate, Uuid, Version } from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';
import { Actor, ActorInput, PublicActor } from '../actors/actor.schema.js';

export const Role = z.enum(INVOLVEMENT_ROLES);
export const LegalStatus = z.enum(LEGAL_STATUSES);
export const ProceedingKind = z.enum(PROCEEDING_KINDS);
export const ProceedingEventType = z.enum(PROCEEDING_EVENT_TYPES);
export const AccountabilityStatus = z.enum(ACCOUNTABILITY_STATUSES);

const text = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

export const InvolvementInput = inputSchema(
  'InvolvementInput',
  z
    .strictObject({
      violationId: Uuid.nullable().default(null).describe('The violation; null for the incident as a whole'),
      actorId: Uuid.optional().describe('An existing actor'),
      actor: ActorInput.optional().describe('Or a new actor, created with the involvement'),
      role: Role,
      headcount: z.number().int().min(1).max(100000).default(1).describe('How many people, e.g. 18 detained'),
      status: LegalStatus.default('unidentified').describe('Their legal status now'),
      statusOn: PartialDate.nullable().default(null).describe('Since when'),
      sourceId: Uuid.nullable().default(null),
      note: text(5000),
    })
    .refine((v) => (v.actorId === undefined) !== (v.actor === undefined), {
      message: 'give exactly one of actorId and actor',
      path: ['actorId'],
      params: { code: 'one_of_required' },
    }),
);
export type InvolvementInput = z.output<typeof InvolvementInput>;

export const InvolvementUpdate = inputSchema(
  'InvolvementUpdate',
  z.strictObject({
    violationId: Uuid.nullable().default(null),
    role: Role,
    headcount: z.number().int().min(1).max(100000).default(1),
    note: text(5000),
    version: Version,
  }),
);
export type InvolvementUpdate = z.output<typeof InvolvementUpdate>;

export const LegalStatusInput = inputSchema(
  'LegalStatusChange',
  z.strictObject({
    status: LegalStatus,
    on: PartialDate.nullable().default(null),
    sourceId: Uuid.nullable().default(null),
    note: text(5000),
  }),
);
export type LegalStatusInput = z.output<typeof LegalStatusInput>;

export const ProceedingInput = inputSchema(
  'ProceedingInput',
  z.strictObject({
    kind: ProceedingKind,
    subjectId: Uuid.nullable()
      .default(null)
      .describe('For a case against a journalist: the person prosecuted'),
    caseNumber: text(200),
    authority: text(500),
    article: text(500).describe('Article of the code, e.g. "Art. 293 Criminal Code (hooliganism)"'),
    note: text(5000),
    version: Version.optional(),
  }),
);
export type ProceedingInput = z.output<typeof ProceedingInput>;

export const ProceedingEventInput = inputSchema(
  'ProceedingEventInput',
  z.strictObject({
    type: ProceedingEventType,
    on: PartialDate.nullable().default(null),
    article: text(500).describe('For case_opened and requalified'),
    reason: text(2000).describe('For dropped, refusal_to_open, suspended'),
    sentence: text(2000).describe('For convicted'),
    sourceId: Uuid.nullable().default(null),
    note: text(5000),
    version: Version.optional().describe('Required when correcting an event'),
  }),
);
export type ProceedingEventInput = z.output<typeof ProceedingEventInput>;

export const RetractInput = inputSchema(
  'RetractEvent',
  z.strictObject({ reason: z.string().trim().min(1).max(2000), version: Version }),
);

export const OverrideInput = inputSchema(
  'AccountabilityOverride',
  z
    .strictObject({
      status: AccountabilityStatus.nullable().describe('null removes the override'),
      reason: z.string().trim().min(1).max(5000).nullable().default(null),
    })
    .refine((v) => v.status === null || v.reason !== null, {
      message: 'an override needs a written reason',
      path: ['reason'],
      params: { code: 'required' },
    }),
);
export type OverrideInput = z.output<typeof OverrideInput>;

const Accountability = z.object({
  status: AccountabilityStatus,
  reason: z.string(),
  derived: z.object({ status: AccountabilityStatus, reason: z.string() }),
  override: z.object({ status: AccountabilityStatus, reason: z.string() }).nullable(),
  lastEventOn: z.string().nullable(),
  openForDays: z.number().int().nullable(),
});

const ProceedingEvent = z.object({
  id: Uuid,
  type: ProceedingEventType,
  on: z.string().nullable(),
  article: z.string().nullable(),
  reason: z.string().nullable(),
  sentence: z.string().nullable(),
  sourceId: Uuid.nullable(),
  note: z.string().nullable(),
  retracted: z.object({ at: z.string(), reason: z.string() }).nullable(),
  version: z.number().int(),
});

const Involvement = z.object({
  id: Uuid,
  violationId: Uuid.nullable(),
  actor: Actor,
  role: Role,
  headcount: z.number().int(),
  legalStatus: LegalStatus,
  note: z.string().nullable(),
  version: z.number().int(),
  events: z.array(
    z.object({
      id: Uuid,
      status: LegalStatus,
      on: z.string().nullable(),
      sourceId: Uuid.nullable(),
      note: z.string().nullable(),
    }),
  ),
});

const Proceeding = z.object({
  id: Uuid,
  kind: ProceedingKind,
  subjectId: Uuid.nullable(),
  caseNumber: z.string().nullable(),
  authority: z.string().nullable(),
  article: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  events: z.array(ProceedingEvent),
});

export const Case = outputSchema(
  'Case',
  z.object({
    incidentId: Uuid,
    accountability: Accountability,
    involvements: z.array(Involvement),
    proceedings: z.array(Proceeding),
  }),
);
export type CaseView = z.output<typeof Case>;

export const PublicCase = outputSchema(
  'PublicCase',
  z.object({
    incidentId: Uuid,
    accountability: Accountability.omit({ derived: true }),
    involvements: z.array(
      Involvement.omit({ note: true, version: true, actor: true, events: true }).extend({
        actor: PublicActor,
        events: z.array(z.object({ status: LegalStatus, on: z.string().nullable() })),
      }),
    ),
    proceedings: z.array(
      Proceeding.omit({ note: true, version: true, events: true }).extend({
        events: z.array(ProceedingEvent.omit({ note: true, retracted: true, version: true })),
      }),
    ),
  }),
);

export const ProceedingEventView = outputSchema('ProceedingEvent', ProceedingEvent);
