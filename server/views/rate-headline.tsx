import { t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';
import type { Headline } from '../../shared/statistics/headline.js';

/** The impunity rate with its base ("90 % — nobody was held to account in 9 of 10 cases…"), or why there is none. */
export function RateHeadline({ lang, headline }: { lang: Language; headline: Headline }) {
  if (headline.kind === 'none') return <p class="rate-base">{t(lang, 'pp.rate.none')}</p>;
  if (headline.kind === 'withheld') return <p class="rate-base">{t(lang, 'pp.rate.withheld')}</p>;
  if (headline.kind === 'tooFew') {
    return <p class="rate-base">{t(lang, 'pp.rate.tooFew', { count: headline.base })}</p>;
  }
  const percent = new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : lang, { style: 'percent' }).format(
    headline.rate,
  );
  return (
    <p class="rate-base">
      <span class="figure">{percent}</span>{' '}
      {t(lang, 'pp.rate.base', { count: headline.base, part: headline.part })}
    </p>
  );
}
