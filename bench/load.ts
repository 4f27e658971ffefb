import { type Kysely, sql } from 'kysely';
import type { Database } from '../server/db/schema.js';
import { KAZAKHSTAN_PLACES } from '../shared/gazetteer/kazakhstan.js';
import { searchDocument } from '../shared/text/transliterate.js';
import type { SyntheticIncident, SyntheticPerson } from './generate.js';

const placeNames = new Map(KAZAKHSTAN_PLACES.map((p) => [p.code, [...Object.values(p.names), ...p.aliases]]));

/** Inserts the people in batches and returns their ids in pool order. */
export async function insertPeople(db: Kysely<Database>, people: SyntheticPerson[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < people.length; i += 2000) {
    const rows = await db
      .insertInto('people')
      .values(
        people.slice(i, i + 2000).map((p) => ({
          name: p.name,
          names: JSON.stringify({ ru: p.name }),
          aliases: [],
          roles: p.roles,
          gender: 'unknown' as const,
          consent_to_name: p.consent,
          notes: null,
        })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/**
 * Writes a batch of incidents and their violations with the derived columns the service would
 * compute (groups, victim roles, both search documents), in two multi-row statements.
 */
export async function insertIncidentBatch(
  db: Kysely<Database>,
  batch: SyntheticIncident[],
  people: SyntheticPerson[],
  personIds: string[],
  nextNumber: (year: number) => number,
): Promise<number> {
  const rows = batch.map((inc) => {
    const year = Number(inc.date.slice(0, 4));
    const victims = inc.victims.map((v) => people[v] as SyntheticPerson);
    const places = [inc.region, inc.city].flatMap((c) => (c ? (placeNames.get(c) ?? []) : []));
    const titles = [inc.title.en, inc.title.ru];
    return {
      reference: `KZ-${year}-${String(nextNumber(year)).padStart(4, '0')}`,
      date_start: inc.date,
      date_precision: 'day' as const,
      date_end: null,
      date_last: inc.date,
      country: 'KZ',
      region_code: inc.region,
      city_code: inc.city,
      place_type: null,
      place_detail: '{}',
      title: JSON.stringify(inc.title),
      description: '{}',
      public_title: JSON.stringify(inc.title),
      original_language: 'ru' as const,
      verification: inc.verification,
      visibility: inc.visibility,
      type_codes: inc.typeCodes,
      type_groups: inc.groups,
      victim_roles: [...new Set(victims.flatMap((v) => v.roles))].sort(),
      actor_types: inc.actorTypes,
      accountability: inc.accountability,
      accountability_reason: inc.accountability === 'unknown' ? 'no_information' : 'synthetic',
      first_case_event_on: inc.firstCaseEventOn,
      last_case_event_on: inc.lastCaseEventOn,
      search_all: sql`to_tsvector('simple', ${searchDocument([...titles, ...places, ...victims.map((v) => v.name)])})`,
      search_public: sql`to_tsvector('simple', ${searchDocument([...titles, ...places, ...victims.filter((v) => v.consent).map((v) => v.name)])})`,
      created_by: 'bench',
      updated_by: 'bench',
    };
  });
  const inserted = await db.insertInto('incidents').values(rows).returning('id').execute();
  const violations = batch.flatMap((inc, i) =>
    inc.typeCodes.flatMap((code) =>
      inc.victims.map((v, position) => ({
        incident_id: (inserted[i] as { id: string }).id,
        victim_id: personIds[v] as string,
        type_code: code,
        description: '{}',
        position,
      })),
    ),
  );
  await db.insertInto('violations').values(violations).execute();
  return violations.length;
}

/** Brings the reference counters in line with the numbers handed out by the bulk load. */
export async function saveCounters(db: Kysely<Database>, counters: Map<number, number>): Promise<void> {
  for (const [year, last] of counters) {
    await db
      .insertInto('reference_counters')
      .values({ country: 'KZ', year, last_number: last })
      .onConflict((oc) => oc.columns(['country', 'year']).doUpdateSet({ last_number: last }))
      .execute();
  }
}
