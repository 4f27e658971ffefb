import { t } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/languages.js';

/*
 * Qorgau's mark: a pen nib inside a shield ("қорғау" is "to protect"). Drawn inline so it costs no
 * request and takes the header's colours; web/favicon.svg is the same drawing with fixed colours.
 */
export function Mark() {
  return (
    <svg class="mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <path class="mark-shield" d="M16 1.5 28.5 6v9.2c0 7.6-5.2 13-12.5 15.3C8.7 28.2 3.5 22.8 3.5 15.2V6Z" />
      <path class="mark-nib" d="M16 7.5 21.6 15 16 25.5 10.4 15Z" />
      <path class="mark-slit" d="M16 15v10.5" />
      <circle class="mark-slit-hole" cx="16" cy="14.6" r="1.7" />
    </svg>
  );
}

/** The mark and the name, linking home; the name is written in the reader's script. */
export function Brand({ lang, href, suffix }: { lang: Language; href: string; suffix?: string }) {
  return (
    <a class="brand" href={href}>
      <Mark />
      <span class="wordmark">
        {t(lang, 'design.wordmark')}
        {suffix ? <span class="wordmark-suffix">{suffix}</span> : null}
      </span>
    </a>
  );
}
