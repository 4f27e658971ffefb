import { t } from '../../../../shared/i18n/index.js';
import type { Language } from '../../../../shared/languages.js';
import { HELP_CATEGORIES, HELP_STATUSES } from '../../../db/schema.help.js';
import type { HelpListFilter, HelpRequestSummary } from '../../../modules/help/help.types.js';
import { type Me, type Notice, WorkspaceLayout } from '../../views/layout.js';
import { ageOf, helpPath, requestTitle } from '../help.words.js';

function Choice({
  name,
  label,
  value,
  options,
  all,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
  all: string;
}) {
  return (
    <div>
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option value={v} selected={v === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters({ lang, filter }: { lang: Language; filter: HelpListFilter }) {
  const all = t(lang, 'hd.all');
  return (
    <form method="get" action={helpPath(lang)} class="compact">
      <Choice
        name="status"
        label={t(lang, 'hd.status')}
        value={filter.status}
        all={all}
        options={HELP_STATUSES.map((s) => [s, t(lang, `hd.status.${s}`)])}
      />
      <Choice
        name="category"
        label={t(lang, 'hd.category')}
        value={filter.category}
        all={all}
        options={HELP_CATEGORIES.map((s) => [s, t(lang, `hd.category.${s}`)])}
      />
      <Choice
        name="lane"
        label={t(lang, 'hd.lane')}
        value={filter.lane}
        all={all}
        options={(['trusted', 'moderated'] as const).map((s) => [s, t(lang, `hd.lane.${s}`)])}
      />
      <Choice
        name="assigned"
        label={t(lang, 'hd.assigned')}
        value={filter.assigned}
        all={all}
        options={(['me', 'none'] as const).map((s) => [s, t(lang, `hd.assigned.${s}`)])}
      />
      <button type="submit">{t(lang, 'hd.apply')}</button>
    </form>
  );
}

/** A request waits for the desk while it is new or in progress (a reply from the requester reopens it). */
export const waiting = (r: HelpRequestSummary) => r.status === 'new' || r.status === 'in_progress';

/** One request in the list: what it is, how long it has waited, who holds it; never its content. */
function Row({ lang, r, now }: { lang: Language; r: HelpRequestSummary; now: Date }) {
  return (
    <li class={`desk-row lane-${r.lane}`}>
      <a href={helpPath(lang, `/${r.id}`)}>{requestTitle(lang, r.createdAt)}</a>
      <span class="meta">
        {' '}
        · {t(lang, `hd.kind.${r.kind}`)} · {t(lang, `hd.category.${r.category}`)}
      </span>
      <p class="meta">
        <span class={`tag desk-status-${r.status}`}>{t(lang, `hd.status.${r.status}`)}</span>{' '}
        {waiting(r) ? (
          <>
            {t(lang, 'hd.waitingFor')}: <strong>{ageOf(lang, r.lastRequesterAt, now)}</strong>
          </>
        ) : (
          t(lang, 'hd.ageAgo', { age: ageOf(lang, r.lastStaffAt ?? r.lastRequesterAt, now) })
        )}{' '}
        · {t(lang, 'hd.assignedTo')}: {r.assignedTo?.displayName ?? t(lang, 'hd.nobody')}
      </p>
      {r.lane === 'moderated' ? <p class="meta desk-lane">{t(lang, 'hd.lane.moderated')}</p> : null}
    </li>
  );
}

/** The queue: requests the reader may see, filtered by status, subject, lane and who holds them. */
export function QueuePage(props: {
  lang: Language;
  me: Me;
  filter: HelpListFilter;
  items: HelpRequestSummary[];
  query: string;
  /** Administrators: a way to the desk key page. */
  mayKeys: boolean;
  notice?: Notice;
}) {
  const { lang, me, filter, items } = props;
  const now = new Date();
  return (
    <WorkspaceLayout
      lang={lang}
      title={t(lang, 'hd.queue')}
      path={props.query ? `${helpPath(lang)}?${props.query}` : helpPath(lang)}
      me={me}
      section="help"
      notice={props.notice}
    >
      <h1>{t(lang, 'hd.queue')}</h1>
      {props.mayKeys ? (
        <p>
          <a href={helpPath(lang, '/access')}>{t(lang, 'hd.access')}</a>
        </p>
      ) : null}
      <Filters lang={lang} filter={filter} />
      <p class="meta">{t(lang, 'hd.count', { count: items.length })}</p>
      {items.length === 0 ? (
        <p>{t(lang, 'hd.none')}</p>
      ) : (
        <ul class="desk-queue">
          {items.map((r) => (
            <Row lang={lang} r={r} now={now} />
          ))}
        </ul>
      )}
    </WorkspaceLayout>
  );
}
