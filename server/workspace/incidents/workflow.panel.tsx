import { type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { Verification } from '../../modules/incidents/workflow.service.js';
import { Csrf, type Me } from '../views/layout.js';
import type { IncidentPageData } from './incident.page.js';

/** A move named for what it does from where the incident is: from published, "verified" unpublishes. */
export const moveLabel = (lang: Language, from: string, to: Verification) =>
  t(lang, `rv.move.${from}.${to}` as MessageKey);

/**
 * Beside the record: its state, the moves open to this person (each named for what it does), a
 * warning when it may repeat another incident, who has it, and who else may see it.
 */
export function WorkflowPanel({
  lang,
  me,
  data,
  base,
}: {
  lang: Language;
  me: Me;
  data: IncidentPageData;
  base: string;
}) {
  const i = data.incident;
  return (
    <aside class="review-side" aria-labelledby="state">
      <h2 id="state">
        {t(lang, 'wi.state')}:{' '}
        <span data-verification={i.verification}>{t(lang, `wi.ver.${i.verification}`)}</span>
      </h2>
      {i.verificationReason ? (
        <p data-verification-reason>{t(lang, 'wi.verificationReason', { reason: i.verificationReason })}</p>
      ) : null}
      {data.duplicates.length > 0 ? (
        <p class="notice" data-duplicates-warning>
          <a href="#duplicates">{t(lang, 'rv.duplicatesWarning')}</a>
        </p>
      ) : null}
      <div class="moves">
        {data.moves.map((to) => (
          <form method="post" action={`${base}/move`} class="stack" data-move={to}>
            <Csrf token={me.csrf} />
            <input type="hidden" name="to" value={to} />
            <input type="hidden" name="version" value={String(i.version)} />
            {to === 'rejected' ? <ReasonField id="reject-reason" label={t(lang, 'wi.rejectReason')} /> : null}
            <button type="submit">{moveLabel(lang, i.verification, to)}</button>
          </form>
        ))}
      </div>
      <h2 id="assigned">{t(lang, 'wi.assignedTo')}</h2>
      <form method="post" action={`${base}/assign`} class="stack">
        <Csrf token={me.csrf} />
        <label class="visually-hidden" for="assignee">
          {t(lang, 'wi.assignedTo')}
        </label>
        <select id="assignee" name="accountId" disabled={!data.mayEdit}>
          <option value="">{t(lang, 'wi.nobody')}</option>
          {data.assignable.map((a) => (
            <option value={a.id} selected={a.id === i.assignedTo}>
              {a.name}
            </option>
          ))}
        </select>
        {data.mayEdit ? <button type="submit">{t(lang, 'wi.assign')}</button> : null}
      </form>
      <h2 id="links">{t(lang, 'rv.links')}</h2>
      <ul class="menu">
        {data.mayEdit ? (
          <li>
            <a href={`${base}/edit`}>{t(lang, 'wi.edit')}</a>
          </li>
        ) : null}
        <li>
          <a href={`${base}/case`}>{t(lang, 'wi.case')}</a>
        </li>
        <li>
          <a href={`${base}/history`}>{t(lang, 'wi.history')}</a>
        </li>
        {data.isPublic ? (
          <li>
            <a href={`/${lang}/incidents/${i.reference}`}>{t(lang, 'wi.publicPage')}</a>
          </li>
        ) : null}
      </ul>
      {data.grants ? <Grants lang={lang} me={me} data={data} base={base} /> : null}
    </aside>
  );
}

function Grants({ lang, me, data, base }: { lang: Language; me: Me; data: IncidentPageData; base: string }) {
  return (
    <section aria-labelledby="grants">
      <h2 id="grants">{t(lang, 'wi.grants')}</h2>
      <p>{t(lang, 'wi.grantIntro')}</p>
      <ul>
        {(data.grants ?? []).map((g) => (
          <li data-grant={g.accountId ?? g.role}>
            {g.role
              ? t(lang, 'wi.everyone', { role: t(lang, `ws.role.${g.role as 'lawyer'}`) })
              : (data.assignable.find((a) => a.id === g.accountId)?.name ??
                t(lang, 'rv.unknownAccount'))}{' '}
            <form method="post" action={`${base}/grants/${g.id}/remove`} class="inline">
              <Csrf token={me.csrf} />
              <button type="submit">{t(lang, 'wi.ungrant')}</button>
            </form>
          </li>
        ))}
      </ul>
      <form method="post" action={`${base}/grants`} class="stack">
        <Csrf token={me.csrf} />
        <label for="grantee">{t(lang, 'wi.grantTo')}</label>
        <select id="grantee" name="grantee">
          {(['monitor', 'lawyer', 'viewer'] as const).map((role) => (
            <option value={`role:${role}`}>
              {t(lang, 'wi.everyone', { role: t(lang, `ws.role.${role}`) })}
            </option>
          ))}
          {data.assignable.map((a) => (
            <option value={`account:${a.id}`}>{a.name}</option>
          ))}
        </select>
        <button type="submit">{t(lang, 'wi.grant')}</button>
      </form>
    </section>
  );
}

/** The reason a rejection or a merge needs, recorded on the incident and in its history. */
export function ReasonField({ id, label }: { id: string; label: string }) {
  return (
    <>
      <label for={id}>{label}</label>
      <textarea id={id} name="reason" rows={2} maxlength={2000} required />
    </>
  );
}
