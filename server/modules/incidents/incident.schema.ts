import { z } from 'zod';
import { ACCOUNTABILITY_STATUSES } from '../../../shared/accountability/codes.js';
import {
  Code,
  IsoDate,
  LanguageCode,
  LocalizedText,
  LocalizedTextInput,
  PartialDate,
  partialDateColumns,
  Uuid,
  Version,
} from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';
import { PersonInput } from '../people/person.schema.js';
import { PlaceCode } from '../places/place.schema.js';

export const Verification = z.enum(['reported', 'verifying', 'verified', 'published', 'rejected', 'merged']);
export const Visibility = z.enum(['public', 'restricted', 'confidential']);
export const Reliability = z.enum(['confirmed', 'reliable', 'unconfirmed', 'doubtful', 'unknown']);
export const DatePrecision = z.enum(['day', 'month', 'year']);

/** When it happened: YYYY, YYYY-MM or YYYY-MM-DD (the form sets the precision), optional end day. */
export const IncidentDateInput = z
  .strictObject({
    start: PartialDate,
    end: IsoDate.nullable().default(null).describe('The last day, for incidents that lasted'),
  })
  .superRefine((d, ctx) => {
    if (d.end && d.end < (partialDateColumns(d.start).day as string)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'the end is before the start',
        params: { code: 'end_before_start' },
      });
    }
  });
export type IncidentDateInput = z.output<typeof IncidentDateInput>;

const SourceInput = z.strictObject({
  id: Uuid.optional().describe('Keep an existing source: its id'),
  type: Code.describe('A code of the source_type vocabulary'),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .default(null),
  title: z.string().trim().max(1000).nullable().default(null),
  publisher: z.string().trim().max(300).nullable().default(null),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .nullable()
    .default(null),
  publishedOn: IsoDate.nullable().default(null),
  reliability: Reliability.default('unknown'),
  capturedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'lowercase hex SHA-256')
    .nullable()
    .default(null),
  excerpt: z.string().trim().max(5000).nullable().default(null).describe('The passage the record relies on'),
  public: z
    .boolean()
    .default(false)
    .describe(
      'May the source be shown publicly? Not until someone with incidents.visibility says so; testimonies usually never',
    ),
});
export type SourceInput = z.output<typeof SourceInput>;

const VictimInput = z.union([
  z.strictObject({ key: z.string().min(1).max(64), personId: Uuid }),
  z.strictObject({ key: z.string().min(1).max(64), person: PersonInput }),
]);
export type VictimInput = z.output<typeof VictimInput>;

const ViolationInput = z.strictObject({
  id: Uuid.optional().describe('Keep an existing violation: its id'),
  typeCode: Code.describe('A code of the typology vocabulary'),
  victim: z.string().min(1).max(64).nullable().default(null).describe('The key of a victim; null if unnamed'),
  description: LocalizedTextInput.default({}),
});

const PlaceInput = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/),
  region: PlaceCode.nullable().default(null),
  city: PlaceCode.nullable().default(null),
  type: Code.nullable().default(null).describe('A code of the place_type vocabulary'),
  detail: LocalizedTextInput.default({}).describe('Address or landmark, e.g. "the office of the bureau"'),
});

export const IncidentInput = inputSchema(
  'IncidentInput',
  z
    .strictObject({
      date: IncidentDateInput.nullable().describe('null when the sources do not say when'),
      place: PlaceInput,
      title: LocalizedTextInput,
      description: LocalizedTextInput.default({}),
      originalLanguage: LanguageCode,
      verification: Verification.default('reported'),
      visibility: Visibility.default('restricted'),
      seriesId: Uuid.nullable().default(null),
      internalNotes: z.string().trim().max(20000).nullable().default(null),
      victims: z.array(VictimInput).max(200).default([]),
      violations: z.array(ViolationInput).max(500).default([]),
      sources: z.array(SourceInput).max(200).default([]),
      version: Version.optional().describe('Required when updating: the version you read'),
    })
    .superRefine(checkDocument),
);
export type IncidentInput = z.output<typeof IncidentInput>;

