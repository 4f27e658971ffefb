import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { HelpFrame } from './help.parts.js';

/** The help desk's front page: the two choices, and plainly what is kept, who reads it, how to stay safe. */
export function HelpFrontPage({ lang }: { lang: Language }) {
  const base = `/${lang}/help`;
  return (
    <HelpFrame lang={lang} title={t(lang, 'help.title')} path={base}>
      <h1>{t(lang, 'help.title')}</h1>
      <p class="help-lead">{t(lang, 'hp.lead')}</p>
      <h2 class="visually-hidden">{t(lang, 'hp.choose')}</h2>
      <ul class="help-choices">
        <li>
          <a class="help-choice" href={`${base}/report`}>
            <span class="help-choice-title">{t(lang, 'hp.report.title')}</span>
            <span class="help-choice-text">{t(lang, 'hp.report.pitch')}</span>
          </a>
        </li>
        <li>
          <a class="help-choice" href={`${base}/question`}>
            <span class="help-choice-title">{t(lang, 'hp.question.title')}</span>
            <span class="help-choice-text">{t(lang, 'hp.question.pitch')}</span>
          </a>
        </li>
      </ul>
      <p>
        <a href={`${base}/status`}>{t(lang, 'hp.status.link')}</a>
      </p>
      <div class="help-facts">
        <section>
          <h2>{t(lang, 'hp.stored.h')}</h2>
          <p>{t(lang, 'hp.stored.text')}</p>
        </section>
        <section>
          <h2>{t(lang, 'hp.readers.h')}</h2>
          <p>{t(lang, 'hp.readers.text')}</p>
        </section>
        <section>
          <h2>{t(lang, 'hp.next.h')}</h2>
          <p>{t(lang, 'hp.next.text')}</p>
        </section>
      </div>
      <SafetyAdvice lang={lang} />
    </HelpFrame>
  );
}

/** How to stay safe, on the front page and beside each form. */
export function SafetyAdvice({ lang }: { lang: Language }) {
  return (
    <section class="help-safety" aria-labelledby="safety">
      <h2 id="safety" class="help-safety-title">
        {t(lang, 'hp.safety.h')}
      </h2>
      <ul class="help-safety-list">
        <li>{t(lang, 'hp.safety.tor')}</li>
        <li>{t(lang, 'hp.safety.device')}</li>
        <li>{t(lang, 'hp.safety.receipt')}</li>
        <li>{t(lang, 'hp.safety.history')}</li>
        <li>{t(lang, 'hp.safety.anonymous')}</li>
      </ul>
    </section>
  );
}
