import { z } from 'zod';
import { INTERVENTION_KINDS, REPLY_STATUSES } from '../../../shared/accountability/codes.js';
import {
  IsoDate,
  LanguageCode,
  LocalizedText,
  LocalizedTextInput,
  Uuid,
  Version,
} from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';

export const InterventionKind = z.enum(INTERVENTION_KINDS);
export const ReplyStatus = z.enum(REPLY_STATUSES);
const Visibility = z.enum(['public', 'restricted', 'confidential']);
const text = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

export const InterventionInput = inputSchema(
  'InterventionInput',
  z
    .strictObject({
      kind: InterventionKind,
      issuedOn: IsoDate.nullable().default(null).describe('When it was published or sent'),
      title: LocalizedTextInput,
      body: LocalizedTextInput.default({}),
      originalLanguage: LanguageCode.nullable().default(null),
      issuedBy: text(300).describe('The organisation that issued it, e.g. CPJ'),
      addressee: text(500).describe('For letters: the authority written to'),
      deadline: IsoDate.nullable().default(null).describe('When a reply is due'),
      replyStatus: ReplyStatus.default('none_yet'),
      replyOn: IsoDate.nullable().default(null),
      replyText: text(20000),
      url: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .nullable()
        .default(null),
      sourceExcerpt: text(5000).describe('The passage that records it'),
      visibility: Visibility.default('public'),
      incidentIds: z.array(Uuid).max(500).default([]),
      version: Version.optional(),
    })
    .superRefine((v, ctx) => {
      if (v.replyStatus === 'none_yet' && (v.replyOn || v.replyText)) {
        ctx.addIssue({
          code: 'custom',
          path: ['replyStatus'],
          message: 'a reply was recorded',
          params: { code: 'inconsistent' },
        });
      }
      if (v.deadline && v.issuedOn && v.deadline < v.issuedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadline'],
          message: 'the deadline is before the letter',
          params: { code: 'end_before_start' },
        });
      }
    }),
);
export type InterventionInput = z.output<typeof InterventionInput>;

export const Intervention = outputSchema(
  'Intervention',
  z.object({
    id: Uuid,
    kind: InterventionKind,
    issuedOn: z.string().nullable(),
    title: LocalizedText,
    body: LocalizedText,
    originalLanguage: LanguageCode.nullable(),
    issuedBy: z.string().nullable(),
    addressee: z.string().nullable(),
    deadline: z.string().nullable(),
    replyStatus: ReplyStatus,
    overdue: z.boolean().describe('No reply yet and the deadline has passed'),
    replyOn: z.string().nullable(),
    replyText: z.string().nullable(),
    url: z.string().nullable(),
    sourceExcerpt: z.string().nullable(),
    visibility: Visibility,
    incidentIds: z.array(Uuid),
    version: z.number().int(),
  }),
);

/** What the public sees of a statement or letter: the same, less visibility and version. */
export const PublicIntervention = outputSchema(
  'PublicIntervention',
  Intervention.omit({ visibility: true, version: true }),
);

export const InterventionList = outputSchema('InterventionList', z.object({ items: z.array(Intervention) }));
export const PublicInterventionList = outputSchema(
  'PublicInterventionList',
  z.object({ items: z.array(PublicIntervention) }),
);

export const InterventionQuery = z.strictObject({
  incidentId: Uuid.optional(),
  kind: InterventionKind.optional(),
  overdue: z.enum(['true']).optional().describe('Only letters with no reply past their deadline'),
});
