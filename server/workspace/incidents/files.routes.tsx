import { type Context, Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { Uuid } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { AppError } from '../../http/errors.js';
import { readParam } from '../../http/validate.js';
import { openVerified } from '../../modules/evidence/blob-store.js';
import { sendFile } from '../../modules/evidence/evidence.routes.js';
import { findOriginal, releaseEvidence, storeEvidence } from '../../modules/evidence/evidence.service.js';
import { readUpload } from '../../modules/evidence/evidence.upload.js';
import { contentDisposition, downloadName } from '../../modules/evidence/file-name.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import { readIncident } from '../../modules/incidents/incident.service.js';
import type { WorkspaceEnv } from '../env.js';
import { form, lang, me, one } from '../forms.js';
import { checkCsrf, requireSession } from '../session.js';
import { FileRefusedPage } from './file-refused.page.js';

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
  const chosen = { name: '', sourceId: '' };
  try {
    await upload(c, incident, chosen);
  } catch (err) {
    const reason = err instanceof AppError ? refusal(lang(c), err, chosen.name) : null;
    if (!reason) throw err;
    // A refused body may still be arriving: close the connection rather than read the rest.
    if ((err as AppError).status === 413) c.header('Connection', 'close');
    return c.html(
      <FileRefusedPage
        lang={lang(c)}
        me={me(c)}
        incident={incident}
        reason={reason}
        sourceId={chosen.sourceId}
      />,
      err instanceof AppError ? err.status : 400,
    );
  }
  return c.redirect(`/${lang(c)}/workspace/incidents/${incident.reference}?done=saved`, 303);
});

/** Why a file was not attached, in the reader's language; null for a refusal of another kind. */
function refusal(l: Language, err: AppError, name: string): string | null {
  if (err.code === 'unsupported_file_type') return t(l, 'ed.reason.fileType', { name: name || '—' });
  if (err.code === 'file_too_large' || err.code === 'payload_too_large')
    return t(l, 'ed.reason.fileTooLarge');
  if (err.code === 'validation_failed' && err.details[0]?.code === 'empty') return t(l, 'ed.fileEmpty');
  return null;
}

/** Reads the upload and stores it; what is known of it before a refusal is kept in `chosen`. */
async function upload(
  c: Context<WorkspaceEnv>,
  incident: IncidentView,
  chosen: { name: string; sourceId: string },
) {
  const store = c.var.files;
  await readUpload(
    c,
    store.maxBytes,
    (part) => {
      checkCsrf(c, c.var.session, part.fields);
      chosen.name = part.name ?? '';
      chosen.sourceId = part.fields.sourceId ?? '';
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
}

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

// Releasing a file to the public, or withdrawing it: the service checks incidents.visibility.
filePages.post(`${W}/files/:id/public`, requireSession(), async (c) => {
  const id = readParam(c.req.param('id'), Uuid, 'id', 'file_not_found');
  const f = await form(c);
  checkCsrf(c, c.var.session, f);
  const file = await releaseEvidence(c.var.db, c.var.actor, id, one(f.public) === 'true');
  return c.redirect(`/${lang(c)}/workspace/incidents/${file.incidentId}?done=saved`, 303);
});
