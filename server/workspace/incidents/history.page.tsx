import { formatDateTime, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { HistoryIntegrity } from '../../modules/audit/audit.history.js';
import { type Me, type Section, WorkspaceLayout } from '../views/layout.js';
import { flatten, type HistoryEntry } from './history.js';
import { ChainWarning } from './history.warning.js';

const when = (lang: Language, iso: string) => formatDateTime(lang, iso, 'medium');
const show = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

/** Who changed what and when, change by change; or the incident as it was after one change. */
export function HistoryPage({
  lang,
  me,
  reference,
  entries,
  version,
  base = `/${lang}/workspace/incidents/${reference}/history`,
  back = `/${lang}/workspace/incidents/${reference}`,
  entity = 'incident',
  section = 'incidents',
  integrity,
}: {
  lang: Language;
  me: Me;
  /** The record's name in the title: a reference, or a person's or outlet's name. */
  reference: string;
  entries: HistoryEntry[];
  version: { entry: HistoryEntry; document: Record<string, unknown> } | null;
  base?: string;
  back?: string;
  /** The audit entity whose changes rebuild a version. */
  entity?: string;
  section?: Section;
  /** Whether the audit chain holds for these events; a warning is shown when it does not. */
  integrity?: HistoryIntegrity;
}) {
  if (version) {
    const title = t(lang, 'wi.versionAt', { reference, time: when(lang, version.entry.at) });
    return (
      <WorkspaceLayout
        lang={lang}
        title={title}
        path={`${base}?at=${version.entry.id}`}
        me={me}
        section={section}
      >
        <h1>{title}</h1>
        <ChainWarning lang={lang} integrity={integrity} />
        <p>
          <a href={base}>{t(lang, 'wi.historyOf', { reference })}</a>
        </p>
        <table class="version">
          <tbody>
            {flatten(version.document).map(([path, value]) => (
              <tr>
                <th scope="row">
                  <code>{path}</code>
                </th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </WorkspaceLayout>
    );
  }
  const title = t(lang, 'wi.historyOf', { reference });
  return (
    <WorkspaceLayout lang={lang} title={title} path={base} me={me} section={section}>
      <h1>{title}</h1>
      <ChainWarning lang={lang} integrity={integrity} />
      <p>
        <a href={back}>{reference}</a>
      </p>
      <ol class="history" reversed>
        {[...entries].reverse().map((entry) => (
          <li data-audit={entry.id} data-action={entry.action}>
            <p>
              <strong>{entry.actorName}</strong> · {when(lang, entry.at)} ·{' '}
              {t(lang, `audit.action.${entry.action}`)}
              {entry.intact ? null : <strong data-intact="false"> · {t(lang, 'audit.eventBroken')}</strong>}
              {entry.entity === entity ? (
                <>
                  {' '}
                  · <a href={`${base}?at=${entry.id}`}>{t(lang, 'wi.viewVersion')}</a>
                </>
              ) : null}
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'wi.field')}</th>
                  <th scope="col">{t(lang, 'wi.before')}</th>
                  <th scope="col">{t(lang, 'wi.after')}</th>
                </tr>
              </thead>
              <tbody>
                {entry.changes
                  .filter((c) => c.path !== '')
                  .map((c) => (
                    <tr>
                      <th scope="row">
                        <code>{c.path}</code>
                      </th>
                      <td>{show(c.before)}</td>
                      <td>{show(c.after)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </li>
        ))}
      </ol>
    </WorkspaceLayout>
  );
}
