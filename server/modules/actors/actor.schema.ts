import { z } from 'zod';
import { Code, LocalizedText, LocalizedTextInput, Uuid, Version } from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';

export const ActorLevel = z.enum(['national', 'regional', 'local']);

export const ActorInput = inputSchema(
  'ActorInput',
  z.strictObject({
    type: Code.describe('A code of the actor_type vocabulary'),
    name: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .nullable()
      .default(null)
      .describe('A named institution or person'),
    names: LocalizedTextInput.default({}),
    level: ActorLevel.nullable().default(null).describe('For state actors: national, regional or local'),
    personId: Uuid.nullable().default(null).describe('When the actor is a person recorded in people'),
    namePublic: z
      .boolean()
      .default(false)
      .describe(
        'May an individual (a recorded person or a private individual) be named publicly? Institutions always are',
      ),
    notes: z.string().trim().max(20000).nullable().default(null).describe('Internal; never public'),
    version: Version.optional(),
  }),
);
export type ActorInput = z.output<typeof ActorInput>;

/** Whether an individual actor may be named publicly, at the version read (the workspace's case page). */
export const NamePublicInput = z.strictObject({ namePublic: z.boolean(), version: Version });
export type NamePublicInput = z.output<typeof NamePublicInput>;

export const Actor = outputSchema(
  'Actor',
  z.object({
    id: Uuid,
    type: z.string(),
    name: z.string().nullable(),
    names: LocalizedText,
    level: ActorLevel.nullable(),
    personId: Uuid.nullable(),
    namePublic: z.boolean(),
    notes: z.string().nullable(),
    version: z.number().int(),
  }),
);
export type ActorView = z.output<typeof Actor>;

export const PublicActor = outputSchema(
  'PublicActor',
  z.object({
    id: Uuid,
    type: z.string(),
    name: z
      .string()
      .nullable()
      .describe('Institutions are named publicly; individuals only when an editor marked the name public'),
    names: LocalizedText,
    level: ActorLevel.nullable(),
  }),
);

export const ActorList = outputSchema('ActorList', z.object({ items: z.array(Actor) }));
