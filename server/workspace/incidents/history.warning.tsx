import { formatDateTime, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { HistoryIntegrity } from '../../modules/audit/audit.history.js';

/** The warning a history page shows when its events or the whole audit chain fail their check. */
export function ChainWarning({
  lang,
  integrity,
}: {
  lang: Language;
  integrity: HistoryIntegrity | undefined;
}) {
  if (!integrity || integrity.intact) return null;
  const check = integrity.lastVerification;
  return (
    <div class="notice error" role="alert" data-audit-chain="broken">
      <p>
        <strong>{t(lang, 'audit.warning')}</strong>
      </p>
      {integrity.brokenEvents.length > 0 ? <p>{t(lang, 'audit.warningEvents')}</p> : null}
      {check && !check.intact && check.problem ? (
        <p>
          {t(lang, 'audit.warningCheck', {
            time: formatDateTime(lang, check.at, 'medium'),
            id: check.brokenEventId === null ? '—' : String(check.brokenEventId),
            problem: t(lang, `audit.problem.${check.problem}`),
          })}
        </p>
      ) : null}
      <p>{t(lang, 'audit.warningWhat')}</p>
    </div>
  );
}
