import { t } from '../../../../shared/i18n/index.js';
import type { Language } from '../../../../shared/languages.js';
import { HELP_CATEGORIES, HELP_STATUSES } from '../../../db/schema.help.js';
import type { HelpRequestDetail } from '../../../modules/help/help.types.js';
import { Csrf } from '../../views/layout.js';
import { helpPath } from '../help.words.js';

interface ActionProps {
  lang: Language;
  csrf: string;
  request: HelpRequestDetail;
}

/** Every change of a request's state carries the version it was read at: a stale one is refused. */
const Versioned = ({ csrf, version }: { csrf: string; version: number }) => (
  <>
    <Csrf token={csrf} />
    <input type="hidden" name="version" value={String(version)} />
  </>
);

/** Assign to oneself in one press, or to anyone who works the queue, or to nobody. */
export function AssignForm(p: ActionProps & { myId: string; workers: { id: string; name: string }[] }) {
  const { lang, request: r } = p;
  const action = helpPath(lang, `/${r.id}/assign`);
  return (
    <div class="desk-action">
      <h3 id="assign">{t(lang, 'hd.assign')}</h3>
      {r.assignedTo?.id !== p.myId ? (
        <form method="post" action={action} class="inline">
          <Versioned csrf={p.csrf} version={r.version} />
          <input type="hidden" name="account" value={p.myId} />
          <button type="submit">{t(lang, 'hd.assignToMe')}</button>
        </form>
      ) : null}
      <form method="post" action={action} class="compact">
        <Versioned csrf={p.csrf} version={r.version} />
        <div>
          <label for="assign-to">{t(lang, 'hd.assignTo')}</label>
          <select id="assign-to" name="account">
            <option value="">{t(lang, 'hd.unassign')}</option>
            {p.workers.map((w) => (
              <option value={w.id} selected={w.id === r.assignedTo?.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t(lang, 'hd.save')}</button>
      </form>
    </div>
  );
}

export function StatusForm(p: ActionProps) {
  const { lang, request: r } = p;
  return (
    <form method="post" action={helpPath(lang, `/${r.id}/status`)} class="compact desk-action">
      <Versioned csrf={p.csrf} version={r.version} />
      <div>
        <label for="help-status">{t(lang, 'hd.moveTo')}</label>
        <select id="help-status" name="status">
          {HELP_STATUSES.map((s) => (
            <option value={s} selected={s === r.status}>
              {t(lang, `hd.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t(lang, 'hd.save')}</button>
    </form>
  );
}

export function CategoryForm(p: ActionProps) {
  const { lang, request: r } = p;
  return (
    <form method="post" action={helpPath(lang, `/${r.id}/category`)} class="compact desk-action">
      <Versioned csrf={p.csrf} version={r.version} />
      <div>
        <label for="help-category">{t(lang, 'hd.setCategory')}</label>
        <select id="help-category" name="category">
          {HELP_CATEGORIES.map((s) => (
            <option value={s} selected={s === r.category}>
              {t(lang, `hd.category.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t(lang, 'hd.save')}</button>
    </form>
  );
}

/** A text form: an internal note, or an answer the requester reads with the receipt (files allowed). */
export function WriteForm(p: ActionProps & { kind: 'note' | 'answer'; typed?: string }) {
  const { lang, request: r, kind } = p;
  const id = `help-${kind}`;
  return (
    <form
      method="post"
      action={helpPath(lang, `/${r.id}/${kind === 'note' ? 'notes' : 'answer'}`)}
      class={`record desk-write desk-${kind}`}
      enctype={kind === 'answer' ? 'multipart/form-data' : undefined}
    >
      <Csrf token={p.csrf} />
      <h3>{t(lang, kind === 'note' ? 'hd.noteTitle' : 'hd.answerTitle')}</h3>
      <div class="field">
        <label for={id}>{t(lang, 'hd.text')}</label>
        <textarea id={id} name="text" rows={kind === 'note' ? 3 : 6} required aria-describedby={`${id}-hint`}>
          {p.typed ?? ''}
        </textarea>
        <p class="hint" id={`${id}-hint`}>
          {t(lang, kind === 'note' ? 'hd.noteHint' : 'hd.answerHint')}
        </p>
      </div>
      {kind === 'answer' ? (
        <div class="field">
          <label for="answer-files">{t(lang, 'hd.answerFiles')}</label>
          <input id="answer-files" type="file" name="files" multiple />
        </div>
      ) : null}
      <p class="actions">
        <button type="submit">{t(lang, kind === 'note' ? 'hd.addNote' : 'hd.sendAnswer')}</button>
      </p>
    </form>
  );
}

/** "Turn into a draft incident": a POST, so nothing of the report ever travels in an address. */
export function DraftForm(p: ActionProps) {
  const { lang, request: r } = p;
  return (
    <form method="post" action={helpPath(lang, `/${r.id}/draft`)} class="desk-action">
      <Csrf token={p.csrf} />
      <h3>{t(lang, 'hd.draft')}</h3>
      <p class="hint">{t(lang, 'hd.draftHint')}</p>
      <button type="submit">{t(lang, 'hd.makeDraft')}</button>
    </form>
  );
}
