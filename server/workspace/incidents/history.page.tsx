import type { Child } from 'hono/jsx';
import { formatDateTime, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { HistoryIntegrity } from '../../modules/audit/audit.history.js';
import { type Me, type Section, WorkspaceLayout } from '../views/layout.js';
import type { HistoryEntry } from './history.js';
import { whoDid } from './history.say.js';
import { ChainWarning } from './history.warning.js';

const when = (lang: Language, iso: string) => formatDateTime(lang, iso, 'medium');

/** One entry of a history as the page tells it: sentences, and where its version can be read. */
export interface HistoryItem {
  entry: HistoryEntry;
  sentences: string[];
  /** The address of the record as it was after this entry, and that link's words. */
  version: { href: string; label: string } | null;
}

/** Who changed what and when, told as sentences in the reader's language, newest first. */
export function HistoryPage({
  lang,
  me,
  reference,
  items,
  base,
  back,
  section = 'incidents',
  integrity,
}: {
  lang: Language;
  me: Me;
  /** The record's name in the title: a reference, or a person's or outlet's name. */
  reference: string;
  items: HistoryItem[];
  base: string;
  back: string;
  section?: Section;
  /** Whether the audit chain holds for these events; a warning is shown when it does not. */
  integrity?: HistoryIntegrity;
}) {
  const title = t(lang, 'wi.historyOf', { reference });
  return (
    <WorkspaceLayout lang={lang} title={title} path={base} me={me} section={section}>
      <h1>{title}</h1>
      <ChainWarning lang={lang} integrity={integrity} />
      <p>
        <a href={back}>{reference}</a>
      </p>
      <ol class="history" reversed>
        {[...items].reverse().map(({ entry, sentences, version }) => (
          <li data-audit={entry.id} data-action={entry.action}>
            <p class="meta">
              {when(lang, entry.at)} · {t(lang, `audit.action.${entry.action}`)}
              {entry.intact ? null : <strong data-intact="false"> · {t(lang, 'audit.eventBroken')}</strong>}
              {version ? (
                <>
                  {' '}
                  · <a href={version.href}>{version.label}</a>
                </>
              ) : null}
            </p>
            <ul>
              {sentences.map((s) => (
                <li>{s}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </WorkspaceLayout>
  );
}

/** A record as it was after one change: read only, with the way back to its history. */
export function VersionPage({
  lang,
  me,
  title,
  entry,
  base,
  section = 'incidents',
  integrity,
  intro,
  children,
}: {
  lang: Language;
  me: Me;
  title: string;
  entry: HistoryEntry;
  /** The history's address. */
  base: string;
  section?: Section;
  integrity?: HistoryIntegrity;
  /** What the reader should know about what is shown. */
  intro?: string[];
  children?: Child;
}) {
  return (
    <WorkspaceLayout lang={lang} title={title} path={base} me={me} section={section}>
      <h1>{title}</h1>
      <ChainWarning lang={lang} integrity={integrity} />
      <p class="notice" data-version-of={entry.id}>
        {t(lang, 'rv.versionIntro', { time: when(lang, entry.at), who: whoDid(lang, entry.actorName) })}
        {(intro ?? []).map((line) => (
          <>
            <br />
            {line}
          </>
        ))}
      </p>
      <p>
        <a href={base}>{t(lang, 'rv.backToHistory')}</a>
      </p>
      {children}
    </WorkspaceLayout>
  );
}
