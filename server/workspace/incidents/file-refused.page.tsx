import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import { Csrf, type Me, WorkspaceLayout } from '../views/layout.js';

/**
 * A file that was not attached: why, in the reader's language, and the form again with the source
 * they chose (a browser never lets a page refill a file field: the file is chosen again).
 */
export function FileRefusedPage(p: {
  lang: Language;
  me: Me;
  incident: IncidentView;
  reason: string;
  sourceId: string;
}) {
  const { lang, incident } = p;
  const base = `/${lang}/workspace/incidents/${incident.reference}`;
  const title = t(lang, 'ed.fileRefused');
  return (
    <WorkspaceLayout
      lang={lang}
      title={title}
      path={`${base}/files`}
      me={p.me}
      section="incidents"
      notice={{ kind: 'error', text: `${title} ${p.reason}` }}
    >
      <h1>{title}</h1>
      <p class="field-error" id="file-reason">
        {p.reason}
      </p>
      <p class="hint" id="file-types">
        {t(lang, 'ed.fileTypes')}
      </p>
      <form method="post" action={`${base}/files`} enctype="multipart/form-data" class="record">
        <Csrf token={p.me.csrf} />
        <div class="field">
          <label for="sourceId">{t(lang, 'wi.fileSource')}</label>
          <select id="sourceId" name="sourceId">
            <option value="">{t(lang, 'wi.noSource')}</option>
            {incident.sources.map((s) => (
              <option value={s.id} selected={s.id === p.sourceId}>
                {s.title ?? s.url ?? s.publisher ?? t(lang, 'ed.row.source', { n: 1 })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="file">{t(lang, 'wi.file')}</label>
          <input
            id="file"
            name="file"
            type="file"
            required
            aria-invalid="true"
            aria-describedby="file-reason file-types"
          />
        </div>
        <p class="actions">
          <button type="submit">{t(lang, 'wi.attach')}</button> <a href={base}>{t(lang, 'ed.fileBack')}</a>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
