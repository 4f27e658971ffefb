import type { Language } from '../../../shared/languages.js';
import type { Redactor } from '../../../shared/text/redact.js';
import type { Db } from '../../db/database.js';
import type { InterventionRow } from '../../db/schema.js';
import { redactionsOfLinked } from '../incidents/redaction.js';
import { presentPublicIntervention } from './intervention.presenter.js';
import * as repo from './intervention.repo.js';

/**
 * Public interventions (each with the incidents the public may see, as the service found them),
 * redacted with the names withheld in every incident each one is linked to, public or not.
 */
export async function presentPublicInterventions(
  db: Db,
  found: { row: InterventionRow; incidentIds: string[] }[],
  today: string,
  lang: Language = 'en',
) {
  // Every link (audience null), not only the public ones: the redaction needs all their names.
  const all = await repo.incidentIdsOf(
    db,
    found.map((f) => f.row.id),
    null,
  );
  const redactions = await redactionsOfLinked(db, all);
  // A record without its redaction fails loudly rather than going out unredacted.
  return found.map(({ row, incidentIds }) =>
    presentPublicIntervention(row, incidentIds, today, redactions.get(row.id) as Redactor, lang),
  );
}
