import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

const DERIVED_SETTING = 'derived_version';

/** The version of the rules the stored derived columns were computed with (0 when never recorded). */
export async function derivedVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', DERIVED_SETTING)
    .executeTakeFirst();
  return typeof row?.value === 'number' ? row.value : 0;
}

export async function setDerivedVersion(db: Db, version: number): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: DERIVED_SETTING, value: JSON.stringify(version), updated_at: sql`now()` })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(version), updated_at: sql`now()` }),
    )
    .execute();
}

/** Every incident's id, merged and deleted ones' rows included while they exist. */
export async function allIncidentIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('incidents').select('id').orderBy('id').execute()).map((r) => r.id);
}
