import { formatNumber, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { LINE_HEIGHT } from '../../web/map/labels.js';
import { type MapModel, type MapRegion, OUTLINE, SYMBOL_RADIUS } from '../../web/map/map.data.js';

/** "Almaty: 12 incidents", the accessible name of a region's symbol and row. */
export function regionText(lang: Language, r: MapRegion): string {
  return `${r.name}: ${t(lang, 'count.incidents', { count: r.count })}`;
}

function RegionSymbol({ lang, region, href }: { lang: Language; region: MapRegion; href: string }) {
  const { symbol, label } = region;
  const name = regionText(lang, region);
  return (
    <a
      href={href}
      aria-label={name}
      class={`region shade-${region.shade}${region.selected ? ' selected' : ''}`}
      aria-current={region.selected ? 'true' : undefined}
    >
      <title>{name}</title>
      {/* The name before the count, so that what is visible reads as the start of the link's name. */}
      {label ? (
        <text x={label.x} y={label.y} class="name" text-anchor={label.anchor}>
          {label.lines.map((line, i) => (
            <>
              {i > 0 ? ' ' : null}
              <tspan x={label.x} dy={i === 0 ? undefined : `${LINE_HEIGHT}em`}>
                {line}
              </tspan>
            </>
          ))}{' '}
        </text>
      ) : null}
      <circle cx={symbol.x} cy={symbol.y} r={SYMBOL_RADIUS} />
      <text x={symbol.x} y={symbol.y} class="count" text-anchor="middle" dominant-baseline="central">
        {formatNumber(lang, region.count)}
      </text>
    </a>
  );
}

/** The country's outline with one shaded, linked symbol per region at its administrative centre. */
export function RegionMap({
  lang,
  model,
  hrefOf,
}: {
  lang: Language;
  model: MapModel;
  hrefOf: (code: string) => string;
}) {
  // Symbols never overlap, so they are drawn in the table's order, which is also the tab order.
  const drawn = model.regions;
  return (
    <svg viewBox={OUTLINE.viewBox} class="map" aria-labelledby="map-title">
      <title id="map-title">{t(lang, 'map.figure')}</title>
      <path class="country" d={OUTLINE.path} />
      {drawn.map((r) => (
        <RegionSymbol lang={lang} region={r} href={hrefOf(r.code)} />
      ))}
    </svg>
  );
}
