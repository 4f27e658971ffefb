import type { Language } from '../../../shared/languages.js';
import type { Redactor } from '../../../shared/text/redact.js';
import type { Db } from '../../db/database.js';
import type { InterventionRow } from '../../db/schema.js';
import { redactionsOfLinked } from '../incidents/redaction.js';
import { presentPublicIntervention } from './intervention.presenter.js';
import * as repo from './intervention.repo.js';

/**
 * Public interventions as the public sees them: linked to the public incidents only, and redacted
 * with the names withheld in every incident each one is linked to, public or not.
 */
export async function presentPublicInterventions(
  db: Db,
  rows: InterventionRow[],
  today: string,
  lang: Language = 'en',
) {
  const ids = rows.map((r) => r.id);
  const [shown, all] = await Promise.all([
    repo.incidentIdsOf(db, ids, true),
    repo.incidentIdsOf(db, ids, false),
  ]);
  const redactions = await redactionsOfLinked(db, all);
  // A record without its redaction fails loudly rather than going out unredacted.
  return rows.map((r) =>
    presentPublicIntervention(r, shown.get(r.id) ?? [], today, redactions.get(r.id) as Redactor, lang),
  );
}
