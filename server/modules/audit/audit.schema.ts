import { z } from 'zod';
import { AUDIT_ACTIONS, CHAIN_PROBLEMS } from '../../../shared/audit/actions.js';
import { outputSchema } from '../../http/openapi.js';

export const HistoryEntry = outputSchema(
  'HistoryEntry',
  z.object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string().describe('The account id, or system:<name> for the loader and the command line'),
    actorName: z.string().describe("The account's display name, or the system name"),
    actorUsername: z.string().nullable(),
    action: z.enum(AUDIT_ACTIONS).describe('What was done, by name: record.what_happened'),
    entity: z.string().describe('What changed: the record itself, or its case (involvements, proceedings)'),
    changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
    intact: z
      .boolean()
      .describe('The event still matches its hash and is linked to its neighbours in the audit chain'),
  }),
);

const Verification = z.object({
  at: z.string(),
  events: z.number().int().describe('Events found intact before the break, or all of them'),
  intact: z.boolean(),
  brokenEventId: z.number().int().nullable(),
  problem: z.enum(CHAIN_PROBLEMS).nullable(),
});

export const HistoryIntegrity = z.object({
  intact: z
    .boolean()
    .describe('False when an event shown fails its check, or the last full verification found a break'),
  brokenEvents: z.array(z.number().int()).describe('Ids of the events shown that fail their check'),
  lastVerification: Verification.nullable().describe(
    'The latest run of `verify-audit` over the whole log; null if it never ran',
  ),
});

export const HistoryResponse = outputSchema(
  'History',
  z.object({ items: z.array(HistoryEntry), integrity: HistoryIntegrity }),
);
