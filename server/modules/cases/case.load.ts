import type { Db } from '../../db/database.js';
import { findActors } from '../actors/actor.repo.js';
import { findIncident } from '../incidents/incident.repo.js';
import type { CaseParts } from './case.presenter.js';
import * as repo from './case.repo.js';

/**
 * Loads an incident's case; `publicOnly` hides incidents the public may not see. Callers pass an
 * incident that went through the gate (`gateIncident`) first.
 */
export async function loadCase(
  db: Db,
  idOrReference: string,
  publicOnly: boolean,
): Promise<CaseParts | null> {
  const incident = await findIncident(db, idOrReference, publicOnly);
  if (!incident) return null;
  const involvements = await repo.listInvolvements(db, incident.id);
  const proceedings = await repo.listProceedings(db, incident.id);
  const [involvementEvents, events, actors] = await Promise.all([
    repo.listInvolvementEvents(
      db,
      involvements.map((i) => i.id),
    ),
    repo.listProceedingEvents(
      db,
      proceedings.map((p) => p.id),
      !publicOnly,
    ),
    findActors(db, [...new Set(involvements.map((i) => i.actor_id))]),
  ]);
  return {
    incident,
    involvements,
    involvementEvents,
    proceedings,
    events,
    actors: new Map(actors.map((a) => [a.id, a])),
  };
}
