import { formatNumber, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';

export interface Bar {
  label: string;
  /** null when the count is withheld from the public. */
  value: number | null;
  /** A class giving the bar its colour, e.g. a typology group's `group-B`. */
  colour?: string;
}

/**
 * A horizontal bar chart in HTML: each bar a list item with its label and number as text, in the
 * page's font and size, so it reflows to any width and reads the same to a screen reader; the bar
 * itself is a small SVG whose length is a percentage (the CSP allows no inline style).
 */
export function BarChart({ lang, title, bars }: { lang: Language; title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <figure class="bars">
      <ul class="bar-list" aria-label={title}>
        {bars.map((b) => {
          // A count of one still shows; none and withheld show no bar.
          const share = !b.value ? 0 : Math.max(0.5, (b.value / max) * 100);
          return (
            <li class={`bar-row${b.colour ? ` ${b.colour}` : ''}`}>
              <span class="bar-label">{b.label}</span>
              <span class="bar-value">
                {b.value === null ? t(lang, 'stats.withheld') : formatNumber(lang, b.value)}
              </span>
              <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                <rect class="bar-fill" width={Number(share.toFixed(1))} height="1" />
              </svg>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
