import { formatNumber, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';

export interface Bar {
  label: string;
  /** null when the count is withheld from the public. */
  value: number | null;
}

const ROW = 26;
const LABEL_WIDTH = 230;
const CHART_WIDTH = 640;

/**
 * A horizontal bar chart drawn on the server as SVG, with its numbers in a table beneath: the
 * table is what screen readers and printers use, the picture is for the eye.
 */
export function BarChart({
  lang,
  id,
  title,
  bars,
}: {
  lang: Language;
  id: string;
  title: string;
  bars: Bar[];
}) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const height = bars.length * ROW + 8;
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 60;
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        class="chart"
      >
        <title id={`${id}-title`}>{title}</title>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = b.value === null ? 0 : Math.max(1, Math.round((b.value / max) * barSpace));
          return (
            <g>
              <text x={LABEL_WIDTH - 8} y={y + 16} text-anchor="end" font-size="13" fill="#1b1f24">
                {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 3} width={w} height={ROW - 8} fill="#0b5cad" />
              <text x={LABEL_WIDTH + w + 6} y={y + 16} font-size="13" fill="#1b1f24">
                {b.value === null ? t(lang, 'stats.withheld') : formatNumber(lang, b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-caption`}>
        <table>
          <caption class="visually-plain">{title}</caption>
          <tbody>
            {bars.map((b) => (
              <tr>
                <th scope="row">{b.label}</th>
                <td>{b.value === null ? t(lang, 'stats.withheld') : formatNumber(lang, b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
