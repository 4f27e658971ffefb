import { Hono } from 'hono';
import { z } from 'zod';
import { requireInternal } from '../../http/auth.js';
import { Uuid, Version } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { describeRoute, inputSchema, outputSchema } from '../../http/openapi.js';
import { readJson } from '../../http/validate.js';
import { findDuplicates } from './duplicates.js';
import { Incident, Verification } from './incident.schema.js';
import { addComment, assignIncident, listComments, mergeIncident, moveIncident } from './workflow.service.js';

/** The verification workflow: moving an incident along, assigning it, discussing it, merging duplicates. */
export const workflowRoutes = new Hono<AppEnv>();

const idParam = { id: 'Incident id or reference' };

const MoveInput = inputSchema(
  'VerificationMove',
  z.strictObject({
    to: Verification.exclude(['merged']).describe('reported → verifying → verified → published, or rejected'),
    version: Version,
  }),
);
const AssignmentInput = inputSchema('Assignment', z.strictObject({ accountId: Uuid.nullable() }));
const Assignment = outputSchema('AssignmentResult', z.object({ assignedTo: Uuid.nullable() }));
/** A comment on an incident, as the API and the workspace take it. */
export const CommentInput = inputSchema(
  'CommentInput',
  z.strictObject({ body: z.string().trim().min(1).max(10000) }),
);
const CommentList = outputSchema(
  'CommentList',
  z.object({
    items: z.array(
      z.object({ id: Uuid, author: z.string(), authorName: z.string(), body: z.string(), at: z.string() }),
    ),
  }),
);
const MergeInput = inputSchema(
  'MergeInput',
  z.strictObject({
    into: Uuid.describe('The incident this one repeats'),
    version: Version.describe('The version of this incident you read'),
  }),
);
const DuplicateList = outputSchema(
  'DuplicateCandidates',
  z.object({
    items: z.array(
      z.object({
        id: Uuid,
        reference: z.string(),
        title: z.record(z.string(), z.string()),
        dateStart: z.string().nullable(),
        verification: z.string(),
        reasons: z.array(z.enum(['same_victim', 'same_outlet', 'similar_text'])),
        similarity: z.number(),
      }),
    ),
  }),
);

describeRoute({
  method: 'post',
  path: '/incidents/{id}/verification',
  tag: 'workflow',
  access: 'internal',
  summary: 'Move the incident along the workflow; publishing also makes it public',
  params: idParam,
  body: MoveInput,
  response: { status: 200, description: 'The incident', schema: Incident },
  errors: [404, 409],
});
workflowRoutes.post('/:id/verification', async (c) => {
  requireInternal(c.var.actor);
  const { to, version } = await readJson(c, MoveInput);
  return c.json(await moveIncident(c.var.db, c.var.actor, c.req.param('id'), to, version));
});

describeRoute({
  method: 'put',
  path: '/incidents/{id}/assignment',
  tag: 'workflow',
  access: 'internal',
  summary: 'Give the incident to a person to work on (null takes it back)',
  params: idParam,
  body: AssignmentInput,
  response: { status: 200, description: 'Who has it now', schema: Assignment },
  errors: [404],
});
workflowRoutes.put('/:id/assignment', async (c) => {
  requireInternal(c.var.actor);
  const { accountId } = await readJson(c, AssignmentInput);
  return c.json(await assignIncident(c.var.db, c.var.actor, c.req.param('id'), accountId));
});

describeRoute({
  method: 'get',
  path: '/incidents/{id}/comments',
  tag: 'workflow',
  access: 'internal',
  summary: 'Internal comments on the incident, oldest first',
  params: idParam,
  response: { status: 200, description: 'Comments', schema: CommentList },
  errors: [404],
});
workflowRoutes.get('/:id/comments', async (c) =>
  c.json({ items: await listComments(c.var.db, c.var.actor, c.req.param('id')) }),
);

describeRoute({
  method: 'post',
  path: '/incidents/{id}/comments',
  tag: 'workflow',
  access: 'internal',
  summary: 'Add an internal comment (anyone who may read the incident)',
  params: idParam,
  body: CommentInput,
  response: { status: 201, description: 'Comments', schema: CommentList },
  errors: [404],
});
workflowRoutes.post('/:id/comments', async (c) => {
  requireInternal(c.var.actor);
  const { body } = await readJson(c, CommentInput);
  return c.json({ items: await addComment(c.var.db, c.var.actor, c.req.param('id'), body) }, 201);
});

describeRoute({
  method: 'get',
  path: '/incidents/{id}/duplicates',
  tag: 'workflow',
  access: 'internal',
  summary: 'Incidents that may report the same event: same victim or outlet within days, or similar text',
  params: idParam,
  response: { status: 200, description: 'Candidates, likeliest first', schema: DuplicateList },
  errors: [404],
});
workflowRoutes.get('/:id/duplicates', async (c) =>
  c.json({ items: await findDuplicates(c.var.db, c.var.actor, c.req.param('id')) }),
);

describeRoute({
  method: 'post',
  path: '/incidents/{id}/merge',
  tag: 'workflow',
  access: 'internal',
  summary:
    'Merge this duplicate into the incident it repeats: links and sources move, its reference leads there',
  params: idParam,
  body: MergeInput,
  response: { status: 200, description: 'The incident merged into', schema: Incident },
  errors: [404, 409],
});
workflowRoutes.post('/:id/merge', async (c) => {
  requireInternal(c.var.actor);
  const { into, version } = await readJson(c, MergeInput);
  return c.json(await mergeIncident(c.var.db, c.var.actor, c.req.param('id'), into, version));
});
