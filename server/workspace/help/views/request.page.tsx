import { t } from '../../../../shared/i18n/index.js';
import type { Language } from '../../../../shared/languages.js';
import type { HelpRequestDetail } from '../../../modules/help/help.types.js';
import { type Me, type Notice, WorkspaceLayout } from '../../views/layout.js';
import { helpPath, momentOf, requestTitle } from '../help.words.js';
import { AssignForm, CategoryForm, DraftForm, StatusForm, WriteForm } from './request.actions.js';
import { Thread } from './request.thread.js';

export interface RequestPageData {
  request: HelpRequestDetail;
  myId: string;
  workers: { id: string; name: string }[];
  /** The incident made from the request, when the reader may see it. */
  incidentReference: string | null;
  mayDraft: boolean;
  /** An administrator, who can unlock the desk with the recovery key. */
  mayKeys: boolean;
  typed?: { note?: string; answer?: string };
}

/** What is known without the desk key: kind, subject, lane, dates, who holds it. */
function Metadata({ lang, d }: { lang: Language; d: RequestPageData }) {
  const r = d.request;
  const now = new Date();
  return (
    <dl class="desk-meta">
      <dt>{t(lang, 'hd.status')}</dt>
      <dd>
        <span class={`tag desk-status-${r.status}`}>{t(lang, `hd.status.${r.status}`)}</span>
      </dd>
      <dt>{t(lang, 'hd.category')}</dt>
      <dd>
        {t(lang, `hd.kind.${r.kind}`)} · {t(lang, `hd.category.${r.category}`)}
      </dd>
      <dt>{t(lang, 'hd.lane')}</dt>
      <dd class={`lane-${r.lane}`}>{t(lang, `hd.lane.${r.lane}`)}</dd>
      <dt>{t(lang, 'hd.language')}</dt>
      <dd>{t(lang, `ref.lang.${r.language}`)}</dd>
      <dt>{t(lang, 'hd.received')}</dt>
      <dd>{momentOf(lang, r.createdAt, now)}</dd>
      <dt>{t(lang, 'hd.lastFromRequester')}</dt>
      <dd>{momentOf(lang, r.lastRequesterAt, now)}</dd>
      <dt>{t(lang, 'hd.lastFromDesk')}</dt>
      <dd>{r.lastStaffAt ? momentOf(lang, r.lastStaffAt, now) : t(lang, 'hd.neverAnswered')}</dd>
      <dt>{t(lang, 'hd.assignedTo')}</dt>
      <dd>{r.assignedTo?.displayName ?? t(lang, 'hd.nobody')}</dd>
      {d.incidentReference ? (
        <>
          <dt>{t(lang, 'hd.incidentMade')}</dt>
          <dd>
            <a href={`/${lang}/workspace/incidents/${d.incidentReference}`}>{d.incidentReference}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** Without the desk key: why the conversation is locked and how to get access. */
function Locked({ lang, mayKeys }: { lang: Language; mayKeys: boolean }) {
  return (
    <section class="notice desk-locked" aria-labelledby="locked">
      <h2 id="locked">{t(lang, 'hd.noKey')}</h2>
      <p>{t(lang, 'hd.noKeyHow')}</p>
      {mayKeys ? (
        <p>
          {t(lang, 'hd.noKeyAdmin')} <a href={helpPath(lang, '/access')}>{t(lang, 'hd.goToAccess')}</a>
        </p>
      ) : null}
    </section>
  );
}

/** One help request: its metadata, the conversation (with the desk key), and the work on it. */
export function RequestPage({
  lang,
  me,
  data,
  notice,
}: {
  lang: Language;
  me: Me;
  data: RequestPageData;
  notice?: Notice | undefined;
}) {
  const r = data.request;
  const title = requestTitle(lang, r.createdAt);
  const p = { lang, csrf: me.csrf, request: r };
  return (
    <WorkspaceLayout
      lang={lang}
      title={title}
      path={helpPath(lang, `/${r.id}`)}
      me={me}
      section="help"
      notice={notice}
    >
      <p class="meta">
        <a href={helpPath(lang)}>{t(lang, 'hd.queue')}</a>
      </p>
      <h1>{title}</h1>
      <Metadata lang={lang} d={data} />
      {r.messages ? (
        <Thread lang={lang} requestId={r.id} messages={r.messages} />
      ) : (
        <Locked lang={lang} mayKeys={data.mayKeys} />
      )}
      <section aria-labelledby="work" class="desk-work">
        <h2 id="work">{t(lang, 'hd.work')}</h2>
        <AssignForm {...p} myId={data.myId} workers={data.workers} />
        <StatusForm {...p} />
        <CategoryForm {...p} />
        {r.messages ? (
          <>
            <WriteForm {...p} kind="answer" typed={data.typed?.answer} />
            <WriteForm {...p} kind="note" typed={data.typed?.note} />
            {data.mayDraft ? <DraftForm {...p} /> : null}
          </>
        ) : null}
      </section>
    </WorkspaceLayout>
  );
}
