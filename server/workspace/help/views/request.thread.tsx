import { t } from '../../../../shared/i18n/index.js';
import type { Language } from '../../../../shared/languages.js';
import type { FileInfo, ThreadMessage } from '../../../modules/help/help.types.js';
import { authorLabel, BODY_FIELDS, helpPath, momentOf } from '../help.words.js';

const sizeOf = (lang: Language, bytes: number) =>
  new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : lang, {
    style: 'unit',
    unit: bytes < 1024 * 1024 ? 'kilobyte' : 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes < 1024 * 1024 ? bytes / 1024 : bytes / (1024 * 1024));

/** A message's files, each downloaded through the staff route (always as an attachment). */
function Files({ lang, requestId, files }: { lang: Language; requestId: string; files: FileInfo[] }) {
  if (files.length === 0) return null;
  return (
    <div class="desk-files">
      <p class="meta">{t(lang, 'hd.files')}</p>
      <ul>
        {files.map((f) => (
          <li>
            <a href={helpPath(lang, `/${requestId}/files/${f.id}`)} download={f.name}>
              {f.name}
            </a>{' '}
            <span class="meta">
              ({f.mediaType}, {sizeOf(lang, f.size)})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The first message's fields (a report's what, when, where…, or the question) and the contact. */
function Body({ lang, m }: { lang: Language; m: ThreadMessage }) {
  const fields = m.body.fields ?? {};
  const filled = BODY_FIELDS.filter((k) => fields[k]?.trim());
  return (
    <>
      {filled.length ? (
        <dl class="desk-fields">
          {filled.map((k) => (
            <>
              <dt>{t(lang, `hd.field.${k}`)}</dt>
              <dd class="desk-text">{fields[k]}</dd>
            </>
          ))}
        </dl>
      ) : null}
      {m.body.text ? <p class="desk-text">{m.body.text}</p> : null}
      {m.author === 'requester' && 'contact' in m.body ? (
        m.body.contact ? (
          <p>
            <strong>{t(lang, 'hd.contact')}:</strong> <span class="desk-text">{m.body.contact}</span>
          </p>
        ) : filled.length ? (
          <p class="meta">{t(lang, 'hd.noContact')}</p>
        ) : null
      ) : null}
    </>
  );
}

/** The conversation, oldest first; internal notes are marked so no one mistakes them for an answer. */
export function Thread({
  lang,
  requestId,
  messages,
}: {
  lang: Language;
  requestId: string;
  messages: ThreadMessage[];
}) {
  const now = new Date();
  return (
    <section aria-labelledby="thread">
      <h2 id="thread">{t(lang, 'hd.thread')}</h2>
      <p class="meta">{t(lang, 'hd.fileWarning')}</p>
      <ol class="desk-thread">
        {messages.map((m) => (
          <li class={`desk-message from-${m.author}`} id={`m-${m.id}`}>
            <p class="desk-author">
              <strong>{authorLabel(lang, m.author)}</strong>
              {m.staffName ? <span class="meta"> · {t(lang, 'hd.by', { name: m.staffName })}</span> : null}
              <span class="meta"> · {momentOf(lang, m.at, now)}</span>
            </p>
            <Body lang={lang} m={m} />
            <Files lang={lang} requestId={requestId} files={m.files} />
          </li>
        ))}
      </ol>
    </section>
  );
}
