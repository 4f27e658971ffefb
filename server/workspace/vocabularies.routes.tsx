import { type Context, Hono } from 'hono';
import type { Labels } from '../../shared/languages.js';
import { TREE_GROUPS, VOCABULARY_NAMES, type VocabularyName } from '../../shared/vocabularies/index.js';
import { CROSSWALK_SCHEMES } from '../../shared/vocabularies/types.js';
import type { VocabularyTermRow } from '../db/schema.js';
import { can } from '../http/auth.js';
import { Code } from '../http/common.schema.js';
import { AppError, type ErrorDetail, notFound, zodDetails } from '../http/errors.js';
import * as repo from '../modules/vocabularies/vocabulary.repo.js';
import { TermInput } from '../modules/vocabularies/vocabulary.schema.js';
import { saveTerm } from '../modules/vocabularies/vocabulary.service.js';
import type { WorkspaceEnv } from './env.js';
import {
  type Fields,
  type FormState,
  freshForm,
  lines,
  localized,
  localizedFields,
  numberOrNull,
  submitForm,
  text,
  version,
} from './form-state.js';
import { form, lang, me } from './forms.js';
import { savedNotice } from './reference.data.js';
import { requireSession } from './session.js';
import type { Notice } from './views/layout.js';
import { TermFormPage } from './views/term.form.page.js';
import { TermsPage } from './views/terms.page.js';
import { VocabulariesPage } from './views/vocabularies.page.js';

/** Administrators: the vocabularies, the terms of each with their labels and definitions, and the forms. */
export const vocabularyRoutes = new Hono<WorkspaceEnv>();

const V = `/:lang{kk|ru|en}/workspace/vocabularies`;
const NAME = `:name{(?:${VOCABULARY_NAMES.join('|')})}`;
const CODE = ':code{(?:[a-z][a-z0-9_]{0,63}|[A-Z])}';

/** These pages change what every record is described with: administrators only. */
function mayAdminister(c: Context<WorkspaceEnv>): void {
  if (!can(c.var.actor, 'reference.write')) {
    throw new AppError('forbidden', 'Vocabularies are edited by administrators');
  }
}

const nameOf = (c: Context<WorkspaceEnv>) => c.req.param('name') as VocabularyName;

const termFields = (row: VocabularyTermRow): Fields => ({
  parent: row.parent_code ?? '',
  ...localizedFields('labels', row.labels as Labels),
  ...localizedFields('definitions', row.definitions as Labels),
  sortOrder: String(row.sort_order),
  ...Object.fromEntries(
    CROSSWALK_SCHEMES.map((s) => [`crosswalk.${s}`, (row.crosswalk[s] ?? []).join('\n')]),
  ),
  version: String(row.version),
});

/** The form as the service's input, with the code (a new term's) checked like the API checks it. */
function termInput(f: Fields, code: string) {
  const details: ErrorDetail[] = Code.safeParse(code).success
    ? []
    : [{ path: 'code', code: 'invalid_format' }];
  const crosswalk = Object.fromEntries(
    CROSSWALK_SCHEMES.flatMap((s) =>
      lines(f, `crosswalk.${s}`).length ? [[s, lines(f, `crosswalk.${s}`)]] : [],
    ),
  );
  const parsed = TermInput.safeParse({
    parent: text(f, 'parent') || null,
    labels: localized(f, 'labels'),
    definitions: localized(f, 'definitions'),
    crosswalk,
    sortOrder: numberOrNull(f, 'sortOrder') ?? 0,
    version: version(f),
  });
  if (!parsed.success) details.push(...zodDetails(parsed.error));
  if (!parsed.success || details.length > 0) throw new AppError('validation_failed', 'Invalid form', details);
  return parsed.data;
}

async function formPage(
  c: Context<WorkspaceEnv>,
  state: FormState,
  code?: string,
  notice?: Notice,
  status = 200,
) {
  const name = nameOf(c);
  const groups = TREE_GROUPS[name];
  const terms = groups ? await repo.listTerms(c.var.db, name) : [];
  const groupChoices = groups
    ? terms
        .filter((r) => groups.includes(r.code))
        .map((r) => [r.code, `${r.code} — ${(r.labels as Labels)[lang(c)]}`] as const)
    : null;
  return c.html(
    <TermFormPage
      lang={lang(c)}
      me={me(c)}
      name={name}
      state={state}
      groups={groupChoices}
      code={code}
      notice={notice}
    />,
    status as 200,
  );
}

vocabularyRoutes.get(V, requireSession(), async (c) => {
  mayAdminister(c);
  const vocabularies = await Promise.all(
    VOCABULARY_NAMES.map(async (name) => ({ name, terms: (await repo.listTerms(c.var.db, name)).length })),
  );
  return c.html(<VocabulariesPage lang={lang(c)} me={me(c)} vocabularies={vocabularies} />);
});

vocabularyRoutes.get(`${V}/${NAME}`, requireSession(), async (c) => {
  mayAdminister(c);
  const terms = await repo.listTerms(c.var.db, nameOf(c));
  return c.html(
    <TermsPage lang={lang(c)} me={me(c)} name={nameOf(c)} terms={terms} notice={savedNotice(c)} />,
  );
});

vocabularyRoutes.get(`${V}/${NAME}/new`, requireSession(), (c) => {
  mayAdminister(c);
  return formPage(c, freshForm({ sortOrder: '0' }));
});

vocabularyRoutes.post(`${V}/${NAME}`, requireSession(), async (c) => {
  mayAdminister(c);
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      const code = text(f, 'code');
      await saveTerm(c.var.db, c.var.actor, nameOf(c), code, termInput({ ...f, version: '' }, code));
      return `/${lang(c)}/workspace/vocabularies/${nameOf(c)}?done=saved`;
    },
    render: (state, notice, status) => formPage(c, state, undefined, notice, status),
  });
});

async function findOrFail(c: Context<WorkspaceEnv>): Promise<VocabularyTermRow> {
  const code = c.req.param('code') as string;
  const row = await repo.findTerm(c.var.db, nameOf(c), code);
  if (!row) throw notFound('term_not_found', 'Term', `${nameOf(c)}/${code}`);
  return row;
}

vocabularyRoutes.get(`${V}/${NAME}/terms/${CODE}`, requireSession(), async (c) => {
  mayAdminister(c);
  const row = await findOrFail(c);
  return formPage(c, freshForm(termFields(row)), row.code);
});

vocabularyRoutes.post(`${V}/${NAME}/terms/${CODE}`, requireSession(), async (c) => {
  mayAdminister(c);
  const row = await findOrFail(c);
  const f = await form(c);
  return submitForm(c, f, {
    save: async () => {
      await saveTerm(c.var.db, c.var.actor, nameOf(c), row.code, termInput(f, row.code));
      return `/${lang(c)}/workspace/vocabularies/${nameOf(c)}?done=saved`;
    },
    current: async () => {
      const now = await repo.findTerm(c.var.db, nameOf(c), row.code);
      return now ? termFields(now) : null;
    },
    render: (state, notice, status) => formPage(c, state, row.code, notice, status),
  });
});
