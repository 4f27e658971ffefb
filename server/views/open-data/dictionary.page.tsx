import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { COLUMNS, type Column, header, meaning, type Vocabulary } from '../../web/open-data/columns.js';
import type { LabelLookup } from '../incidents/summary.js';
import { Layout } from '../layout.js';

/** A, B, …, Z, AA: the column's letter in a spreadsheet. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The codes a column takes with their labels: a closed list, or a vocabulary as it now stands. */
function valuesOf(vocabulary: Vocabulary, lang: Language, labels: LabelLookup) {
  if (vocabulary.kind === 'closed')
    return vocabulary.values.map((v) => ({ code: v.code, label: v.label(lang) }));
  const prefix = `${vocabulary.vocabulary}/`;
  return (
    [...labels.terms]
      // The typology's groups (A–I) are not values of a type column; their letters are one capital.
      .filter(([key]) => key.startsWith(prefix) && !/^[A-Z]$/.test(key.slice(prefix.length)))
      .map(([key, names]) => ({ code: key.slice(prefix.length), label: names[lang] ?? '' }))
      .sort((a, b) => a.code.localeCompare(b.code))
  );
}

function ColumnEntry(props: { lang: Language; column: Column; index: number; labels: LabelLookup }) {
  const { lang, column, index, labels } = props;
  const values = column.vocabulary ? valuesOf(column.vocabulary, lang, labels) : [];
  return (
    <section class="column" id={`column-${column.key}`} aria-labelledby={`h-${column.key}`}>
      <h3 id={`h-${column.key}`}>
        <span class="number">
          {index + 1} ({columnLetter(index)})
        </span>{' '}
        {header(column, lang)}
      </h3>
      <dl class="facts">
        <dt>{t(lang, 'od.dict.meaning')}</dt>
        <dd>{meaning(column, lang)}</dd>
        <dt>{t(lang, 'od.dict.example')}</dt>
        <dd>
          <code>{column.example(lang)}</code>
        </dd>
      </dl>
      {values.length > 0 ? (
        <details>
          <summary>
            {t(lang, 'od.dict.codes')} ({values.length})
          </summary>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'od.dict.code')}</th>
                  <th scope="col">{t(lang, 'od.dict.label')}</th>
                </tr>
              </thead>
              <tbody>
                {values.map((v) => (
                  <tr>
                    <td>
                      <code>{v.code}</code>
                    </td>
                    <td>{v.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** The data dictionary: every column of the downloads, from the list the downloads write. */
export function DictionaryPage({ lang, labels }: { lang: Language; labels: LabelLookup }) {
  const withheld = t(lang, 'incident.withheld');
  return (
    <Layout lang={lang} title={t(lang, 'od.dict.title')} path={`/${lang}/open-data/dictionary`}>
      <div class="open-data dictionary">
        <p class="meta">
          <a href={`/${lang}/open-data`}>{t(lang, 'od.title')}</a>
        </p>
        <h1>{t(lang, 'od.dict.title')}</h1>
        <p>{t(lang, 'od.dict.intro')}</p>
        <p>
          <a href={`/${lang}/incidents.csv`}>{t(lang, 'od.csv')}</a> ·{' '}
          <a href={`/${lang}/incidents.xlsx`}>{t(lang, 'od.xlsx')}</a>
        </p>
        <section aria-labelledby="format">
          <h2 id="format">{t(lang, 'od.dict.format')}</h2>
          <ul>
            <li>{t(lang, 'od.dict.encoding')}</li>
            <li>{t(lang, 'od.dict.formulas')}</li>
            <li>{t(lang, 'od.dict.separators')}</li>
            <li>{t(lang, 'od.dict.withheld', { withheld })}</li>
          </ul>
        </section>
        <section aria-labelledby="columns">
          <h2 id="columns">
            {t(lang, 'od.dict.columns')} ({COLUMNS.length})
          </h2>
          {COLUMNS.map((column, index) => (
            <ColumnEntry lang={lang} column={column} index={index} labels={labels} />
          ))}
        </section>
      </div>
    </Layout>
  );
}
