import { z } from 'zod';
import { Code, LocalizedText, LocalizedTextInput, Uuid, Version } from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';

export const Gender = z.enum(['female', 'male', 'other', 'unknown']);

export const PersonInput = inputSchema(
  'PersonInput',
  z.strictObject({
    name: z.string().trim().min(1).max(300).describe('The name as most often written'),
    names: LocalizedTextInput.default({}).describe('The name written for each language'),
    aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
    roles: z.array(Code).max(20).default([]).describe('Codes of the victim_role vocabulary'),
    gender: Gender.default('unknown'),
    consentToName: z.boolean().default(false).describe('May the name be shown publicly?'),
    notes: z.string().trim().max(20000).nullable().default(null).describe('Internal; never public'),
    outletIds: z.array(Uuid).max(50).default([]),
    version: Version.optional().describe('Required when updating: the version you read'),
  }),
);
export type PersonInput = z.output<typeof PersonInput>;

export const Person = outputSchema(
  'Person',
  z.object({
    id: Uuid,
    name: z.string(),
    names: LocalizedText,
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
    gender: Gender,
    consentToName: z.boolean(),
    notes: z.string().nullable(),
    outletIds: z.array(Uuid),
    version: z.number().int(),
  }),
);
export type PersonView = z.output<typeof Person>;

export const PublicPerson = outputSchema(
  'PublicPerson',
  z.object({
    id: Uuid,
    name: z.string(),
    names: LocalizedText,
    roles: z.array(z.string()),
    outletIds: z.array(Uuid),
  }),
);

export const PersonList = outputSchema('PersonList', z.object({ items: z.array(Person) }));

export const PersonQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('Name in any script or transliteration'),
});

export const PersonMergeInput = inputSchema(
  'PersonMergeInput',
  z.strictObject({
    into: Uuid.describe('The person this one repeats; they keep their id and name'),
    version: Version.describe('The version of this person you read'),
    reason: z.string().trim().min(1).max(2000).describe('Why they are the same person; kept in the history'),
  }),
);

export const RelationKind = z.enum(['family', 'associate']);

export const RelationInput = inputSchema(
  'PersonRelationInput',
  z.strictObject({
    journalistId: Uuid.describe('The journalist whose work this person was targeted for'),
    kind: RelationKind.describe('family: a relative; associate: a colleague, source, lawyer or friend'),
  }),
);

const RelatedPerson = z.object({ id: Uuid, name: z.string(), kind: RelationKind });

export const PersonRelations = outputSchema(
  'PersonRelations',
  z.object({
    journalists: z.array(RelatedPerson).describe('The journalists this person is a relative or associate of'),
    relatives: z.array(RelatedPerson).describe("This person's relatives and associates"),
    targetedIncidents: z
      .array(z.object({ id: Uuid, reference: z.string() }))
      .describe(
        "Incidents whose victims include this person's relatives or associates: targeted because of their work",
      ),
  }),
);

export const PersonRelation = outputSchema(
  'PersonRelation',
  z.object({ personId: Uuid, journalistId: Uuid, kind: RelationKind }),
);
