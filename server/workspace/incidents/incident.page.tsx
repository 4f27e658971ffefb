import { formatDate, formatDateTime, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { CaseView } from '../../modules/cases/case.schema.js';
import type { DuplicateCandidate } from '../../modules/incidents/duplicates.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import type { Verification } from '../../modules/incidents/workflow.service.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from '../views/layout.js';
import { shown as text } from '../views/reference.parts.js';
import type { ReviewLookups } from './review.data.js';
import { IncidentReview } from './review.view.js';
import { ReasonField, WorkflowPanel } from './workflow.panel.js';

export interface IncidentPageData {
  incident: IncidentView;
  /** Moves this person may make from here. */
  moves: Verification[];
  mayEdit: boolean;
  mayMerge: boolean;
  /** May release sources and files to the public (incidents.visibility). */
  mayRelease: boolean;
  assignable: { id: string; name: string }[];
  comments: { authorName: string; body: string; at: string }[];
  duplicates: DuplicateCandidate[];
  mergedInto: string | null;
  /** The help request it was made from, only for readers who work the desk and may see it. */
  helpRequestId?: string | null;
  isPublic: boolean;
  /** For a confidential incident, to those who may grant it: who else may see it. */
  grants: { id: string; accountId: string | null; role: string | null }[] | null;
  files: {
    id: string;
    originalName: string;
    mediaType: string;
    size: number;
    sha256: string;
    sourceId: string | null;
    markedPublic: boolean;
    public: boolean;
  }[];
  /** Names for the codes and ids of the record, read as this person may see them. */
  look: ReviewLookups;
  /** Who was involved and the proceedings; null when the case cannot be loaded. */
  story: CaseView | null;
}

/** One incident in the workspace: the whole record as a reader would see it, with its state and the
 * moves open to this person beside it; its files, what may be a duplicate of it, the conversation. */
export function IncidentPage({
  lang,
  me,
  data,
  notice,
}: {
  lang: Language;
  me: Me;
  data: IncidentPageData;
  notice?: Notice | undefined;
}) {
  const i = data.incident;
  const base = `/${lang}/workspace/incidents/${i.reference}`;
  return (
    <WorkspaceLayout lang={lang} title={i.reference} path={base} me={me} section="incidents" notice={notice}>
      <h1>
        {i.reference}: {text(lang, i.title)}
      </h1>
      {data.mergedInto ? (
        <p class="notice">
          {t(lang, 'wi.mergedInto', { reference: data.mergedInto })}{' '}
          <a href={`/${lang}/workspace/incidents/${data.mergedInto}`}>{data.mergedInto}</a>
        </p>
      ) : null}
      <p class="meta">
        <a class="tag" href="#state">
          {t(lang, `wi.ver.${i.verification}`)}
        </a>{' '}
        · {i.date ? formatDate(lang, i.date.start, i.date.precision) : '—'} ·{' '}
        {t(lang, `wi.vis.${i.visibility}`)}
      </p>
      {data.helpRequestId ? (
        <p class="notice desk-origin">
          {t(lang, 'hd.fromRequest')}{' '}
          <a href={`/${lang}/workspace/help/${data.helpRequestId}`}>{t(lang, 'hd.openRequest')}</a>
        </p>
      ) : null}
      <div class="review-layout">
        <div class="review-main">
          <IncidentReview
            lang={lang}
            doc={{ ...i, victims: i.victims.map((v) => v.personId) }}
            look={data.look}
            story={data.story}
            caseHref={`${base}/case`}
          />
          <section aria-labelledby="files">
            <h2 id="files">{t(lang, 'wi.files')}</h2>
            {data.files.length === 0 ? <p>{t(lang, 'wi.noFiles')}</p> : null}
            <ul class="incidents">
              {data.files.map((f) => (
                <li data-file={f.sha256}>
                  <a href={`/${lang}/workspace/files/${f.id}`}>{f.originalName}</a>
                  <span class="meta">
                    {' '}
                    · {f.mediaType} · {new Intl.NumberFormat(lang).format(Math.ceil(f.size / 1024))} KB ·
                    SHA-256 <code>{f.sha256.slice(0, 16)}…</code>
                    {f.public
                      ? ` · ${t(lang, 'wi.publicCopy')}`
                      : f.markedPublic
                        ? ` · ${t(lang, 'wi.released')}`
                        : ''}
                  </span>
                  {data.mayRelease ? (
                    <form method="post" action={`/${lang}/workspace/files/${f.id}/public`} class="inline">
                      <Csrf token={me.csrf} />
                      <input type="hidden" name="public" value={f.markedPublic ? 'false' : 'true'} />
                      <button type="submit">{t(lang, f.markedPublic ? 'wi.withdraw' : 'wi.release')}</button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
            {data.mayEdit ? (
              <form method="post" action={`${base}/files`} enctype="multipart/form-data" class="stack">
                <Csrf token={me.csrf} />
                <label for="sourceId">{t(lang, 'wi.fileSource')}</label>
                <select id="sourceId" name="sourceId">
                  <option value="">{t(lang, 'wi.noSource')}</option>
                  {i.sources.map((s) => (
                    <option value={s.id}>{s.title ?? s.url ?? s.id}</option>
                  ))}
                </select>
                <label for="file">{t(lang, 'wi.file')}</label>
                <input id="file" name="file" type="file" required />
                <button type="submit">{t(lang, 'wi.attach')}</button>
              </form>
            ) : null}
          </section>
        </div>
        <WorkflowPanel lang={lang} me={me} data={data} base={base} />
      </div>
      <section aria-labelledby="duplicates">
        <h2 id="duplicates">{t(lang, 'wi.duplicates')}</h2>
        {data.duplicates.length === 0 ? <p>{t(lang, 'wi.noDuplicates')}</p> : null}
        <ul class="incidents">
          {data.duplicates.map((d) => (
            <li data-duplicate={d.reference}>
              <a href={`/${lang}/workspace/incidents/${d.reference}`}>{d.reference}</a> {text(lang, d.title)}
              <span class="meta">
                {' '}
                · {d.reasons.map((r) => t(lang, `wi.reason.${r}`)).join(', ')} ·{' '}
                {t(lang, 'wi.similarity', {
                  percent: new Intl.NumberFormat(lang, { style: 'percent' }).format(d.similarity),
                })}
              </span>
              {data.mayMerge ? (
                <form method="post" action={`${base}/merge`} class="stack">
                  <Csrf token={me.csrf} />
                  <input type="hidden" name="into" value={d.id} />
                  <input type="hidden" name="version" value={String(i.version)} />
                  <ReasonField id={`merge-reason-${d.id}`} label={t(lang, 'wi.mergeReason')} />
                  <button type="submit">{t(lang, 'wi.merge', { reference: d.reference })}</button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="comments">
        <h2 id="comments">{t(lang, 'wi.comments')}</h2>
        <ol class="comments">
          {data.comments.map((c) => (
            <li>
              <p class="meta">
                {c.authorName} · {formatDateTime(lang, c.at)}
              </p>
              <p>{c.body}</p>
            </li>
          ))}
        </ol>
        <form method="post" action={`${base}/comments`} class="stack">
          <Csrf token={me.csrf} />
          <label for="comment">{t(lang, 'wi.comment')}</label>
          <textarea id="comment" name="body" rows={3} required />
          <button type="submit">{t(lang, 'wi.addComment')}</button>
        </form>
      </section>
    </WorkspaceLayout>
  );
}
