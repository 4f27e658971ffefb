import type { LocalizedText } from '../../../shared/languages.js';
import type { OutletRow } from '../../db/schema.js';

/** Outlets are public organisations: one presenter serves every audience. */
export function presentOutlet(row: OutletRow) {
  return {
    id: row.id,
    name: row.name,
    names: row.names as LocalizedText,
    aliases: row.aliases,
    type: row.outlet_type,
    independence: row.independence,
    country: row.country,
    url: row.url,
    version: row.version,
  };
}
