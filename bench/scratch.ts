import type { Kysely } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';
import { loadReferenceData } from '../server/db/reference-data.js';
import type { Database } from '../server/db/schema.js';
import { generatePeople, incidentGenerator } from './generate.js';
import { insertIncidentBatch, insertPeople, saveCounters } from './load.js';

/** A database of its own on the PostgreSQL server `url` names, dropped when the handle closes. */
export async function scratchPostgres(url: string, label: string): Promise<DatabaseHandle> {
  const name = `qorgau_bench_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const at = new URL(url);
  at.pathname = `/${name}`;
  const inner = await openDatabase({ url: at.toString(), poolSize: 10 });
  return {
    ...inner,
    close: async () => {
      await inner.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/**
 * Migrates, loads the reference data, and writes `size` synthetic incidents (with a person pool of
 * a twentieth of that) in multi-row batches, as the bulk benchmarks start; the caller analyses.
 */
export async function loadSynthetic(db: Kysely<Database>, size: number): Promise<void> {
  await migrateToLatest(db);
  await loadReferenceData(db);
  const people = generatePeople(Math.max(100, Math.round(size / 20)));
  const personIds = await insertPeople(db, people);
  const next = incidentGenerator(people.length);
  const counters = new Map<number, number>();
  const nextNumber = (year: number) => {
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    return n;
  };
  for (let done = 0; done < size; done += 1000) {
    const batch = Array.from({ length: Math.min(1000, size - done) }, next);
    await insertIncidentBatch(db, batch, people, personIds, nextNumber);
  }
  await saveCounters(db, counters);
}
