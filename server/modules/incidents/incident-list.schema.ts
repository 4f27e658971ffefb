import { z } from 'zod';
import { ACCOUNTABILITY_STATUSES, INVOLVEMENT_ROLES } from '../../../shared/accountability/codes.js';
import { Code, IsoDate, LocalizedText, Uuid } from '../../http/common.schema.js';
import { outputSchema } from '../../http/openapi.js';
import { PlaceCode } from '../places/place.schema.js';
import { AccountabilitySummary, IncidentDate, Place, Verification, Visibility } from './incident.schema.js';

const many = (item: z.ZodType) =>
  z.union([item, z.array(item).max(50)]).transform((v) => (Array.isArray(v) ? v : [v]) as string[]);

/** Filters shared by the list and its facets. Repeat a parameter to match any of its values. */
export const IncidentQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('Words to find, in any script or transliteration'),
  from: IsoDate.optional().describe('Incidents on or after this day'),
  to: IsoDate.optional().describe('Incidents on or before this day'),
  type: many(Code).optional().describe('Typology code(s)'),
  group: many(z.string().regex(/^[A-I]$/))
    .optional()
    .describe('Typology group letter(s) A–I'),
  region: many(PlaceCode).optional().describe('Region code(s)'),
  city: many(PlaceCode).optional().describe('City code(s)'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  victimRole: many(Code).optional().describe('Victim role code(s)'),
  verification: many(Verification)
    .optional()
    .describe('Internal callers only; the public sees verified records'),
  visibility: many(Visibility).optional().describe('Internal callers only'),
  seriesId: Uuid.optional(),
  accountability: many(z.enum(ACCOUNTABILITY_STATUSES))
    .optional()
    .describe('Accountability status(es), overrides applied'),
  actorType: many(Code).optional().describe('Actor type code(s) of anyone involved'),
  involvementRole: many(z.enum(INVOLVEMENT_ROLES))
    .optional()
    .describe('Incidents with an actor in this role'),
  openForDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(36500)
    .optional()
    .describe('Cases open (pending or stalled) for more than N days'),
  assignedTo: z.uuid().optional().describe('Internal: incidents assigned to this account'),
  stalled: z
    .enum(['true'])
    .optional()
    .describe('Open cases with no procedural step for longer than the stall threshold'),
  awaitingReply: z
    .enum(['true'])
    .optional()
    .describe('Incidents with a letter to an authority still unanswered'),
  sort: z.enum(['date_desc', 'date_asc']).default('date_desc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
  facets: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('Include facet counts'),
});
export type IncidentQuery = z.output<typeof IncidentQuery>;

const FacetCounts = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const IncidentSummary = z.object({
  id: Uuid,
  reference: z.string(),
  date: IncidentDate,
  place: Place.omit({ detail: true }),
  title: LocalizedText,
  typeCodes: z.array(z.string()),
  victimRoles: z.array(z.string()),
  verification: Verification,
  accountability: AccountabilitySummary,
  visibility: Visibility.optional().describe('Internal callers only'),
});

/** Facet counts every reader gets; internal readers also get them by verification and visibility. */
const PublicFacets = z.object({
  group: FacetCounts,
  type: FacetCounts,
  region: FacetCounts,
  victimRole: FacetCounts,
  year: FacetCounts,
  accountability: FacetCounts,
});

export const IncidentList = outputSchema(
  'IncidentList',
  z.object({
    items: z.array(IncidentSummary),
    nextCursor: z.string().nullable(),
    total: z
      .number()
      .int()
      .nullable()
      .describe('How many incidents match the filters (null with facets=false)'),
    facets: PublicFacets.extend({
      verification: FacetCounts.optional(),
      visibility: FacetCounts.optional(),
    }).nullable(),
  }),
);

/** A page of incidents as the public gets it: no visibility, no facets by internal state. */
export const PublicIncidentList = outputSchema(
  'PublicIncidentList',
  z.object({
    items: z.array(IncidentSummary.omit({ visibility: true })),
    nextCursor: z.string().nullable(),
    total: z.number().int().nullable(),
    facets: PublicFacets.nullable(),
  }),
);
