import { Readable } from 'node:stream';
import { type Context, Hono } from 'hono';
import { requireInternal } from '../../http/auth.js';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { describeRoute } from '../../http/openapi.js';
import { readParam } from '../../http/validate.js';
import { openVerified } from './blob-store.js';
import { EvidenceFile, EvidenceList, EvidenceUpload, PublicEvidenceList } from './evidence.schema.js';
import * as service from './evidence.service.js';
import { readUpload } from './evidence.upload.js';
import { contentDisposition, downloadName } from './file-name.js';
import { IMAGE_TYPES, MEDIA_TYPES, type MediaType } from './media-type.js';

/** Evidence files: uploaded to an incident, read by those who may see it, public only as the rule allows. */
export const evidenceRoutes = new Hono<AppEnv>();

/** The upload routes (API and workspace), which have their own body limit instead of the 1 MiB of every other. */
export const isUploadRequest = (method: string, path: string): boolean =>
  method === 'POST' &&
  /^\/api\/v1\/incidents\/[^/]+\/files\/?$|^\/(kk|ru|en)\/workspace\/incidents\/[^/]+\/files\/?$/.test(path);

describeRoute({
  method: 'post',
  path: '/incidents/{id}/files',
  tag: 'evidence',
  access: 'internal',
  summary:
    'Upload an evidence file (multipart/form-data: optional sourceId first, then file). The type is told from the bytes; the SHA-256 is computed while receiving',
  params: { id: 'Incident id' },
  form: EvidenceUpload,
  response: { status: 201, description: 'The stored file', schema: EvidenceFile },
  errors: [404],
  errorText: {
    413: 'file_too_large: the file is over the upload limit (QORGAU_MAX_UPLOAD_MB)',
    415: 'unsupported_file_type: the bytes are not an accepted kind of file; unsupported_media_type: not multipart/form-data',
  },
});
evidenceRoutes.post('/incidents/:id/files', async (c) => {
  requireInternal(c.var.actor);
  const store = c.var.files;
  const file = await readUpload(c, store.maxBytes, (part) =>
    service.storeEvidence(
      c.var.db,
      c.var.actor,
      c.req.param('id'),
      {
        content: part.content,
        name: part.name,
        claimedType: part.type,
        sourceId: part.fields.sourceId ?? null,
      },
      store,
    ),
  );
  c.header('Location', file.url);
  return c.json(file, 201);
});

describeRoute({
  method: 'get',
  path: '/incidents/{id}/files',
  tag: 'evidence',
  access: 'public',
  summary:
    "An incident's files. Without a token: only files of its public sources, and only if the incident is public",
  params: { id: 'Incident id or reference' },
  response: {
    status: 200,
    description: 'Oldest first',
    schema: EvidenceList,
    publicSchema: PublicEvidenceList,
  },
  errors: [404],
});
evidenceRoutes.get('/incidents/:id/files', async (c) =>
  c.json(await service.listEvidence(c.var.db, c.var.actor, c.req.param('id'))),
);

const ALL_TYPES = Object.keys(MEDIA_TYPES);

export function sendFile(
  c: Context<AppEnv>,
  stream: NodeJS.ReadableStream,
  file: { sha256: string; size: number; mediaType: MediaType },
  headers: Record<string, string>,
): Response {
  const digest = Buffer.from(file.sha256, 'hex').toString('base64');
  const type = file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType;
  return c.body(Readable.toWeb(stream as Readable) as ReadableStream, 200, {
    'content-type': type,
    'content-length': String(file.size),
    etag: `"${file.sha256}"`,
    digest: `sha-256=${digest}`,
    'repr-digest': `sha-256=:${digest}:`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'; img-src 'self'; media-src 'self'",
    'referrer-policy': 'no-referrer',
    ...headers,
  });
}

describeRoute({
  method: 'get',
  path: '/files/{id}',
  tag: 'evidence',
  access: 'internal',
  summary:
    'The file exactly as uploaded, as an attachment, checked against its SHA-256 before it is sent (ETag and Repr-Digest carry it). Never cached',
  params: { id: 'File id' },
  response: { status: 200, description: 'The original bytes', binary: ALL_TYPES },
  errors: [404],
});
evidenceRoutes.get('/files/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'file_not_found');
  const { file } = await service.findOriginal(c.var.db, c.var.actor, id);
  const stream = await openVerified(c.var.files, file.sha256);
  return sendFile(c, stream, file, {
    'content-disposition': contentDisposition('attachment', downloadName(file.originalName, file.mediaType)),
    'cache-control': 'private, no-store',
    'cross-origin-resource-policy': 'same-origin',
  });
});

describeRoute({
  method: 'get',
  path: '/files/{id}/public',
  tag: 'evidence',
  access: 'public',
  summary:
    'A public file: for an image, the copy without Exif, GPS, XMP, IPTC or comments; other kinds as uploaded. 404 for any file that is not public now',
  params: { id: 'File id' },
  response: { status: 200, description: 'The public bytes', binary: ALL_TYPES },
  errors: [404],
});
evidenceRoutes.get('/files/:id/public', async (c) => {
  const id = readParam(c.req.param('id'), Uuid, 'id', 'file_not_found');
  const { file } = await service.findPublic(c.var.db, id);
  // Revalidated on every use, so a file that stops being public stops being served at once.
  const cache = { etag: `"${file.sha256}"`, 'cache-control': 'public, no-cache' };
  if (c.req.header('if-none-match') === cache.etag) return c.body(null, 304, cache);
  const stream = await openVerified(c.var.files, file.sha256);
  const image = IMAGE_TYPES.includes(file.mediaType);
  const name = downloadName(`evidence-${file.id.slice(0, 8)}`, file.mediaType);
  return sendFile(c, stream, file, {
    'content-disposition': contentDisposition(image ? 'inline' : 'attachment', name),
    'cross-origin-resource-policy': 'cross-origin',
    ...cache,
  });
});

describeRoute({
  method: 'delete',
  path: '/files/{id}',
  tag: 'evidence',
  access: 'internal',
  summary: 'Remove a file from its incident; the stored bytes go too unless another file has the same ones',
  params: { id: 'File id' },
  response: { status: 204, description: 'Removed' },
  errors: [404],
});
evidenceRoutes.delete('/files/:id', async (c) => {
  requireInternal(c.var.actor);
  const id = readParam(c.req.param('id'), Uuid, 'id', 'file_not_found');
  await service.deleteEvidence(c.var.db, c.var.actor, id, c.var.files);
  return c.body(null, 204);
});
