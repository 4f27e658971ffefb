import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { formatDigits } from '../../modules/help/receipt.js';
import { HelpFrame, ReceiptFields } from './help.parts.js';

export interface ReceiptProps {
  lang: Language;
  code: string;
  passphrase: string;
  /** Where the status page is, written out in full for the printed receipt. */
  statusAddress: string;
  /** Shown again because "I have saved it" was not ticked. */
  notSaved?: boolean;
}

/**
 * The receipt, shown once as the answer to the form itself (never a redirect, never in an
 * address). Printing shows the receipt alone; "I have saved it" re-posts it in hidden fields.
 */
export function ReceiptPage(props: ReceiptProps) {
  const { lang } = props;
  return (
    <HelpFrame lang={lang} title={t(lang, 'hp.receipt.title')} path={`/${lang}/help`}>
      <div class="help-receipt-page">
        <h1>{t(lang, 'hp.receipt.title')}</h1>
        {props.notSaved ? (
          <p class="notice error" role="alert">
            {t(lang, 'hp.receipt.notSaved')}
          </p>
        ) : null}
        <p class="help-lead">{t(lang, 'hp.receipt.lead')}</p>
        <dl class="help-receipt">
          <dt class="help-receipt-label">{t(lang, 'hp.receipt.code')}</dt>
          <dd class="help-receipt-value help-digits">{formatDigits(props.code)}</dd>
          <dt class="help-receipt-label">{t(lang, 'hp.receipt.passphrase')}</dt>
          <dd class="help-receipt-value help-digits">{formatDigits(props.passphrase)}</dd>
        </dl>
        <p class="help-receipt-where">{t(lang, 'hp.receipt.where', { address: props.statusAddress })}</p>
        <p>{t(lang, 'hp.receipt.keep')}</p>
        <p class="help-noprint">{t(lang, 'hp.receipt.print')}</p>
        <form class="help-saved help-noprint" method="post" action={`/${lang}/help/saved`}>
          <ReceiptFields code={props.code} passphrase={props.passphrase} />
          <label class="check">
            <input type="checkbox" name="saved" value="yes" /> {t(lang, 'hp.receipt.saved')}
          </label>
          <button type="submit" class="help-send">
            {t(lang, 'hp.receipt.continue')}
          </button>
        </form>
      </div>
    </HelpFrame>
  );
}

/** After "I have saved it": what happens next, and how to leave no trace. */
export function DonePage({ lang }: { lang: Language }) {
  return (
    <HelpFrame lang={lang} title={t(lang, 'hp.done.title')} path={`/${lang}/help`}>
      <h1>{t(lang, 'hp.done.title')}</h1>
      <p class="help-lead">{t(lang, 'hp.done.text')}</p>
      <p>
        <a href={`/${lang}/help/status`}>{t(lang, 'hp.status.title')}</a>
      </p>
      <p>{t(lang, 'hp.done.close')}</p>
    </HelpFrame>
  );
}

/** Before `help-desk init`: a kind page, nothing taken. */
export function NotReadyPage({ lang }: { lang: Language }) {
  return (
    <HelpFrame lang={lang} title={t(lang, 'hp.notReady.title')} path={`/${lang}/help`}>
      <h1>{t(lang, 'hp.notReady.title')}</h1>
      <p class="help-lead">{t(lang, 'hp.notReady.text')}</p>
      <p>
        <a href={`/${lang}/help`}>{t(lang, 'help.title')}</a>
      </p>
    </HelpFrame>
  );
}
