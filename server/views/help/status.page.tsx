import { formatDateTime, type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { REPORT_FIELDS, type RequesterThread, type ThreadMessage } from '../../modules/help/help.types.js';
import type { IssuedForm } from '../../modules/help/intake-guard.js';
import type { IntakeLimits } from '../../modules/help/intake-limits.js';
import {
  FilesField,
  Guard,
  HelpFrame,
  type Problem,
  Problems,
  ReceiptFields,
  TextField,
} from './help.parts.js';

/** The code and passphrase form; a refusal (wrong, throttled, busy) is said above it. */
export function StatusPage({ lang, problem, code }: { lang: Language; problem?: MessageKey; code?: string }) {
  const path = `/${lang}/help/status`;
  return (
    <HelpFrame lang={lang} title={t(lang, 'hp.status.title')} path={path}>
      <p class="help-back">
        <a href={`/${lang}/help`}>{t(lang, 'help.title')}</a>
      </p>
      <h1>{t(lang, 'hp.status.title')}</h1>
      {problem ? (
        <p class="notice error" role="alert">
          {t(lang, problem)}
        </p>
      ) : null}
      <p>{t(lang, 'hp.status.lead')}</p>
      <form class="stack help-status" method="post" action={path}>
        <label for="code">{t(lang, 'hp.receipt.code')}</label>
        <input id="code" name="code" inputmode="numeric" autocomplete="off" value={code ?? ''} required />
        <label for="passphrase">{t(lang, 'hp.receipt.passphrase')}</label>
        <input
          id="passphrase"
          name="passphrase"
          type="password"
          inputmode="numeric"
          autocomplete="off"
          required
        />
        <button type="submit">{t(lang, 'hp.status.open')}</button>
      </form>
    </HelpFrame>
  );
}

// The requester never learns a request was marked spam: it reads as closed.
const shownStatus = (status: RequesterThread['status']) => (status === 'spam' ? 'closed' : status);

function MessageText({ lang, message }: { lang: Language; message: ThreadMessage }) {
  const fields = message.body.fields ?? {};
  return (
    <>
      {[...REPORT_FIELDS, 'question' as const].map((name) =>
        fields[name] ? (
          <div class="help-said">
            <h4 class="help-said-label">{t(lang, `hp.field.${name}`)}</h4>
            <p class="pre help-said-text">{fields[name]}</p>
          </div>
        ) : null,
      )}
      {message.body.contact ? (
        <div class="help-said">
          <h4 class="help-said-label">{t(lang, 'hp.field.contact')}</h4>
          <p class="pre help-said-text">{message.body.contact}</p>
        </div>
      ) : null}
      {message.body.text ? <p class="pre">{message.body.text}</p> : null}
    </>
  );
}

function Message(props: { lang: Language; message: ThreadMessage; code: string; passphrase: string }) {
  const { lang, message } = props;
  const mine = message.author === 'requester';
  return (
    <article class={mine ? 'help-message mine' : 'help-message desk'}>
      <h3 class="help-message-head">
        {t(lang, mine ? 'hp.thread.you' : 'hp.thread.desk')}{' '}
        <span class="meta">{formatDateTime(lang, message.at)}</span>
      </h3>
      <MessageText lang={lang} message={message} />
      {message.files.length > 0 ? (
        <ul class="help-files">
          {message.files.map((file) => (
            <li>
              <form method="post" action={`/${lang}/help/status/file`} class="inline">
                <ReceiptFields code={props.code} passphrase={props.passphrase} />
                <input type="hidden" name="file" value={file.id} />
                <button type="submit" class="link">
                  {t(lang, 'hp.thread.download')}: {file.name}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

export interface ThreadProps {
  lang: Language;
  thread: RequesterThread;
  code: string;
  passphrase: string;
  form: IssuedForm;
  limits: IntakeLimits;
  replied?: boolean;
  values?: Record<string, string>;
  problems?: Problem[];
}

/** The requester's thread: their messages and the desk's answers, and a form to write back. */
export function ThreadPage(props: ThreadProps) {
  const { lang, thread } = props;
  const answered = thread.messages.some((m) => m.author !== 'requester');
  return (
    <HelpFrame lang={lang} title={t(lang, 'hp.thread.title')} path={`/${lang}/help/status`} script>
      <h1>{t(lang, 'hp.thread.title')}</h1>
      {props.replied ? (
        <p class="notice" role="status">
          {t(lang, 'hp.thread.replied')}
        </p>
      ) : null}
      <p class="help-thread-facts">
        {t(lang, `hp.thread.kind.${thread.kind}`)}
        {thread.kind === 'question' ? ` · ${t(lang, `hp.category.${thread.category}`)}` : ''} ·{' '}
        {t(lang, 'hp.thread.sent', { date: formatDateTime(lang, thread.createdAt) })}
      </p>
      <p>
        {t(lang, 'hp.thread.state')}:{' '}
        <strong>{t(lang, `hp.thread.status.${shownStatus(thread.status)}`)}</strong>
      </p>
      {thread.messages.map((message) => (
        <Message lang={lang} message={message} code={props.code} passphrase={props.passphrase} />
      ))}
      {answered ? null : <p class="help-waiting">{t(lang, 'hp.thread.noAnswer')}</p>}
      <h2>{t(lang, 'hp.thread.reply')}</h2>
      <Problems lang={lang} problems={props.problems ?? []} />
      <form
        class="help-form"
        method="post"
        action={`/${lang}/help/status/reply`}
        enctype="multipart/form-data"
        accept-charset="utf-8"
      >
        <Guard lang={lang} token={props.form.token} challenge={props.form.challenge} />
        <ReceiptFields code={props.code} passphrase={props.passphrase} />
        <TextField
          lang={lang}
          name="text"
          label="hp.thread.replyText"
          value={props.values?.text}
          rows={6}
          required
        />
        <FilesField lang={lang} maxFiles={props.limits.maxFiles} maxBytes={props.limits.maxFileBytes} />
        <button type="submit" class="help-send">
          {t(lang, 'hp.thread.replySend')}
        </button>
      </form>
      <p>{t(lang, 'hp.thread.leave')}</p>
    </HelpFrame>
  );
}
