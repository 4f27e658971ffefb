import type { LocalizedText } from '../../../shared/languages.js';
import type { ActorRow } from '../../db/schema.js';
import type { ActorView } from './actor.schema.js';

export function presentActor(row: ActorRow): ActorView {
  return {
    id: row.id,
    type: row.actor_type,
    name: row.name,
    names: row.names as LocalizedText,
    level: row.level,
    personId: row.person_id,
    notes: row.notes,
    version: row.version,
  };
}

/**
 * The public view: an institution keeps its name ("Kokshetau city police"); an individual does
 * not, since naming a suspect publicly is for courts, not for a monitoring database.
 */
export function presentPublicActor(row: ActorRow) {
  const institution = row.person_id === null;
  return {
    id: row.id,
    type: row.actor_type,
    name: institution ? row.name : null,
    names: institution ? (row.names as LocalizedText) : {},
    level: row.level,
  };
}
