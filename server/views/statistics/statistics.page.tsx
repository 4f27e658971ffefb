import { ACCOUNTABILITY_STATUS_TERMS } from '../../../shared/accountability/labels.js';
import { formatDate, formatNumber, type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { StatisticsData } from '../../web/pages.data.js';
import type { LabelLookup } from '../incidents/summary.js';
import { Layout } from '../layout.js';
import { RateHeadline } from '../rate-headline.js';
import { BarChart } from './bar-chart.js';

// The press-freedom index's bands, recorded by their colour as the index publishes them; any other
// band is the organisation's own wording and is shown as recorded.
const ZONES = new Set(['green', 'yellow', 'orange', 'red', 'black']);
const zoneLabel = (lang: Language, zone: string | null): string =>
  zone === null ? '—' : ZONES.has(zone) ? t(lang, `stats.zone.${zone}` as MessageKey) : zone;

const percent = (lang: Language, value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat(lang, { style: 'percent' }).format(value);

/** The statistics page: charts drawn on the server, each with its numbers in a table. */
export function StatisticsPage({
  lang,
  data,
  labels,
}: {
  lang: Language;
  data: StatisticsData;
  labels: LabelLookup;
}) {
  const term = (vocabulary: string, code: string | null) =>
    code ? (labels.terms.get(`${vocabulary}/${code}`)?.[lang] ?? code) : '—';
  const years = [...new Set(data.byTypeYear.map((r) => r.period as string))].sort();
  const groups = [...new Set(data.byTypeYear.map((r) => r.key as string))].sort();
  const cell = (year: string, group: string) =>
    data.byTypeYear.find((r) => r.period === year && r.key === group);
  return (
    <Layout lang={lang} title={t(lang, 'stats.title')} path={`/${lang}/statistics`} current="statistics">
      <h1>{t(lang, 'stats.title')}</h1>
      <h2>{t(lang, 'stats.byYear')}</h2>
      <BarChart
        lang={lang}
        id="years"
        title={t(lang, 'stats.byYear')}
        bars={data.perYear.map(([year, n]) => ({ label: year, value: n }))}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'list.year')}</th>
            {groups.map((g) => (
              <th scope="col">{term('typology', g)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr>
              <th scope="row">{year}</th>
              {groups.map((g) => {
                const c = cell(year, g);
                return (
                  <td>
                    {c
                      ? c.incidents === null
                        ? t(lang, 'stats.withheld')
                        : formatNumber(lang, c.incidents)
                      : 0}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(lang, 'stats.byRegion')}</h2>
      <BarChart
        lang={lang}
        id="regions"
        title={t(lang, 'stats.byRegion')}
        bars={data.byRegion.map((r) => ({
          label: r.key ? (labels.places.get(r.key)?.[lang] ?? r.key) : '—',
          value: r.incidents,
        }))}
      />
      <h2>{t(lang, 'stats.byActor')}</h2>
      <BarChart
        lang={lang}
        id="actors"
        title={t(lang, 'stats.byActor')}
        bars={data.byActor.map((r) => ({ label: term('actor_type', r.key), value: r.incidents }))}
      />
      <h2>{t(lang, 'stats.accountability')}</h2>
      <h3>{t(lang, 'home.impunity')}</h3>
      <RateHeadline lang={lang} headline={data.impunity} />
      <BarChart
        lang={lang}
        id="accountability"
        title={t(lang, 'stats.accountability')}
        bars={data.accountability.map((r) => ({
          label:
            ACCOUNTABILITY_STATUS_TERMS[r.key as keyof typeof ACCOUNTABILITY_STATUS_TERMS]?.label[lang] ??
            String(r.key),
          value: r.incidents,
        }))}
      />
      <h2>{t(lang, 'stats.funnel')}</h2>
      <BarChart
        lang={lang}
        id="funnel"
        title={t(lang, 'stats.funnel')}
        bars={data.funnel.map((r) => ({
          label: t(lang, `stats.stage.${r.key}` as MessageKey),
          value: r.incidents,
        }))}
      />
      <h2>{t(lang, 'stats.replies')}</h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">{t(lang, 'stats.sent')}</th>
            <td>{formatNumber(lang, data.replies.sent ?? 0)}</td>
          </tr>
          <tr>
            <th scope="row">{t(lang, 'stats.replied')}</th>
            <td>{formatNumber(lang, data.replies.replied ?? 0)}</td>
          </tr>
          <tr>
            <th scope="row">{t(lang, 'stats.overdue')}</th>
            <td>{formatNumber(lang, data.replies.overdue ?? 0)}</td>
          </tr>
          <tr>
            <th scope="row">{t(lang, 'stats.replyRate')}</th>
            <td>{percent(lang, data.replies.replyRate)}</td>
          </tr>
        </tbody>
      </table>
      <h2>{t(lang, 'stats.published')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'stats.organisation')}</th>
            <th scope="col">{t(lang, 'stats.period')}</th>
            <th scope="col">{t(lang, 'stats.category')}</th>
            <th scope="col">{t(lang, 'stats.theirs')}</th>
            <th scope="col">{t(lang, 'stats.ours')}</th>
          </tr>
        </thead>
        <tbody>
          {data.figures.map(({ row, ours }) => (
            <tr>
              <td>{row.organisation}</td>
              <td>
                {formatDate(lang, row.period_start, 'day')} – {formatDate(lang, row.period_end, 'day')}
              </td>
              <td>{(row.category as LocalizedText)[lang] ?? (row.category as LocalizedText).en ?? ''}</td>
              <td>{formatNumber(lang, row.count)}</td>
              <td>
                {ours === null
                  ? '—'
                  : ours === 'withheld'
                    ? t(lang, 'stats.withheld')
                    : formatNumber(lang, ours)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(lang, 'stats.index')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'list.year')}</th>
            <th scope="col">{t(lang, 'stats.rank')}</th>
            <th scope="col">{t(lang, 'stats.zone')}</th>
          </tr>
        </thead>
        <tbody>
          {data.indicators.map((i) => (
            <tr>
              <td>{i.year}</td>
              <td>{i.rank === null ? '—' : `${i.rank}${i.out_of ? ` / ${i.out_of}` : ''}`}</td>
              <td>{zoneLabel(lang, i.zone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