function checkDocument(doc: z.output<z.ZodObject>, ctx: z.RefinementCtx): void {
  const d = doc as unknown as Omit<IncidentInput, 'version'>;
  if (!d.title[d.originalLanguage]) {
    ctx.addIssue({
      code: 'custom',
      path: ['title', d.originalLanguage],
      message: 'the title is needed in the original language',
      params: { code: 'required' },
    });
  }
  const keys = new Set<string>();
  d.victims.forEach((v, i) => {
    if (keys.has(v.key))
      ctx.addIssue({
        code: 'custom',
        path: ['victims', i, 'key'],
        message: 'duplicate key',
        params: { code: 'duplicate_key' },
      });
    keys.add(v.key);
  });
  d.violations.forEach((v, i) => {
    if (v.victim !== null && !keys.has(v.victim)) {
      ctx.addIssue({
        code: 'custom',
        path: ['violations', i, 'victim'],
        message: 'no victim has this key',
        params: { code: 'unknown_victim_key' },
      });
    }
  });
}

export const IncidentDate = z
  .object({ start: z.string(), precision: DatePrecision, end: z.string().nullable() })
  .nullable();
export const Place = z.object({
  country: z.string(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  type: z.string().nullable(),
  detail: LocalizedText,
});
const Violation = z.object({
  id: Uuid,
  typeCode: z.string(),
  victim: z.string().nullable(),
  description: LocalizedText,
});
const Source = z.object({
  id: Uuid,
  type: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  language: z.string().nullable(),
  publishedOn: z.string().nullable(),
  reliability: Reliability,
  capturedAt: z.string().nullable(),
  sha256: z.string().nullable(),
  excerpt: z.string().nullable(),
});

/** The derived (or overridden) accountability status; the case endpoint has the whole story. */
export const AccountabilitySummary = z.object({
  status: z.enum(ACCOUNTABILITY_STATUSES),
  reason: z.string(),
});

export const Incident = outputSchema(
  'Incident',
  z.object({
    id: Uuid,
    reference: z.string().describe('Public reference, e.g. KZ-2023-0042'),
    date: IncidentDate,
    place: Place,
    title: LocalizedText,
    description: LocalizedText,
    originalLanguage: LanguageCode,
    verification: Verification,
    visibility: Visibility,
    seriesId: Uuid.nullable(),
    internalNotes: z.string().nullable(),
    assignedTo: Uuid.nullable().describe('The account working on it'),
    mergedInto: Uuid.nullable().describe('For a merged duplicate: the incident it repeats'),
    verificationReason: z.string().nullable().describe('Why it was rejected or merged; null otherwise'),
    victims: z.array(
      z.object({ key: z.string(), personId: Uuid, person: z.record(z.string(), z.unknown()) }),
    ),
    violations: z.array(Violation),
    sources: z.array(Source.extend({ public: z.boolean() })),
    accountability: AccountabilitySummary,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string(),
    updatedBy: z.string(),
  }),
);
export type IncidentView = z.output<typeof Incident>;

export const PublicIncident = outputSchema(
  'PublicIncident',
  z.object({
    id: Uuid,
    reference: z.string(),
    date: IncidentDate,
    place: Place,
    title: LocalizedText,
    description: LocalizedText,
    originalLanguage: LanguageCode,
    verification: Verification,
    seriesId: Uuid.nullable(),
    victims: z.array(
      z.object({
        key: z.string().describe('The person id when named, else an opaque key'),
        name: z.string().nullable().describe('null when the victim did not consent to be named'),
        names: LocalizedText,
        withheld: z.boolean(),
        roles: z.array(z.string()),
        outletIds: z.array(Uuid),
      }),
    ),
    violations: z.array(Violation),
    sources: z.array(Source),
    accountability: AccountabilitySummary,
    updatedAt: z.string(),
  }),
);
