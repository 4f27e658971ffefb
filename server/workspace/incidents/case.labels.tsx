import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import type { CaseView } from '../../modules/cases/case.schema.js';
import { CaseField, type CaseForm, CaseSelect } from './case.fields.js';
import type { Option } from './editor.options.js';

type ProceedingEventItem = CaseView['proceedings'][number]['events'][number];

/** The labels of each form's fields, by the form's kind (the start of its scope), for the summary. */
export function labelsOf(lang: Language, scope: string): Record<string, string> {
  const w = (key: string) => t(lang, `wi.${key}` as Parameters<typeof t>[1]);
  const kind = scope.split('-')[0];
  if (kind === 'involvement') {
    return {
      actorType: w('actorType'),
      actorName: w('actorName'),
      actorNamePublic: w('actorNamePublic'),
      role: w('role'),
      headcount: w('headcount'),
      status: w('legalStatus'),
      statusOn: w('on'),
      note: w('note'),
    };
  }
  if (kind === 'status') return { status: w('changeStatus'), on: w('on'), note: w('note') };
  if (kind === 'proceeding') {
    return { kind: w('kind'), authority: w('authority'), caseNumber: w('caseNumber'), article: w('article') };
  }
  return {
    type: w('eventType'),
    on: w('on'),
    article: w('article'),
    reason: w('reason'),
    sentence: w('sentence'),
    note: w('note'),
  };
}

/** The fields of a proceeding's step, to add one or to correct it. */
export function EventFields(p: { form: CaseForm; eventOptions: Option[]; event?: ProceedingEventItem }) {
  const { form, event: e } = p;
  const l = labelsOf(form.lang, 'event');
  return (
    <>
      <CaseSelect form={form} name="type" label={l.type as string} list={p.eventOptions} value={e?.type} />
      {(['on', 'article', 'reason', 'sentence', 'note'] as const).map((name) => (
        <CaseField form={form} name={name} label={l[name] as string} value={e?.[name]} />
      ))}
    </>
  );
}
