import type { LocalizedText } from '../../../shared/languages.js';
import type { ActorRow } from '../../db/schema.js';
import { isActorNamedInPublic } from '../people/named-in-public.js';
import type { ActorView } from './actor.schema.js';

/** The internal view: every field, notes included. */
export function presentActor(row: ActorRow): ActorView {
  return {
    id: row.id,
    type: row.actor_type,
    name: row.name,
    names: row.names as LocalizedText,
    level: row.level,
    personId: row.person_id,
    namePublic: row.name_public,
    notes: row.notes,
    version: row.version,
  };
}

/**
 * The public view: an institution keeps its name ("Kokshetau city police"); an individual only
 * when an editor marked the name public (`isActorNamedInPublic`). The caller redacts the result
 * with the redaction of the records it belongs to.
 */
export function presentPublicActor(row: ActorRow) {
  const named = isActorNamedInPublic(row);
  return {
    id: row.id,
    type: row.actor_type,
    name: named ? row.name : null,
    names: named ? (row.names as LocalizedText) : {},
    level: row.level,
  };
}
