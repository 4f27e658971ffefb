import { z } from 'zod';
import { ACCOUNTABILITY_STATUSES } from '../../../shared/accountability/codes.js';
import { Code, IsoDate, Labels } from '../../http/common.schema.js';
import { outputSchema } from '../../http/openapi.js';
import { PlaceCode } from '../places/place.schema.js';

const many = (item: z.ZodType) =>
  z.union([item, z.array(item).max(50)]).transform((v) => (Array.isArray(v) ? v : [v]) as string[]);

/** The filters every statistic accepts; the same meaning as on the incident list. */
export const ScopeParams = {
  from: IsoDate.optional().describe('Incidents on or after this day'),
  to: IsoDate.optional().describe('Incidents on or before this day'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: many(PlaceCode).optional(),
  group: many(z.string().regex(/^[A-I]$/)).optional(),
  type: many(Code).optional(),
  actorType: many(Code).optional(),
  victimRole: many(Code).optional(),
  accountability: many(z.enum(ACCOUNTABILITY_STATUSES)).optional(),
};

export const StatisticRow = z.object({
  period: z.string().nullable(),
  key: z.string().nullable(),
  incidents: z
    .number()
    .int()
    .nullable()
    .describe(
      'null when withheld from the public: fewer than 3, or withheld so that another cannot be worked out (docs/METHODOLOGY.md)',
    ),
  victims: z.number().int().nullable().describe('null when not counted, withheld, or fewer than 3 (public)'),
  suppressed: z.boolean(),
});

const TotalRow = StatisticRow.extend({
  of: z
    .enum(['period', 'key', 'all'])
    .describe('A total of one period over every key, of one key over every period, or of everything'),
});

export const StatisticResult = outputSchema(
  'StatisticResult',
  z.object({
    name: z.string(),
    params: z.record(z.string(), z.unknown()),
    rows: z.array(StatisticRow),
    totals: z
      .array(TotalRow)
      .describe('The totals that add up (none where an incident may count under several keys)'),
    figures: z.record(z.string(), z.number().nullable()).describe('Totals and rates the statistic derives'),
    sentences: Labels.optional().describe('For summaries: the text in kk, ru and en'),
  }),
);
export type StatisticResult = z.output<typeof StatisticResult>;

export const StatisticList = outputSchema(
  'StatisticList',
  z.object({
    items: z.array(
      z.object({
        name: z.string(),
        summary: z.string(),
        access: z.enum(['public', 'internal']).describe('internal: refused to the public (403 forbidden)'),
        parameters: z.record(z.string(), z.unknown()),
      }),
    ),
  }),
);
