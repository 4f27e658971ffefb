import { z } from 'zod';
import { Labels, Version } from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';

export const PlaceCode = z.string().regex(/^[A-Z]{2}(-[A-Za-z0-9]+){0,2}$/, 'not a place code');
export const PlaceKind = z.enum(['country', 'region', 'city']);
export type PlaceKind = z.output<typeof PlaceKind>;

export const PlaceInput = inputSchema(
  'PlaceInput',
  z.strictObject({
    kind: PlaceKind,
    parent: PlaceCode.nullable().default(null),
    names: Labels,
    aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    version: Version.optional(),
  }),
);
export type PlaceInput = z.output<typeof PlaceInput>;

export const Place = outputSchema(
  'Place',
  z.object({
    code: z.string(),
    kind: PlaceKind,
    country: z.string(),
    parent: z.string().nullable(),
    names: Labels,
    aliases: z.array(z.string()),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    version: z.number().int(),
  }),
);

export const PlaceList = outputSchema('PlaceList', z.object({ items: z.array(Place) }));

export const PlaceQuery = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .describe('ISO country code, e.g. KZ'),
  kind: PlaceKind.optional(),
  parent: PlaceCode.optional().describe('Only the places directly inside this one'),
});
