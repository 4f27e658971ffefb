import { ACCOUNTABILITY_STATUSES } from '../../shared/accountability/codes.js';
import { ACCOUNTABILITY_STATUS_TERMS } from '../../shared/accountability/labels.js';
import { t } from '../../shared/i18n/index.js';
import type { Labels, Language } from '../../shared/languages.js';
import { Layout } from './layout.js';

export interface TypologyTerm {
  code: string;
  parent: string | null;
  labels: Labels;
  definitions: Labels;
  crosswalk: Record<string, string[]>;
}

// Named in the reader's language: "CoE" or "USPFT" means nothing to a reader in Kazakh or Russian.
const SCHEMES = ['adilsoz', 'cpj', 'coe', 'mfrr', 'uspft'] as const;

/** The methodology: the typology with definitions and crosswalks, the accountability rule, counting. */
export function MethodologyPage({
  lang,
  typology,
  stalledAfterDays,
}: {
  lang: Language;
  typology: TypologyTerm[];
  stalledAfterDays: number;
}) {
  const groups = typology.filter((term) => term.parent === null);
  return (
    <Layout lang={lang} title={t(lang, 'method.title')} path={`/${lang}/methodology`} current="methodology">
      <h1>{t(lang, 'method.title')}</h1>
      <p>{t(lang, 'method.intro')}</p>
      <h2>{t(lang, 'method.statuses')}</h2>
      <p>{t(lang, 'method.rule')}</p>
      <dl class="statuses">
        {ACCOUNTABILITY_STATUSES.map((status) => (
          <>
            <dt>
              <strong class={`status status-${status}`}>
                {ACCOUNTABILITY_STATUS_TERMS[status].label[lang]}
              </strong>
            </dt>
            <dd>{ACCOUNTABILITY_STATUS_TERMS[status].definition[lang]}</dd>
          </>
        ))}
      </dl>
      <p>{t(lang, 'method.stalled', { count: stalledAfterDays })}</p>
      <p>{t(lang, 'method.counting')}</p>
      <h2>{t(lang, 'method.typology')}</h2>
      {groups.map((group) => (
        <section class={`method-group group-${group.code}`}>
          <h3>
            {group.code}. {group.labels[lang]}
          </h3>
          <p>{group.definitions[lang]}</p>
          <table class="stacked">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'method.code')}</th>
                <th scope="col">{t(lang, 'method.definition')}</th>
                <th scope="col">{t(lang, 'method.crosswalk')}</th>
              </tr>
            </thead>
            <tbody>
              {typology
                .filter((term) => term.parent === group.code)
                .map((term) => (
                  <tr id={term.code}>
                    <th scope="row">{term.labels[lang]}</th>
                    <td>{term.definitions[lang]}</td>
                    <td class="crosswalk">
                      <span class="cell-label">{t(lang, 'method.crosswalk')}: </span>
                      {SCHEMES.flatMap((scheme) =>
                        (term.crosswalk[scheme] ?? []).length
                          ? [
                              `${t(lang, `method.scheme.${scheme}`)}: ${(term.crosswalk[scheme] ?? []).join('; ')}`,
                            ]
                          : [],
                      ).join(' · ')}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </Layout>
  );
}
