import type { LocalizedText } from '../../../shared/languages.js';
import type { Db } from '../../db/database.js';
import { authorize, type Principal } from '../../http/auth.js';
import { notFound } from '../../http/errors.js';
import { findActor } from '../actors/actor.repo.js';
import { readerScope } from '../incidents/incident.gate.js';
import type { IncidentAudience } from '../incidents/incident-scope.repo.js';
import { findIntervention } from '../interventions/intervention.repo.js';
import { findOutlet } from '../outlets/outlet.repo.js';
import { findPerson } from '../people/person.repo.js';
import { listAudit } from './audit.repo.js';

export type HistoryRecord = 'person' | 'outlet' | 'intervention' | 'actor';

/** The record's name as the audience may see it (undefined: hidden from it), null for the system. */
async function nameOf(db: Db, entity: HistoryRecord, id: string, audience: IncidentAudience | undefined) {
  if (entity === 'intervention') {
    const row = await findIntervention(db, id, audience ?? null);
    return row && (row.title as unknown as LocalizedText);
  }
  const find = { person: findPerson, outlet: findOutlet, actor: findActor }[entity];
  const row = await find(db, id, audience);
  return row && (row.name ?? id);
}

/**
 * A person's, outlet's, actor's or intervention's history with its name now, for internal readers.
 * A record that belongs only to incidents hidden from the reader answers 404, as one that never
 * existed; a deleted one (its history stays) is shown by its id.
 */
export async function recordHistory(db: Db, who: Principal, entity: HistoryRecord, id: string) {
  authorize(who, 'records.read');
  const missing = () => notFound(`${entity}_not_found`, entity, id);
  const exists = (await nameOf(db, entity, id, undefined)) !== undefined;
  const name = await nameOf(db, entity, id, readerScope(who));
  if (exists && name === undefined) throw missing();
  const entries = await listAudit(db, entity, id);
  if (entries.length === 0) throw missing();
  return { entries, name: name ?? null };
}
