import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type {
  NewIncidentRow,
  NewSourceRow,
  NewViolationRow,
  SourceRow,
  ViolationRow,
} from '../../db/schema.js';
import { publicIncident } from './incident-scope.repo.js';

/** Hands out the next reference number for a country and year, safely across processes. */
export async function nextReferenceNumber(trx: Db, country: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('reference_counters')
    .values({ country, year, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['country', 'year']).doUpdateSet({ last_number: sql`reference_counters.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

/** One incident by id or reference; `publicOnly` hides what the public may not see. */
export function findIncident(db: Db, idOrReference: string, publicOnly: boolean) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrReference);
  let query = db
    .selectFrom('incidents')
    .selectAll()
    .where(isUuid ? 'id' : 'reference', '=', idOrReference);
  if (publicOnly) query = query.where(publicIncident());
  return query.executeTakeFirst();
}

export function findViolations(db: Db, incidentId: string): Promise<ViolationRow[]> {
  return db
    .selectFrom('violations')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('position')
    .execute();
}

export function findSources(db: Db, incidentId: string): Promise<SourceRow[]> {
  return db
    .selectFrom('sources')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('position')
    .execute();
}

export function insertIncident(trx: Db, values: NewIncidentRow) {
  return trx.insertInto('incidents').values(values).returningAll().executeTakeFirstOrThrow();
}

export type IncidentValues = Omit<NewIncidentRow, 'reference' | 'created_by' | 'id'>;

export function updateIncident(
  trx: Db,
  id: string,
  version: number,
  values: IncidentValues & { updated_by: string },
) {
  return trx
    .updateTable('incidents')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function deleteIncident(trx: Db, id: string, version: number) {
  return trx
    .deleteFrom('incidents')
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

type ChildRow<T> = Omit<T, 'incident_id' | 'id'> & { id?: string | undefined };

interface ChildRows {
  violations: ChildRow<NewViolationRow>;
  sources: ChildRow<NewSourceRow>;
}

/**
 * Makes the incident's violations or sources exactly `rows`: rows with a known id are updated in
 * place (so anything linked to a violation keeps its link), the others inserted, the missing ones
 * deleted.
 */
export async function replaceChildren<T extends keyof ChildRows>(
  trx: Db,
  table: T,
  incidentId: string,
  rows: ChildRows[T][],
): Promise<void> {
  // Both tables have the same id and incident_id columns; Kysely cannot see that through `T`,
  // so the table is named as one of them and the values are checked by the ChildRows signature.
  const keep = rows.flatMap((r) => (r.id ? [r.id] : []));
  let del = trx.deleteFrom(table as 'sources').where('incident_id', '=', incidentId);
  if (keep.length) del = del.where('id', 'not in', keep);
  await del.execute();
  for (const { id, ...values } of rows) {
    if (id) {
      await trx
        .updateTable(table as 'sources')
        .set(values as never)
        .where('id', '=', id)
        .where('incident_id', '=', incidentId)
        .execute();
    } else {
      await trx
        .insertInto(table as 'sources')
        .values({ ...values, incident_id: incidentId } as never)
        .execute();
    }
  }
}

/** Ids among `ids` that are not children of the incident (a client cannot adopt another's rows). */
export async function foreignChildIds(
  trx: Db,
  table: 'violations' | 'sources',
  incidentId: string,
  ids: string[],
) {
  if (ids.length === 0) return new Set<string>();
  const own = await trx
    .selectFrom(table)
    .select('id')
    .where('incident_id', '=', incidentId)
    .where('id', 'in', ids)
    .execute();
  const owned = new Set(own.map((r) => r.id));
  return new Set(ids.filter((id) => !owned.has(id)));
}

/** Derived columns, recomputed after every change to the incident or its victims. */
export interface DerivedValues {
  type_codes: string[];
  type_groups: string[];
  victim_roles: string[];
  public_title: string;
  searchAll: string;
  searchPublic: string;
}

export async function setDerived(trx: Db, id: string, d: DerivedValues): Promise<void> {
  await trx
    .updateTable('incidents')
    .set({
      type_codes: d.type_codes,
      type_groups: d.type_groups,
      victim_roles: d.victim_roles,
      public_title: d.public_title,
      search_all: sql`to_tsvector('simple', ${d.searchAll})`,
      search_public: sql`to_tsvector('simple', ${d.searchPublic})`,
    })
    .where('id', '=', id)
    .execute();
}

/** Incidents in which the person is a victim. */
export async function incidentIdsOfVictim(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('violations')
    .select('incident_id')
    .distinct()
    .where('victim_id', '=', personId)
    .execute();
  return rows.map((r) => r.incident_id);
}

/**
 * For a merged duplicate, the reference of the incident it was merged into (followed if that one
 * was merged too); null when the incident is not merged, or the target is not for this reader.
 */
export async function mergedTarget(
  db: Db,
  idOrReference: string,
  publicOnly: boolean,
): Promise<string | null> {
  let row = await findIncident(db, idOrReference, false);
  if (!row?.merged_into) return null;
  for (let hops = 0; row?.merged_into && hops < 10; hops++)
    row = await findIncident(db, row.merged_into, false);
  if (!row || (publicOnly && !(await findIncident(db, row.id, true)))) return null;
  return row.reference;
}

/** A duplicate merged into this incident, if any (such an incident cannot be deleted). */
export function findMergedDuplicate(trx: Db, incidentId: string) {
  return trx
    .selectFrom('incidents')
    .select('reference')
    .where('merged_into', '=', incidentId)
    .executeTakeFirst();
}
