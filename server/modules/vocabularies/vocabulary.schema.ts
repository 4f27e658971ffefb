import { z } from 'zod';
import { VOCABULARY_NAMES } from '../../../shared/vocabularies/index.js';
import { CROSSWALK_SCHEMES } from '../../../shared/vocabularies/types.js';
import { Code, Labels, Version } from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';

export const VocabularyName = z.enum(VOCABULARY_NAMES);

const Crosswalk = z.partialRecord(z.enum(CROSSWALK_SCHEMES), z.array(z.string().min(1).max(200)).max(20));

export const TermInput = inputSchema(
  'VocabularyTermInput',
  z.strictObject({
    parent: Code.nullable().default(null),
    labels: Labels,
    definitions: Labels,
    crosswalk: Crosswalk.default({}),
    sortOrder: z.number().int().min(0).max(100000).default(0),
    version: Version.optional(),
  }),
);
export type TermInput = z.output<typeof TermInput>;

export const Term = outputSchema(
  'VocabularyTerm',
  z.object({
    vocabulary: z.string(),
    code: z.string(),
    parent: z.string().nullable(),
    labels: Labels,
    definitions: Labels,
    crosswalk: z.record(z.string(), z.array(z.string())),
    sortOrder: z.number().int(),
    version: z.number().int(),
  }),
);

export const TermList = outputSchema('VocabularyTermList', z.object({ items: z.array(Term) }));

export const VocabularyList = outputSchema(
  'VocabularyList',
  z.object({ items: z.array(z.object({ name: z.string(), terms: z.number().int() })) }),
);
