import { formatNumber, type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { groupClass, typologyGroupOf } from '../../../shared/vocabularies/typology-groups.js';
import type { MapModel } from '../../web/map/map.data.js';
import { labelOf } from '../incidents/list.page.js';
import type { LabelLookup } from '../incidents/summary.js';
import { Layout } from '../layout.js';
import { fillClass, RegionMap } from './region-map.js';

type Facets = Record<string, { value: string; count: number }[]>;

export interface MapData {
  model: MapModel;
  /** Incidents matching the filters other than region. */
  total: number;
  facets: Facets;
  /** The query the reader sent, as the filters in the URL. */
  query: URLSearchParams;
}

// The filters the map's own form shows; any other filter the reader arrived with is kept hidden.
const SELECTS: { param: string; label: MessageKey }[] = [
  { param: 'group', label: 'list.group' },
  { param: 'type', label: 'map.type' },
];
const SHOWN = new Set(['q', 'from', 'to', 'group', 'type']);
const PAGING = new Set(['cursor', 'limit', 'facets']);

/** The reader's filters without paging, optionally narrowed to some regions, as a query string. */
function filtersWith(query: URLSearchParams, regions: string[] = []): string {
  const next = new URLSearchParams([...query].filter(([k]) => !PAGING.has(k)));
  if (regions.length > 0) {
    next.delete('region');
    for (const region of regions) next.append('region', region);
  }
  return next.size ? `?${next}` : '';
}

function Filters({ lang, data, labels }: { lang: Language; data: MapData; labels: LabelLookup }) {
  const q = data.query;
  return (
    <form class="compact" method="get" action={`/${lang}/map`}>
      <div>
        <label for="q">{t(lang, 'list.search')}</label>
        <input id="q" name="q" type="search" value={q.get('q') ?? ''} />
      </div>
      <div>
        <label for="from">{t(lang, 'list.from')}</label>
        <input id="from" name="from" type="date" value={q.get('from') ?? ''} />
      </div>
      <div>
        <label for="to">{t(lang, 'list.to')}</label>
        <input id="to" name="to" type="date" value={q.get('to') ?? ''} />
      </div>
      {SELECTS.map((s) => (
        <div>
          <label for={s.param}>{t(lang, s.label)}</label>
          <select id={s.param} name={s.param}>
            <option value="">{t(lang, 'list.any')}</option>
            {(data.facets[s.param] ?? []).map((f) => (
              <option value={f.value} selected={q.get(s.param) === f.value}>
                {labelOf(lang, 'typology', f.value, labels)} ({formatNumber(lang, f.count)})
              </option>
            ))}
          </select>
        </div>
      ))}
      {[...q].flatMap(([k, v]) =>
        SHOWN.has(k) || PAGING.has(k) ? [] : [<input type="hidden" name={k} value={v} />],
      )}
      <div>
        <button type="submit">{t(lang, 'list.apply')}</button>{' '}
        <a href={`/${lang}/map`}>{t(lang, 'list.reset')}</a>
      </div>
    </form>
  );
}

function Key({ fill, circle, text }: { fill: string; circle?: boolean; text: string }) {
  return (
    <li>
      <svg viewBox="0 0 24 24" class="key" aria-hidden="true">
        {circle ? (
          <circle class={fill} cx="12" cy="12" r="9" />
        ) : (
          <rect class={fill} x="2" y="2" width="20" height="20" />
        )}
      </svg>
      {text}
    </li>
  );
}

function Legend({ lang, model }: { lang: Language; model: MapModel }) {
  const range = (c: MapModel['classes'][number]) =>
    c.from === c.to ? formatNumber(lang, c.to) : `${formatNumber(lang, c.from)}–${formatNumber(lang, c.to)}`;
  const withheld = [...model.areas, ...model.cities].some((a) => a.count === null);
  return (
    <figcaption>
      <p id="map-legend" class="legend-title">
        {t(lang, 'map.legend')}
      </p>
      <ul class="legend" aria-labelledby="map-legend">
        <Key fill="fill-0" text={formatNumber(lang, 0)} />
        {model.classes.map((c) => (
          <Key fill={fillClass(c.shade)} text={range(c)} />
        ))}
        {withheld ? <Key fill="fill-x" text={`– ${t(lang, 'stats.withheld')}`} /> : null}
        <Key fill="hatch-0" text={t(lang, 'map.split')} />
        <Key fill="fill-0" circle text={t(lang, 'map.city')} />
      </ul>
    </figcaption>
  );
}

/**
 * With one typology group chosen, the map's shades are that group's colour (web/site.css), as
 * the list and the statistics colour it; otherwise the neutral ramp.
 */
function groupRamp(q: URLSearchParams): string {
  const groups = q.getAll('group');
  const group = groups.length === 1 ? typologyGroupOf(groups[0] ?? '') : null;
  return group ? ` ${groupClass(group)} grouped` : '';
}

/** The map page: counts per region for the chosen filters, drawn and tabulated, each linked to the list. */
export function MapPage({ lang, data, labels }: { lang: Language; data: MapData; labels: LabelLookup }) {
  const q = data.query;
  const { model } = data;
  const listOf = (regions?: string[]) => `/${lang}/incidents${filtersWith(q, regions)}`;
  return (
    <Layout lang={lang} title={t(lang, 'map.title')} path={`/${lang}/map${filtersWith(q)}`} current="map">
      <h1>{t(lang, 'map.title')}</h1>
      <Filters lang={lang} data={data} labels={labels} />
      <p>
        <strong>{t(lang, 'list.results', { count: data.total })}</strong> ·{' '}
        <a href={listOf()}>{t(lang, 'map.showList')}</a>
      </p>
      {model.regions.some((r) => r.selected) ? <p>{t(lang, 'map.selected')}</p> : null}
      <figure class={`map-figure${groupRamp(q)}`}>
        <RegionMap lang={lang} model={model} hrefOf={listOf} />
        <Legend lang={lang} model={model} />
      </figure>
      {model.unplaced ? <p>{t(lang, 'map.unplaced', { count: model.unplaced })}</p> : null}
      <div class="beside">
        <table class="regions">
          <caption>{t(lang, 'stats.byRegion')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'list.region')}</th>
              <th scope="col" class="number">
                {t(lang, 'stats.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.regions.map((r) => (
              <tr class={r.selected ? 'selected' : undefined}>
                <th scope="row">
                  <a href={listOf([r.code])} aria-current={r.selected ? 'true' : undefined}>
                    {r.name}
                  </a>
                </th>
                <td class="number">
                  {r.count === null ? t(lang, 'stats.withheld') : formatNumber(lang, r.count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <p class="meta">{t(lang, 'map.sources')}</p>
          <p class="meta">
            {t(lang, 'map.counting')} <a href={`/${lang}/methodology`}>{t(lang, 'nav.methodology')}</a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
