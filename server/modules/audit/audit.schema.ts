import { z } from 'zod';
import { outputSchema } from '../../http/openapi.js';

export const HistoryEntry = outputSchema(
  'HistoryEntry',
  z.object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string().describe('The account id, or system:<name> for the loader and the command line'),
    actorName: z.string().describe("The account's display name, or the system name"),
    actorUsername: z.string().nullable(),
    action: z.enum(['create', 'update', 'delete']),
    entity: z.string().describe('What changed: the record itself, or its case (involvements, proceedings)'),
    changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
  }),
);

export const HistoryResponse = outputSchema('History', z.object({ items: z.array(HistoryEntry) }));
