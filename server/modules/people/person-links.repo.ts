import type { Db } from '../../db/database.js';
import { type IncidentAudience, seenThroughIncidents } from '../incidents/incident-scope.repo.js';

/** The people who work or worked for an outlet, by name, but not those hidden from the audience. */
export function peopleOfOutlet(db: Db, outletId: string, audience: IncidentAudience) {
  let query = db
    .selectFrom('people')
    .innerJoin('person_outlets', 'person_outlets.person_id', 'people.id')
    .selectAll('people')
    .where('person_outlets.outlet_id', '=', outletId);
  const seen = seenThroughIncidents('person', audience);
  if (seen) query = query.where(seen);
  return query.orderBy('people.name').execute();
}

/**
 * The proceedings in which the person is the subject (a case against the journalist), limited
 * to the incidents the caller may read, with the latest step that was not retracted.
 */
export async function proceedingsOfSubject(db: Db, personId: string, incidentIds: string[]) {
  if (incidentIds.length === 0) return [];
  const rows = await db
    .selectFrom('proceedings')
    .innerJoin('incidents', 'incidents.id', 'proceedings.incident_id')
    .select([
      'proceedings.id',
      'proceedings.kind',
      'proceedings.authority',
      'proceedings.article',
      'proceedings.case_number',
      'incidents.reference',
    ])
    .select((eb) => [
      eb
        .selectFrom('proceeding_events as e')
        .select('e.event_type')
        .whereRef('e.proceeding_id', '=', 'proceedings.id')
        .where('e.retracted_at', 'is', null)
        .orderBy('e.position', 'desc')
        .limit(1)
        .as('last_event'),
      eb
        .selectFrom('proceeding_events as e')
        .select('e.occurred_on')
        .whereRef('e.proceeding_id', '=', 'proceedings.id')
        .where('e.retracted_at', 'is', null)
        .orderBy('e.position', 'desc')
        .limit(1)
        .as('last_event_on'),
    ])
    .where('proceedings.subject_id', '=', personId)
    .where('proceedings.incident_id', 'in', incidentIds)
    .orderBy('incidents.reference')
    .orderBy('proceedings.created_at')
    .execute();
  return rows;
}
