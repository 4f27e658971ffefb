import { z } from 'zod';
import { Code, LocalizedText, LocalizedTextInput, Uuid, Version } from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';

export const Independence = z.enum(['independent', 'state', 'private_affiliated', 'unknown']);

export const OutletInput = inputSchema(
  'OutletInput',
  z.strictObject({
    name: z.string().trim().min(1).max(300),
    names: LocalizedTextInput.default({}),
    aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
    type: Code.describe('A code of the outlet_type vocabulary'),
    independence: Independence.default('unknown'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .default(null),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .default(null),
    version: Version.optional().describe('Required when updating: the version you read'),
  }),
);
export type OutletInput = z.output<typeof OutletInput>;

export const Outlet = outputSchema(
  'Outlet',
  z.object({
    id: Uuid,
    name: z.string(),
    names: LocalizedText,
    aliases: z.array(z.string()),
    type: z.string(),
    independence: Independence,
    country: z.string().nullable(),
    url: z.string().nullable(),
    version: z.number().int(),
  }),
);

export const OutletList = outputSchema('OutletList', z.object({ items: z.array(Outlet) }));

export const OutletQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('Part of the name, any script'),
});
