import { type Db, inTransaction } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { AppError, notFound, versionConflict } from '../../http/errors.js';
import { checkReferences } from '../../http/references.js';
import { recordAudit } from '../audit/audit.repo.js';
import { presentFigure, presentIndicator } from './context.presenter.js';
import * as repo from './context.repo.js';
import type { FigureInput, IndicatorInput } from './context.schema.js';

const requireVersion = (version: number | undefined): number => {
  if (version === undefined)
    throw new AppError('validation_failed', 'Send the version you read', [
      { path: 'version', code: 'required' },
    ]);
  return version;
};

const indicatorValues = (i: IndicatorInput) => ({
  country: i.country,
  indicator: i.indicator,
  year: i.year,
  rank: i.rank,
  out_of: i.outOf,
  score: i.score,
  zone: i.zone,
  source: i.source,
  source_excerpt: i.sourceExcerpt,
});

/** Records a press-freedom index rank or score for a country and year (one per indicator and year). */
export function saveIndicator(db: Db, who: Principal, id: string | null, input: IndicatorInput) {
  const actor = authorize(who, 'context.write');
  return inTransaction(db, async (trx) => {
    await checkReferences(trx, { countries: [{ path: 'country', code: input.country }] });
    if (id === null) {
      const row = await repo.insertIndicator(trx, indicatorValues(input));
      await recordAudit(trx, {
        actor,
        action: 'indicator.created',
        entityType: 'indicator',
        entityId: row.id,
        before: null,
        after: presentIndicator(row),
      });
      return presentIndicator(row);
    }
    const existing = await repo.findIndicator(trx, id);
    if (!existing) throw notFound('indicator_not_found', 'Indicator', id);
    const row = await repo.updateIndicator(trx, id, requireVersion(input.version), indicatorValues(input));
    if (!row) throw versionConflict(existing.version);
    await recordAudit(trx, {
      actor,
      action: 'indicator.updated',
      entityType: 'indicator',
      entityId: id,
      before: presentIndicator(existing),
      after: presentIndicator(row),
    });
    return presentIndicator(row);
  });
}

const figureValues = (f: FigureInput) => ({
  organisation: f.organisation,
  country: f.country,
  period_start: f.periodStart,
  period_end: f.periodEnd,
  category: JSON.stringify(f.category),
  type_codes: f.typeCodes,
  count: f.count,
  published_on: f.publishedOn,
  source: f.source,
  source_excerpt: f.sourceExcerpt,
});

/** Records a figure an organisation published for a period ("77 cases of interference…"). */
export function saveFigure(db: Db, who: Principal, id: string | null, input: FigureInput) {
  const actor = authorize(who, 'context.write');
  return inTransaction(db, async (trx) => {
    // Group letters (A–I) are terms of the typology as well; every entry is checked at its own index.
    const codes = input.typeCodes.map((code, i) => ({ path: `typeCodes.${i}`, code }));
    await checkReferences(trx, {
      countries: [{ path: 'country', code: input.country }],
      vocabulary: { typology: codes },
    });
    if (id === null) {
      const row = await repo.insertFigure(trx, figureValues(input));
      await recordAudit(trx, {
        actor,
        action: 'figure.created',
        entityType: 'published_figure',
        entityId: row.id,
        before: null,
        after: presentFigure(row),
      });
      return presentFigure(row);
    }
    const existing = await repo.findFigure(trx, id);
    if (!existing) throw notFound('figure_not_found', 'Published figure', id);
    const row = await repo.updateFigure(trx, id, requireVersion(input.version), figureValues(input));
    if (!row) throw versionConflict(existing.version);
    await recordAudit(trx, {
      actor,
      action: 'figure.updated',
      entityType: 'published_figure',
      entityId: id,
      before: presentFigure(existing),
      after: presentFigure(row),
    });
    return presentFigure(row);
  });
}
