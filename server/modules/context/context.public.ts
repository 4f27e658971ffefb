import { redactDocument } from '../../../shared/text/redact-document.js';
import type { Db } from '../../db/database.js';
import { redactionForAll } from '../incidents/redaction.js';
import * as repo from './context.repo.js';

/*
 * Figures and index ranks belong to no incident, so their public texts (organisation, category,
 * source, excerpt) are redacted with every name withheld anywhere, once per response.
 */

/** The indicators and published figures as the public may read them, every text redacted. */
export async function listPublicContext(db: Db, country?: string) {
  const [indicators, figures, redactor] = await Promise.all([
    repo.listIndicators(db, country),
    repo.listFigures(db, country),
    redactionForAll(db),
  ]);
  return { indicators: redactDocument(indicators, redactor), figures: redactDocument(figures, redactor) };
}
