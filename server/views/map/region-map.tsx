import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { baseline, type PlacedLabel } from '../../web/map/labels.js';
import { type MapModel, type MapRegion, SHAPES, type Shade } from '../../web/map/map.data.js';
import { countText } from '../../web/map/map.labels.js';
import { NARROW, WIDE } from '../../web/map/map.sizes.js';

/** "Almaty: 12 incidents" (or "withheld"), the accessible name of a region's shape or marker. */
export function regionText(lang: Language, r: MapRegion): string {
  const count = r.count === null ? t(lang, 'stats.withheld') : t(lang, 'count.incidents', { count: r.count });
  return `${r.name}: ${count}`;
}

/** The class that colours a shade (web/site.css): `fill-0` … `fill-4`, `fill-x` for withheld. */
export const fillClass = (shade: Shade) => `fill-${shade === null ? 'x' : shade}`;

// The hatch over a shape two units share: one pattern per shade, so the stripes keep the colour beneath.
const SHADES: Shade[] = [0, 1, 2, 3, 4, null];
function Hatches() {
  return (
    <defs>
      {SHADES.map((s) => (
        <pattern
          id={`hatch-${s === null ? 'x' : s}`}
          patternUnits="userSpaceOnUse"
          width="9"
          height="9"
          patternTransform="rotate(45)"
        >
          <rect width="9" height="9" class={fillClass(s)} />
          <line x1="0" y1="0" x2="0" y2="9" class={`hatch-line ${s !== null && s >= 3 ? 'on-dark' : ''}`} />
        </pattern>
      ))}
    </defs>
  );
}

function Label({ label, tier }: { label: PlacedLabel | null; tier: 'wide' | 'narrow' }) {
  if (!label) return null;
  const x = Math.round((label.box.left + label.box.right) / 2);
  const last = label.lines.length - 1;
  return (
    <>
      {label.leader ? (
        <line
          class={`leader ${tier}`}
          x1={Math.round(label.leader[0].x)}
          y1={Math.round(label.leader[0].y)}
          x2={Math.round(label.leader[1].x)}
          y2={Math.round(label.leader[1].y)}
        />
      ) : null}
      <text class={`label ${tier}`} x={x} y={Math.round(baseline(label, 0))} text-anchor="middle">
        {label.lines.length === 0 ? <tspan class="count">{label.count}</tspan> : null}
        {label.lines.map((line, i) => (
          <tspan x={x} y={i === 0 ? undefined : Math.round(baseline(label, i))}>
            {line}
            {i === last ? (
              <>
                {' '}
                <tspan class="count">{label.count}</tspan>
              </>
            ) : null}
          </tspan>
        ))}
      </text>
    </>
  );
}

/**
 * The regions' shapes shaded by their counts, the three cities as markers over them, and two
 * label layouts (names and counts on wide screens, counts on phones; web/site.css shows one).
 * Each shape and marker is a link to the list for its units; the labels are for the eye only,
 * the links' names and the table beneath carry the same words.
 */
export function RegionMap({
  lang,
  model,
  hrefOf,
}: {
  lang: Language;
  model: MapModel;
  hrefOf: (codes: string[]) => string;
}) {
  // Selected shapes last, so that no neighbour is drawn over their outline.
  const areas = [...model.areas].sort(
    (a, b) => Number(a.units.some((u) => u.selected)) - Number(b.units.some((u) => u.selected)),
  );
  return (
    <svg viewBox={SHAPES.viewBox} class="map" aria-labelledby="map-title map-desc">
      <title id="map-title">{t(lang, 'map.figure')}</title>
      <desc id="map-desc">{t(lang, 'map.desc')}</desc>
      <Hatches />
      {areas.map((a) => {
        const name = a.units.map((u) => regionText(lang, u)).join('; ');
        const selected = a.units.some((u) => u.selected);
        const shade = a.split ? `hatch-${a.shade === null ? 'x' : a.shade}` : fillClass(a.shade);
        return (
          <a
            href={hrefOf(a.units.map((u) => u.code))}
            aria-label={name}
            class={`area${selected ? ' selected' : ''}`}
            aria-current={selected ? 'true' : undefined}
          >
            <title>{name}</title>
            <path class={shade} d={a.path} />
          </a>
        );
      })}
      {model.cities.map((c) => (
        <a
          href={hrefOf([c.code])}
          aria-label={regionText(lang, c)}
          class={`city${c.selected ? ' selected' : ''}`}
          aria-current={c.selected ? 'true' : undefined}
        >
          <title>{regionText(lang, c)}</title>
          <circle class={`narrow ${fillClass(c.shade)}`} cx={c.at.x} cy={c.at.y} r={NARROW.cityRadius} />
          <circle class={`wide ${fillClass(c.shade)}`} cx={c.at.x} cy={c.at.y} r={WIDE.cityRadius} />
        </a>
      ))}
      {/* The labels repeat the links' names for the eye: hidden from assistive technology. */}
      <svg class="labels" aria-hidden="true">
        {model.labels.wide.map((l) => (
          <Label label={l} tier="wide" />
        ))}
        {model.labels.narrow.map((l) => (
          <Label label={l} tier="narrow" />
        ))}
        {model.cities.map((c) => (
          <text
            class="label narrow in-marker"
            x={c.at.x}
            y={Math.round(c.at.y + NARROW.size * 0.35)}
            text-anchor="middle"
          >
            <tspan class="count">{countText(lang, c.count)}</tspan>
          </text>
        ))}
      </svg>
    </svg>
  );
}
