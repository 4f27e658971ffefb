import { INTERVENTION_KIND_TERMS } from '../../../shared/accountability/labels.js';
import { t } from '../../../shared/i18n/index.js';
import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { InterventionRow } from '../../db/schema.js';
import type { LinkedIncidentRow } from '../../modules/incidents/incident-links.repo.js';
import { replyLabel } from './interventions.page.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';
import { Actions, ByLanguage, day, Facts, IncidentTable, shown } from './reference.parts.js';

/** One statement or letter: what was said, to whom, whether the authority replied, and its incidents. */
export function InterventionPage(props: {
  lang: Language;
  me: Me;
  row: InterventionRow;
  overdue: boolean;
  incidents: LinkedIncidentRow[];
  mayEdit: boolean;
  notice?: Notice | undefined;
}) {
  const { lang, me, row, overdue, incidents, mayEdit, notice } = props;
  const base = `/${lang}/workspace/interventions`;
  const title = shown(lang, row.title as LocalizedText);
  return (
    <WorkspaceLayout
      lang={lang}
      title={title}
      path={`${base}/${row.id}`}
      me={me}
      section="interventions"
      notice={notice}
    >
      <h1>{title}</h1>
      <Actions>
        {mayEdit ? <a href={`${base}/${row.id}/edit`}>{t(lang, 'ref.edit')}</a> : null}{' '}
        <a href={`/${lang}/workspace/history/intervention/${row.id}`}>{t(lang, 'wi.history')}</a>
      </Actions>
      <Facts
        rows={[
          [t(lang, 'ref.kind'), INTERVENTION_KIND_TERMS[row.kind].label[lang]],
          [t(lang, 'ref.issuedOn'), day(lang, row.issued_on)],
          [t(lang, 'ref.issuedBy'), row.issued_by ?? '—'],
          [t(lang, 'ref.addressee'), row.addressee ?? '—'],
          [t(lang, 'ref.deadline'), day(lang, row.deadline)],
          [
            t(lang, 'ref.replyStatus'),
            overdue ? <strong>{replyLabel(lang, row, true)}</strong> : replyLabel(lang, row, false),
          ],
          [t(lang, 'ref.replyOn'), day(lang, row.reply_on)],
          [t(lang, 'ref.replyText'), <span class="pre">{row.reply_text ?? '—'}</span>],
          [t(lang, 'ref.url'), row.url ? <a href={row.url}>{row.url}</a> : '—'],
          [
            t(lang, 'ref.originalLanguage'),
            row.original_language ? t(lang, `ref.lang.${row.original_language}`) : '—',
          ],
          [t(lang, 'ref.visibility'), t(lang, `ref.visibility.${row.visibility}`)],
          [t(lang, 'ref.sourceExcerpt'), <span class="pre">{row.source_excerpt ?? '—'}</span>],
        ]}
      />
      <h2>{t(lang, 'ref.titles')}</h2>
      <ByLanguage lang={lang} value={row.title as LocalizedText} />
      <h2>{t(lang, 'ref.bodies')}</h2>
      <ByLanguage lang={lang} value={row.body as LocalizedText} />
      <h2>{t(lang, 'ref.incidents')}</h2>
      <IncidentTable lang={lang} items={incidents} />
    </WorkspaceLayout>
  );
}
