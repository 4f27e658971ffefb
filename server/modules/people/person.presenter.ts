import type { LocalizedText } from '../../../shared/languages.js';
import type { PersonRow } from '../../db/schema.js';
import type { PersonView } from './person.schema.js';

/** The internal view: everything, including notes. */
export function presentPerson(row: PersonRow, outletIds: string[]): PersonView {
  return {
    id: row.id,
    name: row.name,
    names: row.names as LocalizedText,
    aliases: row.aliases,
    roles: row.roles,
    gender: row.gender,
    consentToName: row.consent_to_name,
    notes: row.notes,
    outletIds,
    version: row.version,
  };
}

/** The public view of a person who consented to be named: no notes, gender or aliases. */
export function presentPublicPerson(row: PersonRow, outletIds: string[]) {
  return { id: row.id, name: row.name, names: row.names as LocalizedText, roles: row.roles, outletIds };
}
