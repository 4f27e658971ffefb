import { Hono } from 'hono';
import { requireInternal } from '../../http/auth.js';
import { Code } from '../../http/common.schema.js';
import type { AppEnv } from '../../http/env.js';
import { AppError, notFound } from '../../http/errors.js';
import { describeRoute } from '../../http/openapi.js';
import { readJson, readParam } from '../../http/validate.js';
import { presentTerm } from './vocabulary.presenter.js';
import * as repo from './vocabulary.repo.js';
import { Term, TermInput, TermList, VocabularyList, VocabularyName } from './vocabulary.schema.js';
import { saveTerm } from './vocabulary.service.js';

/** Controlled vocabularies: typology, victim roles, place, source and outlet types. */
export const vocabularyRoutes = new Hono<AppEnv>();

describeRoute({
  method: 'get',
  path: '/vocabularies',
  tag: 'vocabularies',
  access: 'public',
  summary: 'List the vocabularies and how many terms each has',
  response: { status: 200, description: 'The vocabularies', schema: VocabularyList },
});
vocabularyRoutes.get('/', async (c) => {
  const items = await Promise.all(
    VocabularyName.options.map(async (name) => ({
      name,
      terms: (await repo.listTerms(c.var.db, name)).length,
    })),
  );
  return c.json({ items });
});

describeRoute({
  method: 'get',
  path: '/vocabularies/{name}',
  tag: 'vocabularies',
  access: 'public',
  summary: 'All terms of a vocabulary, with labels, definitions and crosswalks',
  params: { name: 'typology, victim_role, place_type, source_type or outlet_type' },
  response: { status: 200, description: 'The terms in display order', schema: TermList },
  errors: [404],
});
vocabularyRoutes.get('/:name', async (c) => {
  const name = readParam(c.req.param('name'), VocabularyName, 'vocabulary', 'not_found');
  const rows = await repo.listTerms(c.var.db, name);
  return c.json({ items: rows.map(presentTerm) });
});

describeRoute({
  method: 'get',
  path: '/vocabularies/{name}/{code}',
  tag: 'vocabularies',
  access: 'public',
  summary: 'One term',
  params: { name: 'The vocabulary', code: 'The term code' },
  response: { status: 200, description: 'The term', schema: Term },
  errors: [404],
});
vocabularyRoutes.get('/:name/:code', async (c) => {
  const name = readParam(c.req.param('name'), VocabularyName, 'vocabulary', 'not_found');
  const code = c.req.param('code');
  const row = await repo.findTerm(c.var.db, name, code);
  if (!row) throw notFound('term_not_found', 'Term', `${name}/${code}`);
  return c.json(presentTerm(row));
});

describeRoute({
  method: 'put',
  path: '/vocabularies/{name}/{code}',
  tag: 'vocabularies',
  access: 'internal',
  summary: 'Create a term, or update it (send its current version)',
  params: {
    name: 'The vocabulary',
    code: 'The term code: lower_snake_case, or a capital letter for a typology group',
  },
  body: TermInput,
  response: { status: 200, description: 'The saved term (201 when created)', schema: Term },
  errors: [404, 409],
});
vocabularyRoutes.put('/:name/:code', async (c) => {
  requireInternal(c.var.actor);
  const name = readParam(c.req.param('name'), VocabularyName, 'vocabulary', 'not_found');
  const code = c.req.param('code');
  if (!Code.safeParse(code).success) {
    throw new AppError('validation_failed', 'Codes are lower_snake_case', [
      { path: 'code', code: 'invalid_format' },
    ]);
  }
  const input = await readJson(c, TermInput);
  const { term, created } = await saveTerm(c.var.db, c.var.actor, name, code, input);
  return c.json(term, created ? 201 : 200);
});
