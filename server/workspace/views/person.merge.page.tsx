import { t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { PersonView } from '../../modules/people/person.schema.js';
import { Csrf, type Me, type Notice, WorkspaceLayout } from './layout.js';

/** One person the duplicate may repeat: who they are, so the editor picks the right one. */
export interface MergeCandidate {
  id: string;
  name: string;
  names: LocalizedText;
  roles: string[];
  consentToName: boolean;
  incidents: number;
}

/**
 * Merges a duplicate into the person they repeat: a search (plain GET), then one form with the
 * people found as choices and the reason. What was typed comes back when the merge is refused.
 */
export function PersonMergePage(props: {
  lang: Language;
  me: Me;
  person: PersonView;
  q: string;
  candidates: MergeCandidate[] | null;
  chosen: string;
  reason: string;
  roleLabels: Map<string, string>;
  notice?: Notice | undefined;
}) {
  const { lang, me, person, q, candidates, chosen, reason, roleLabels, notice } = props;
  const base = `/${lang}/workspace/people/${person.id}`;
  const title = t(lang, 'pp.mergeTitle', { name: person.name });
  const others = (c: MergeCandidate) =>
    [...new Set(Object.values(c.names))].filter((n) => n && n !== c.name).join(' · ');
  return (
    <WorkspaceLayout
      lang={lang}
      title={title}
      path={`${base}/merge`}
      me={me}
      section="people"
      notice={notice}
    >
      <h1>{title}</h1>
      <p>{t(lang, 'pp.mergeIntro', { name: person.name })}</p>
      <p class="meta">{t(lang, 'pp.mergeConsent')}</p>
      <form method="get" action={`${base}/merge`} class="compact">
        <div>
          <label for="q">{t(lang, 'pp.mergeSearch')}</label>
          <input id="q" name="q" type="search" value={q} />
        </div>
        <button type="submit">{t(lang, 'ref.search')}</button>
      </form>
      {candidates === null ? <p>{t(lang, 'pp.mergeNone')}</p> : null}
      {candidates?.length === 0 ? <p>{t(lang, 'ws.nothing')}</p> : null}
      {candidates?.length ? (
        <form method="post" action={`${base}/merge`} class="record">
          <Csrf token={me.csrf} />
          <input type="hidden" name="version" value={String(person.version)} />
          <input type="hidden" name="q" value={q} />
          <fieldset class="merge-into">
            <legend>{t(lang, 'pp.mergeInto')}</legend>
            {candidates.map((c) => (
              <label class="candidate">
                <input type="radio" name="into" value={c.id} checked={c.id === chosen} required />
                <span>
                  <strong>{c.name}</strong>
                  {others(c) ? <span> · {others(c)}</span> : null}
                  <span class="meta">
                    {' '}
                    ·{' '}
                    {t(lang, 'pp.candidate', {
                      roles: c.roles.map((r) => roleLabels.get(r) ?? r).join(', ') || '—',
                      count: c.incidents,
                    })}{' '}
                    · {t(lang, c.consentToName ? 'ref.consentYes' : 'ref.consentNo')}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <div class="field">
            <label for="reason">{t(lang, 'pp.mergeReason')}</label>
            <textarea id="reason" name="reason" rows={3} maxlength={2000} required>
              {reason}
            </textarea>
          </div>
          <p class="actions">
            <button type="submit">{t(lang, 'pp.mergeSubmit')}</button>{' '}
            <a href={base}>{t(lang, 'ref.cancel')}</a>
          </p>
        </form>
      ) : null}
    </WorkspaceLayout>
  );
}
