import type { Db } from '../../db/database.js';

/** Terms of one vocabulary in display order. */
export function listTerms(db: Db, vocabulary: string) {
  return db
    .selectFrom('vocabulary_terms')
    .selectAll()
    .where('vocabulary', '=', vocabulary)
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}

export function findTerm(db: Db, vocabulary: string, code: string) {
  return db
    .selectFrom('vocabulary_terms')
    .selectAll()
    .where('vocabulary', '=', vocabulary)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The codes among `codes` that the vocabulary does not have. */
export async function missingCodes(db: Db, vocabulary: string, codes: string[]): Promise<Set<string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Set();
  const found = await db
    .selectFrom('vocabulary_terms')
    .select('code')
    .where('vocabulary', '=', vocabulary)
    .where('code', 'in', wanted)
    .execute();
  const known = new Set(found.map((r) => r.code));
  return new Set(wanted.filter((code) => !known.has(code)));
}

/** The parent (group) of each typology code, for the denormalised group filter. */
export async function parentsOf(db: Db, vocabulary: string, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('vocabulary_terms')
    .select(['code', 'parent_code'])
    .where('vocabulary', '=', vocabulary)
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.flatMap((r) => (r.parent_code ? [[r.code, r.parent_code] as const] : [])));
}

export interface TermValues {
  parent_code: string | null;
  labels: string;
  definitions: string;
  crosswalk: string;
  sort_order: number;
}

export function insertTerm(db: Db, vocabulary: string, code: string, values: TermValues) {
  return db
    .insertInto('vocabulary_terms')
    .values({ vocabulary, code, ...values })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateTerm(db: Db, vocabulary: string, code: string, version: number, values: TermValues) {
  return db
    .updateTable('vocabulary_terms')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('vocabulary', '=', vocabulary)
    .where('code', '=', code)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Every term's labels, for the portal's label cache. */
export function allTermLabels(db: Db) {
  return db.selectFrom('vocabulary_terms').select(['vocabulary', 'code', 'labels']).execute();
}
