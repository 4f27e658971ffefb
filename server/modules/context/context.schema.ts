import { z } from 'zod';
import {
  Code,
  Int4,
  IsoDate,
  LocalizedText,
  LocalizedTextInput,
  Uuid,
  Version,
} from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';

const Country = z.string().regex(/^[A-Z]{2}$/);
const text = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

export const IndicatorInput = inputSchema(
  'IndicatorInput',
  z
    .strictObject({
      country: Country,
      indicator: Code.describe('e.g. rsf_press_freedom_index'),
      year: z.number().int().min(1900).max(2200),
      rank: Int4.min(1).nullable().default(null),
      outOf: Int4.min(1).nullable().default(null),
      score: z.number().min(0).max(1000).nullable().default(null),
      zone: text(100).describe('e.g. "red" — the index’s own band'),
      source: text(500),
      sourceExcerpt: text(5000),
      version: Version.optional(),
    })
    .refine((v) => v.rank === null || v.outOf === null || v.rank <= v.outOf, {
      message: 'the rank is beyond the number of countries',
      path: ['rank'],
      params: { code: 'out_of_range' },
    }),
);
export type IndicatorInput = z.output<typeof IndicatorInput>;

export const Indicator = outputSchema(
  'Indicator',
  z.object({
    id: Uuid,
    country: z.string(),
    indicator: z.string(),
    year: z.number().int(),
    rank: z.number().int().nullable(),
    outOf: z.number().int().nullable(),
    score: z.number().nullable(),
    zone: z.string().nullable(),
    source: z.string().nullable(),
    sourceExcerpt: z.string().nullable(),
    version: z.number().int(),
  }),
);

export const IndicatorList = outputSchema('IndicatorList', z.object({ items: z.array(Indicator) }));

export const FigureInput = inputSchema(
  'PublishedFigureInput',
  z
    .strictObject({
      organisation: z.string().trim().min(1).max(300),
      country: Country,
      periodStart: IsoDate,
      periodEnd: IsoDate,
      category: LocalizedTextInput.describe('The category as the organisation named it'),
      typeCodes: z
        .array(z.string().regex(/^[a-z][a-z0-9_]{0,63}$|^[A-I]$/))
        .max(50)
        .default([])
        .describe(
          'Typology codes or group letters the category corresponds to, to compare with Qorgau’s own counts',
        ),
      count: Int4.min(0),
      publishedOn: IsoDate.nullable().default(null),
      source: text(500),
      sourceExcerpt: text(5000),
      version: Version.optional(),
    })
    .refine((v) => v.periodEnd >= v.periodStart, {
      message: 'the period ends before it starts',
      path: ['periodEnd'],
      params: { code: 'end_before_start' },
    }),
);
export type FigureInput = z.output<typeof FigureInput>;

export const Figure = outputSchema(
  'PublishedFigure',
  z.object({
    id: Uuid,
    organisation: z.string(),
    country: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    category: LocalizedText,
    typeCodes: z.array(z.string()),
    count: z.number().int(),
    publishedOn: z.string().nullable(),
    source: z.string().nullable(),
    sourceExcerpt: z.string().nullable(),
    version: z.number().int(),
  }),
);

export const FigureList = outputSchema('PublishedFigureList', z.object({ items: z.array(Figure) }));

export const ContextQuery = z.strictObject({ country: Country.optional() });
