import { type Context, Hono } from 'hono';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { AppError } from '../../http/errors.js';
import { readParam } from '../../http/validate.js';
import { openVerified } from '../../modules/evidence/blob-store.js';
import { sendFile } from '../../modules/evidence/evidence.routes.js';
import { findOriginal, storeEvidence } from '../../modules/evidence/evidence.service.js';
import { readUpload } from '../../modules/evidence/evidence.upload.js';
import { contentDisposition, downloadName } from '../../modules/evidence/file-name.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import { readIncident } from '../../modules/incidents/incident.service.js';
import type { WorkspaceEnv } from '../env.js';
import { lang } from '../forms.js';
import { checkCsrf, requireSession } from '../session.js';

/** Evidence files from the workspace: attached to an incident (and a source), read back by those allowed. */
export const filePages = new Hono<WorkspaceEnv>();

const W = '/:lang{kk|ru|en}/workspace';
// The CSRF token and the source come before the file, so both are checked before a byte is kept.
const UPLOAD_FIELDS: ReadonlySet<string> = new Set(['_csrf', 'sourceId']);

filePages.post(`${W}/incidents/:reference/files`, requireSession(), async (c) => {
  const incident = (await readIncident(
    c.var.db,
    c.var.actor,
    c.req.param('reference'),
    c.var.stalledAfterDays,
  )) as IncidentView;
  const store = c.var.files;
  await readUpload(
    c,
    store.maxBytes,
    (part) => {
      checkCsrf(c, c.var.session, part.fields);
      return storeEvidence(
        c.var.db,
        c.var.actor,
        incident.id,
        {
          content: part.content,
          name: part.name,
          claimedType: part.type,
          sourceId: part.fields.sourceId || null,
        },
        store,
      );
    },
    UPLOAD_FIELDS,
  );
  return c.redirect(`/${lang(c)}/workspace/incidents/${incident.reference}?done=saved`, 303);
});

filePages.get(`${W}/files/:id`, requireSession(), async (c) => {
  const id = readParam(c.req.param('id'), Uuid, 'id', 'file_not_found');
  const { file } = await findOriginal(c.var.db, c.var.actor, id);
  if (!file) throw new AppError('file_not_found', 'No such file');
  const stream = await openVerified(c.var.files, file.sha256);
  return sendFile(c as unknown as Context<AppEnv>, stream, file, {
    'content-disposition': contentDisposition('attachment', downloadName(file.originalName, file.mediaType)),
    'cache-control': 'private, no-store',
    'cross-origin-resource-policy': 'same-origin',
  });
});
